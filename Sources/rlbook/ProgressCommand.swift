import ArgumentParser
import Foundation
import Lessons
import Publishing
import TerminalUI

/// `rlbook progress`: which exercises you have answered, and forgetting them.
struct ProgressCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "progress",
    abstract: "Show the exercises you have answered, or forget a lesson's.",
    discussion: """
      Answers given in rlbook step and with rlbook answer are kept in
      $XDG_STATE_HOME/rlbook/progress.json (else ~/.local/state/rlbook/).
      --reset LESSON forgets one lesson's answers.
      """)

  @Argument(help: "A directory of lessons, or one lesson file.")
  var path: String = "Lessons"

  @Option(help: "Forget the answers to this lesson's exercises.")
  var reset: String?

  @OptionGroup var output: OutputOptions

  func run() throws {
    let file = ProgressStore.defaultPath(environment: ProcessInfo.processInfo.environment)
    var (store, problem) = ProgressStore.load(at: file)
    if let problem { Console.writeError("warning: \(problem)\n") }
    if let reset {
      guard FileManager.default.fileExists(atPath: reset) else {
        throw ValidationError("there is no lesson \(reset)")
      }
      let forgot = try store.reset(lessonAt: reset)
      Console.write(
        forgot ? "Forgot your answers to \(reset).\n" : "No answers to \(reset) were kept.\n")
      return
    }
    let lessons = try LessonLoader.lessonsOrExit(at: path)
    let terminal = output.standardOutput
    var text = ""
    for lesson in lessons where !lesson.exercises.isEmpty {
      let records = store.records(ofLessonAt: lesson.path)
      let right = lesson.exercises.count { records[$0.id]?.isRight == true }
      var line = StyledText(lesson.title, style: TextStyle(bold: true))
      line.append(
        "  \(right)/\(lesson.exercises.count) right  \(lesson.path)", style: TextStyle(dim: true))
      text += line.rendered(colors: terminal.colors) + "\n"
      for exercise in lesson.exercises {
        let record = records[exercise.id]
        let status =
          record?.isRight == true
          ? "right"
          : record?.gaveUp == true
            ? "shown" : (record?.attempts ?? 0) > 0 ? "tried \(record!.attempts)×" : "not yet"
        text += "  \(status.padding(toLength: 9, withPad: " ", startingAt: 0)) \(exercise.id)\n"
      }
    }
    Console.write(text.isEmpty ? "These lessons have no exercises.\n" : text)
  }
}
