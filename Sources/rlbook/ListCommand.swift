import ArgumentParser
import Lessons
import TerminalUI

/// `rlbook list`: the lessons in book order.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the lessons in order, with their sections and demos.",
    discussion: "Lessons are ordered by the `order` field of their front matter, then by file name."
  )

  @Argument(help: "A directory of lessons, or one lesson file.")
  var path: String = "Lessons"

  @OptionGroup var output: OutputOptions

  func run() throws {
    let lessons = try LessonLoader.lessonsOrExit(at: path)
    let terminal = output.standardOutput
    let numberWidth = String(lessons.count).count
    var text = ""
    for (index, lesson) in lessons.enumerated() {
      let number = String(index + 1)
      let sections = lesson.sections.filter { $0.heading != nil }.count
      var line = StyledText(
        String(repeating: " ", count: numberWidth - number.count) + number + ". ")
      line.append(lesson.title, style: TextStyle(bold: true))
      line.append(
        "  \(counted(sections, "section")), \(counted(lesson.demos.count, "demo"))  \(lesson.path)",
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
}
