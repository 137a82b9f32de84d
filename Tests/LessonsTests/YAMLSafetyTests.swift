import Lessons
import MarkdownSyntax
import Testing

/// YAML in a lesson cannot expand: aliases are refused before the YAML library sees them.
@Suite struct YAMLSafetyTests {
  private let parser = LessonParser(fileExists: { _ in true })

  private func frontMatterProblems(_ yaml: String) -> [Diagnostic] {
    parser.parse("---\n\(yaml)\n---\n# T\n", path: "a.md").diagnostics
  }

  @Test(arguments: [
    ("a: *x", "2:4"), ("- *x", "2:3"), ("a: [*a, *b]", "2:5"), ("a: {k: *a}", "2:8"),
    ("? *a\n: 1", "2:3"), ("<<: *base", "2:5"), ("a: \"q\"\nb: *x", "3:4"),
    ("d: |\n  text\nb: *x", "4:4"), ("- a: |\n    t\n  b: *x", "4:6"),
    ("a: 'it''s'\nb: *x", "3:4"), ("a:\t*x", "2:4"), ("a: &x [1]\nb: [2, *x]", "3:8"),
  ])
  func aliasesAreLocatedErrors(yaml: String, location: String) {
    let problems = frontMatterProblems(yaml)
    #expect(problems.count == 1, "\(problems)")
    #expect(problems.first?.message == "YAML aliases (`*name`) are not allowed in front matter")
    #expect(problems.first?.range?.start.description == location)
  }

  @Test(arguments: [
    "title: 2 * 3", "title: a *b", "title: \"*x\"", "title: '*x'", "title: x # *y",
    "d: |\n  *not an alias", "d: >-\n  *x\n  *y", "title: Don't *panic*", "e: 'a''*b'",
  ])
  func starsInTextAreNotAliases(yaml: String) {
    #expect(frontMatterProblems(yaml).isEmpty, "\(frontMatterProblems(yaml))")
  }

  /// Nine levels of nine aliases would be 387 million values: refused at the first alias.
  @Test func anAliasBombIsRefusedWhereItStarts() {
    var lines = ["a0: &a0 [x, y, z, w, v, u, t, s, r]"]
    for level in 1...9 {
      lines.append(
        "a\(level): &a\(level) ["
          + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]")
    }
    let source = "# Bomb\n\n```rl\nenv: cliff\n" + lines.joined(separator: "\n") + "\n```\n"
    let lesson = parser.parse(source, path: "bomb.md")
    #expect(
      lesson.diagnostics.map(\.message) == ["YAML aliases (`*name`) are not allowed in rl block"])
    #expect(lesson.diagnostics.first?.range?.start.description == "6:10")
  }

  /// Past 10,000 values, reading stops (counted, not timed).
  @Test func reallyLargeYAMLIsRefused() {
    let items = (0..<10_001).map(String.init).joined(separator: ", ")
    let problems = frontMatterProblems("tags: [\(items)]")
    #expect(problems.map(\.message) == ["front matter holds more than 10000 values"])
  }

  /// cmark-gfm's table extension takes time quadratic in a row's cells: a line with
  /// more than 200 `|` never reaches it and is read as the text it is.
  @Test func aHugeTableRowIsText() {
    let row = String(repeating: "|", count: 100_000)
    let document = MarkdownDocument(parsing: "| a | b |\n| - | - |\n| 1 | 2 |\n\(row)\n\nAfter.\n")
    guard case .table(let table) = document.blocks.first?.kind else {
      Issue.record("no table: \(document.blocks)")
      return
    }
    #expect(table.rows.count == 2)
    #expect(table.rows.allSatisfy { $0.count <= 2 })
    #expect(table.rows[1].first?.content.plainText == row)
    #expect(document.blocks.count == 2)
  }
}
