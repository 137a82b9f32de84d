import ArgumentParser
import Foundation
import Lessons
import TerminalUI

/// `rlbook step`: a lesson a section at a time, full screen.
struct StepCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "step",
    abstract: "Step through a lesson one section at a time, running its demos as you go.",
    discussion: """
      Full screen, one section per page. Keys: → space enter next, ← b back, ↑ ↓ scroll,
      g N go to section N, r rerun this page's demos, s set a parameter (gamma=0.5),
      n next seed, R reset, / find, ? help, q quit. Vim keys work too (h j k l).
      Given a directory, starts at its first lesson and continues into the next.
      When standard output is not a terminal, prints like `rlbook run`.
      """)

  @Argument(help: "A lesson file, or a directory of lessons.")
  var path: String = "Lessons"

  @OptionGroup var output: OutputOptions

  @OptionGroup(title: "Demos") var demos: DemoOptions

  func run() throws {
    let terminal = output.standardOutput
    guard terminal.isInteractive, isatty(STDIN_FILENO) == 1 else {
      var arguments = [path] + forwardedDemoArguments
      arguments += ["--color", output.color.rawValue]
      try RunCommand.parse(arguments).run()
      return
    }
    let lessons: [Lesson]
    do {
      lessons = try LessonLoader().loadAll(at: path)
    } catch {
      Console.writeError(error.description + "\n")
      throw ExitCode.failure
    }
    guard !lessons.isEmpty else {
      Console.writeError("\(path): error: no lessons here\n")
      throw ExitCode.failure
    }
    StepSession(lessons: lessons, runner: demos.runner(), colors: terminal.colors).run()
  }

  /// The demo options again, as arguments for `run`.
  private var forwardedDemoArguments: [String] {
    var arguments: [String] = []
    if let seed = demos.seed { arguments += ["--seed", String(seed)] }
    for override in demos.overrides { arguments += ["--set", override] }
    if let demo = demos.demo { arguments += ["--demo", String(demo)] }
    if demos.allowLong { arguments.append("--allow-long") }
    if demos.noCache { arguments.append("--no-cache") }
    if let directory = demos.cacheDir { arguments += ["--cache-dir", directory] }
    return arguments
  }
}
