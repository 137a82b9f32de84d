import ArgumentParser
import Demos
import TerminalUI

/// `rlbook envs`: the built-in environments and their settings.
struct EnvsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "envs",
    abstract: "List the environments an rl block can name, with their settings and defaults.",
    discussion: "Give a name to see one: `rlbook envs mario`.")

  @Argument(help: "An environment to show (default: all).")
  var name: String?

  @OptionGroup var output: OutputOptions

  func run() throws {
    let entries = try Registry.environments.filter(matching: name, kind: "environment") { $0.name }
    let terminal = output.standardOutput
    let listing = RegistryListing(width: terminal.width)
    var lines: [StyledText] = []
    for entry in entries {
      lines += listing.entry(
        name: entry.name, summary: entry.summary,
        facts: [
          "\(entry.kind.description)", "default episodes \(entry.defaultEpisodes)",
          "agents: "
            + Registry.agents.filter { $0.runs(on: entry) }.map(\.name).joined(separator: ", "),
        ],
        notes: entry.notes, settings: entry.settings)
    }
    Console.write(lines.map { $0.rendered(colors: terminal.colors) + "\n" }.joined())
  }
}

extension EnvironmentEntry.Kind {
  var description: String {
    switch self {
    case .tabular: "finite states with a full model"
    case .continuousState: "continuous state, discrete actions"
    case .continuousAction: "continuous state and actions"
    case .bandit: "one state, k arms"
    }
  }
}

extension Array {
  /// The elements whose name is `name`, or all when `name` is nil; an error naming the nearest otherwise.
  func filter(matching name: String?, kind: String, name key: (Element) -> String) throws
    -> [Element]
  {
    guard let name else { return self }
    let found = filter { key($0) == name }
    if found.isEmpty {
      let names = map(key)
      let nearest = Registry.nearestName(to: name, in: names).map { " Did you mean `\($0)`?" } ?? ""
      throw ValidationError(
        "no \(kind) `\(name)`.\(nearest) Known: \(names.joined(separator: ", "))")
    }
    return found
  }
}
