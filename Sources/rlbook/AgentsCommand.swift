import ArgumentParser
import Demos
import TerminalUI

/// `rlbook agents`: the built-in agents, their settings, the common keys and the views.
struct AgentsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "agents",
    abstract: "List the agents an rl block can name, with their settings, and the views.",
    discussion: "Give a name to see one: `rlbook agents q-learning`.")

  @Argument(help: "An agent to show (default: all, then the common keys and views).")
  var name: String?

  @OptionGroup var output: OutputOptions

  func run() throws {
    let entries = try Registry.agents.filter(matching: name, kind: "agent") { $0.name }
    let terminal = output.standardOutput
    let listing = RegistryListing(width: terminal.width)
    var lines: [StyledText] = []
    for entry in entries {
      let environments = Registry.environments.filter { entry.runs(on: $0) }.map(\.name)
      lines += listing.entry(
        name: entry.name, summary: entry.summary,
        facts: ["runs on: " + environments.joined(separator: ", ")], settings: entry.settings)
    }
    if name == nil {
      lines.append(StyledText("Keys every demo understands", style: TextStyle(bold: true)))
      lines += listing.settings(CommonSettings.all)
      lines.append(StyledText())
      lines.append(StyledText("Views (show: …)", style: TextStyle(bold: true)))
      let nameWidth = Registry.views.map(\.name.count).max() ?? 0
      for view in Registry.views {
        let name = view.name
        let pieces = StyledText(view.summary).wrapped(
          width: max(20, terminal.width - nameWidth - 4))
        for (index, piece) in pieces.enumerated() {
          var line = StyledText(
            "  " + (index == 0 ? name : "")
              + String(
                repeating: " ", count: nameWidth - (index == 0 ? name.count : 0) + 2),
            style: TextStyle(bold: true))
          line.append(piece)
          lines.append(line)
        }
      }
    }
    Console.write(lines.map { $0.rendered(colors: terminal.colors) + "\n" }.joined())
  }
}
