import ArgumentParser
import Foundation
import Lessons
import Publishing
import Stepper
import TerminalUI

/// `rlbook step`: a lesson a section at a time, full screen.
struct StepCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "step",
    abstract: "Step through a lesson one section at a time, running its demos as you go.",
    discussion: """
      Full screen, one section per page. Keys: → space enter next, ← b back, ↑ ↓ scroll, \
      g N go to section N, r rerun this page's demos, s set a parameter (gamma=0.5), \
      n next seed, R reset, / find, ? help, q quit. Vim keys work too (h j k l). \
      On a page with a trace or rollout, t and T walk through it one step at a time \
      (the choice and why, the reward, δ and the update); w replays a demo's training. \
      Given a directory, starts at its first lesson and continues into the next. \
      When standard output is not a terminal, prints like `rlbook run`.
      """)

  @Argument(help: "A lesson file, or a directory of lessons.")
  var path: String = "Lessons"

  @OptionGroup var output: OutputOptions

  @OptionGroup(title: "Demos") var demos: DemoOptions

  func run() throws {
    let terminal = output.standardOutput
    guard terminal.isInteractive, isatty(STDIN_FILENO) == 1 else {
      var arguments = [path] + demos.forwardedArguments
      arguments += ["--color", output.color.rawValue]
      try RunCommand.parse(arguments).run()
      return
    }
    let lessons = try LessonLoader.lessonsOrExit(at: path)
    guard !lessons.isEmpty else {
      Console.writeError("\(path): error: no lessons here\n")
      throw ExitCode.failure
    }
    let (progress, problem) = ProgressStore.load(
      at: ProgressStore.defaultPath(environment: ProcessInfo.processInfo.environment))
    let session = StepSession(
      lessons: lessons, runner: demos.runner(), colors: terminal.colors, progress: progress)
    if let problem { session.state.message = problem }
    session.run()
  }
}
