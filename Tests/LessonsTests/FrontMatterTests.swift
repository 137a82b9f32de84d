import Lessons
import MarkdownSyntax
import RLBookTestSupport
import Testing

@Suite struct FrontMatterTests {
  private let parser = LessonParser(fileExists: { _ in true })

  @Test func readsTheNotesFrontMatter() throws {
    let lesson = parser.parse(try Fixtures.notes(), path: "notes.md")
    let frontMatter = lesson.frontMatter
    #expect(frontMatter.title == "Reinforcement Learning")
    #expect(frontMatter.description == "Notes on RL basics from the MIT open course")
    #expect(frontMatter.slug == "reinforcement-learning-basics")
    #expect(frontMatter.date == "2024-12-11")
    #expect(frontMatter.image == "/thumbnails/pick_architecure.jpeg")
    #expect(frontMatter.tags.isEmpty)
    #expect(frontMatter.aliases.isEmpty)
    #expect(frontMatter["publish"]?.value.bool == true)
    #expect(frontMatter["publish"]?.keyRange == SourceRange(line: 4, column: 1, length: 7))
    #expect(frontMatter.range?.start == SourceLocation(line: 1, column: 1))
    #expect(frontMatter.range?.end.line == 10)
    #expect(lesson.diagnostics.allSatisfy { $0.severity == .warning })
    // The front matter is not Markdown: the first section starts at line 11.
    #expect(lesson.sections.first?.heading?.range?.start.line == 11)
  }

  @Test func readsKnownFieldsAndKeepsUnknownOnes() {
    let source = """
      ---
      title: "Return: and discounting"
      order: 2
      tags: [rl, basics]
      aliases: one alias
      colour: blue
      ---
      Text.
      """
    let lesson = parser.parse(source, path: "a.md")
    #expect(lesson.diagnostics.isEmpty)
    #expect(lesson.title == "Return: and discounting")
    #expect(lesson.frontMatter.order == 2)
    #expect(lesson.frontMatter.tags == ["rl", "basics"])
    #expect(lesson.frontMatter.aliases == ["one alias"])
    #expect(
      lesson.frontMatter.fields.map(\.key) == ["title", "order", "tags", "aliases", "colour"])
    #expect(lesson.frontMatter["colour"]?.value.text == "blue")
  }

  @Test func reportsBadFieldsAtTheirValues() {
    let marked = MarkedText(
      """
      ---
      title: 1️⃣[a, b]
      order: 2️⃣three
      ---
      # Heading
      """)
    let lesson = parser.parse(marked.text, path: "a.md")
    #expect(lesson.diagnostics.map(\.severity) == [.error, .error])
    #expect(lesson.diagnostics.map { $0.range?.start } == [marked["1️⃣"], marked["2️⃣"]])
    #expect(
      lesson.diagnostics[1].message == "front matter field `order` must be a whole number, not text"
    )
    #expect(lesson.title == "Heading")
  }

  @Test func reportsInvalidYAMLWithItsLocation() {
    let lesson = parser.parse("---\ntitle: [unclosed\n---\nBody.\n", path: "a.md")
    #expect(lesson.diagnostics.count == 1)
    #expect(lesson.diagnostics[0].severity == .error)
    #expect(lesson.diagnostics[0].message.hasPrefix("invalid YAML in front matter"))
    #expect(lesson.diagnostics[0].range?.start == SourceLocation(line: 2, column: 8))
    #expect(lesson.sections.first?.blocks.count == 1)
  }

  @Test func reportsFrontMatterThatIsNotAMap() {
    let lesson = parser.parse("---\n- a\n- b\n---\n", path: "a.md")
    #expect(
      lesson.diagnostics.map(\.message) == [
        "front matter must be a map of `key: value` lines, not a list"
      ])
  }

  @Test func reportsUnclosedFrontMatter() {
    let lesson = parser.parse("---\ntitle: x\n\nBody.\n", path: "a.md")
    #expect(lesson.diagnostics.map(\.message) == ["front matter opened here is never closed"])
    #expect(lesson.diagnostics.first?.range == SourceRange(line: 1, column: 1, length: 3))
  }
}
