import ArgumentParser
import Foundation
import Lessons
import Publishing
import TerminalUI

/// `rlbook list`: the lessons in book order.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the lessons in order, with their sections and demos.",
    discussion: """
      Lessons are ordered by the `order` field of their front matter, then by file name.
      A lesson with exercises shows how many you have answered right (rlbook progress).
      """
  )

  @Argument(help: "A directory of lessons, or one lesson file.")
  var path: String = "Lessons"

  @OptionGroup var output: OutputOptions

  func run() throws {
    let lessons = try LessonLoader.lessonsOrExit(at: path)
    let terminal = output.standardOutput
    let numberWidth = String(lessons.count).count
    let progress = ProgressStore.load(
      at: ProgressStore.defaultPath(environment: ProcessInfo.processInfo.environment))
    if let problem = progress.problem { Console.writeError("warning: \(problem)\n") }
    var text = ""
    for (index, lesson) in lessons.enumerated() {
      let number = String(index + 1)
      let sections = lesson.sections.filter { $0.heading != nil }.count
      var line = StyledText(
        String(repeating: " ", count: numberWidth - number.count) + number + ". ")
      line.append(lesson.title, style: TextStyle(bold: true))
      line.append(
        "  \(counted(sections, "section")), \(counted(lesson.demos.count, "demo"))"
          + exercises(of: lesson, in: progress.store) + "  \(lesson.path)",
        style: TextStyle(dim: true))
      text += line.rendered(colors: terminal.colors) + "\n"
      if let description = lesson.frontMatter.description, !description.isEmpty {
        let indent = String(repeating: " ", count: numberWidth + 2)
        for wrapped in StyledText(description).wrapped(width: terminal.width - indent.count) {
          text += indent + wrapped.rendered(colors: terminal.colors) + "\n"
        }
      }
    }
    Console.write(text)
  }

  /// `, 1/3 exercises` for a lesson with exercises: how many are answered right.
  private func exercises(of lesson: Lesson, in store: ProgressStore) -> String {
    let ids = lesson.exercises.map(\.id)
    guard !ids.isEmpty else { return "" }
    let records = store.records(ofLessonAt: lesson.path)
    let right = ids.count { records[$0]?.isRight == true }
    return ", \(right)/\(ids.count) \(ids.count == 1 ? "exercise" : "exercises")"
  }
}
