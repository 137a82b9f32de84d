import ArgumentParser
import Foundation
import Lessons
import Stepper
import TerminalUI

/// `rlbook present`: a lesson as slides for a room.
struct PresentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "present",
    abstract: "Teach from a lesson: one idea per slide, demos trained live, parameters nudged.",
    discussion: """
      Full screen, laid out for a projector: block-letter titles, one paragraph, table or \
      demo per slide, a slide counter and a clock. Demos train live with their progress \
      shown big; on a demo slide g/G, e/E and a/A move γ, ε and α (or the learning rate) \
      down or up and train again, stating the change ("γ 0.9 → 0.95"); n takes the next \
      seed, r trains again, R undoes the slide's changes. A live run that fails or takes \
      longer than --time-limit shows the cached result with a note.

      Speaker notes are HTML comments in the lesson: <!-- note: Ask what γ = 0 means. --> \
      Run `rlbook present --notes LESSON` in a second terminal: it follows the presenter \
      of that lesson and shows the current slide's notes and the next slide's title \
      (without LESSON, any presenter's). Until a presenter runs, it says it is waiting.

      When standard output is not a terminal, prints like `rlbook run`.
      """)

  @Argument(help: "The lesson to present (with --notes: whose notes to follow).")
  var path: String?

  @Flag(help: "Show the speaker notes of the presentation running in another terminal.")
  var notes = false

  @Option(help: "Seconds a live run may take before the cached result is shown instead.")
  var timeLimit = 30

  @OptionGroup var output: OutputOptions

  @OptionGroup(title: "Demos") var demos: DemoOptions

  func validate() throws {
    if !notes, path == nil {
      throw ValidationError("give the lesson to present, for example Lessons/07-actor-critic.md")
    }
    if timeLimit < 1 { throw ValidationError("--time-limit is at least 1 second") }
  }

  func run() throws {
    let terminal = output.standardOutput
    let interactive = terminal.isInteractive && isatty(STDIN_FILENO) == 1
    if notes {
      NotesView(colors: terminal.colors, lesson: path).run(following: interactive)
      return
    }
    guard let path else { return }
    let lessons = try LessonLoader.lessonsOrExit(at: path)
    guard lessons.count == 1 else {
      let example = lessons.first?.path ?? "Lessons/07-actor-critic.md"
      Console.writeError(
        "\(path): error: present shows one lesson, and this holds \(lessons.count)\nhint: name a file, for example \(example)\n"
      )
      throw ExitCode.failure
    }
    guard interactive else {
      var arguments = [path] + demos.forwardedArguments
      arguments += ["--color", output.color.rawValue]
      try RunCommand.parse(arguments).run()
      return
    }
    PresentSession(
      lesson: lessons[0], runner: demos.runner(), colors: terminal.colors, timeLimit: timeLimit
    ).run()
  }
}
