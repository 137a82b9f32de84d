import Foundation
import Lessons
import MarkdownSyntax
import RLBookTestSupport
import Testing

@Suite struct LessonParserTests {
  @Test func splitsSectionsAtHeadingsWithUniqueAnchors() {
    let parser = LessonParser(fileExists: { _ in true })
    let lesson = parser.parse(
      "Intro.\n\n# Q & A\n\nText.\n\n## Q & A\n\n## Return *and* γ\n", path: "a.md")
    #expect(lesson.sections.count == 4)
    #expect(lesson.sections[0].heading == nil)
    #expect(lesson.sections.compactMap(\.heading?.anchor) == ["q--a", "q--a-1", "return-and-γ"])
    #expect(lesson.sections.map(\.blocks.count) == [1, 1, 0, 0])
  }

  /// CommonMark ends a line at `\n`, `\r\n` or a lone `\r`: all three read alike.
  @Test(arguments: ["\r", "\r\n"])
  func everyLineEndingReadsTheSame(ending: String) throws {
    let parser = LessonParser(fileExists: { _ in false })
    let source = try Fixtures.text("every-diagnostic.md")
    let unix = parser.parse(source, path: "a.md")
    let other = parser.parse(source.replacingOccurrences(of: "\n", with: ending), path: "a.md")
    #expect(other.title == unix.title)
    #expect(other.frontMatter.order == unix.frontMatter.order)
    #expect(other.sections.count == unix.sections.count)
    #expect(other.demos.count == unix.demos.count)
    #expect(other.diagnostics.map(\.range) == unix.diagnostics.map(\.range))
    #expect(other.diagnostics.map(\.message) == unix.diagnostics.map(\.message))
    #expect(unix.diagnostics.count > 5)
  }

  @Test func warnsAboutMissingEmbedsAtTheirPosition() {
    let existing = "lessons/pic.png"
    let parser = LessonParser(fileExists: { $0 == existing })
    let marked = MarkedText("# T\n\n![[pic.png]] and 1️⃣![[missing.png]]\n")
    let lesson = parser.parse(marked.text, path: "lessons/a.md")
    #expect(lesson.diagnostics.count == 1)
    #expect(lesson.diagnostics[0].severity == .warning)
    #expect(lesson.diagnostics[0].message == "embedded file `missing.png` not found")
    #expect(
      lesson.diagnostics[0].range == SourceRange(line: 3, column: marked["1️⃣"].column, length: 16))
  }

  @Test func notesHaveTheirWarningsAtTheRightLines() throws {
    let parser = LessonParser(fileExists: { _ in false })
    let lesson = parser.parse(try Fixtures.notes(), path: "notes.md")
    #expect(lesson.diagnostics.errorCount == 0)
    let mojibake = lesson.diagnostics.filter { $0.message.hasPrefix("text looks like") }
    #expect(
      mojibake.map { $0.range!.start.description } == ["23:87", "23:95", "24:92", "26:73", "28:2"])
    let embeds = lesson.diagnostics.filter { $0.message.hasPrefix("embedded file") }
    #expect(
      embeds.map { $0.range!.start.line } == [15, 32, 37, 38, 39, 41, 47, 57, 72, 77, 142, 143])
    #expect(lesson.demos.isEmpty)
    #expect(
      lesson.sections.compactMap { $0.heading?.content.plainText } == [
        "Reinforcement Learning: Definitions", "Deep RL", "Value Learning", "Policy Learning",
        "Actor-critic methods", "Training RL models and continuous learning",
      ])
  }
}

extension LessonParserTests {
  @Test func unknownTeXIsAWarningAtTheCommand() {
    let lesson = LessonParser(fileExists: { _ in true }).parse(
      "# T\n\nA $x \\foo y$ and\n\n$$\n\\begin{tikzcd} a \\end{tikzcd}\n$$\n", path: "t.md")
    let found = lesson.diagnostics.map { "\($0.range?.start.description ?? "?") \($0.message)" }
    #expect(
      found == [
        "3:6 unknown TeX command `\\foo`", "6:1 unknown TeX command `\\begin{tikzcd}`",
      ])
  }
}
