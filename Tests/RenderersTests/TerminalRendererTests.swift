import Lessons
import MarkdownSyntax
import RLBookTestSupport
import Renderers
import TerminalUI
import Testing

@Suite struct TerminalRendererTests {
  private let parser = LessonParser(fileExists: { _ in false })

  @Test func rendersTheNotes() throws {
    let lesson = parser.parse(try Fixtures.notes(), path: "notes.md")
    expectSnapshot(TerminalRenderer(width: 80).render(lesson), named: "notes-80.txt")
  }

  /// Code and drawings keep their spaces; a line too wide is cut, not reflowed.
  @Test func codeBlocksKeepTheirSpaces() {
    let lesson = parser.parse("# T\n\n```text\n a   b\n  │   ▼\n```\n", path: "a.md")
    let lines = TerminalRenderer(width: 40).render(lesson).split(separator: "\n")
    #expect(lines.contains("  │  a   b"))
    #expect(lines.contains("  │   │   ▼"))
    let wide =
      "a" + String(repeating: " ", count: 20) + "b" + String(repeating: " ", count: 20) + "c"
    let cut = TerminalRenderer(width: 40).render(
      parser.parse("# T\n\n```\n\(wide)\n```\n", path: "a.md")
    ).split(separator: "\n").filter { $0.hasPrefix("  │") }
    #expect(cut.count == 2)
    #expect(cut.last == "  │       c")
  }

  /// A table of numbers wider than the screen goes on below, its key column repeated.
  @Test func aWideTableOfNumbersContinuesBelowInsteadOfWrapping() {
    let columns = ["t"] + (1...10).map { "value \($0)" }
    let table = OutputTable(
      title: "Trace", columns: columns.map { OutputTable.Column($0) },
      rows: (0..<3).map { row in
        columns.indices.map { OutputTable.Cell(.number(Double(row * 100 + $0) + 0.125)) }
      })
    let lesson = parser.parse("# T\n\n```rl\nenv: grid\n```\n", path: "t.md")
    let result = DemoResult(
      outputs: [.table(table)],
      provenance: Provenance(environment: "grid", agents: [], settings: []))
    let lines = TerminalRenderer(width: 79).render(lesson, results: [result]).split(separator: "\n")
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 79 })
    #expect(lines.contains("continued:"))
    #expect(lines.filter { $0.hasPrefix("┌") }.count == 2)
    #expect(lines.contains { $0.contains("207.125") })  // a number whole, not wrapped
  }

  @Test(arguments: [40, 60, 100])
  func noLineIsWiderThanTheTerminal(width: Int) throws {
    let lesson = parser.parse(try Fixtures.notes(), path: "notes.md")
    let output = TerminalRenderer(width: width).render(lesson)
    let widest = output.split(separator: "\n").map { DisplayWidth.of($0) }.max() ?? 0
    #expect(widest <= width)
  }

  /// Quotes, callouts, lists and rules nested past the width once trapped
  /// (`Negative count not allowed`); past a depth they now draw no more bars.
  @Test(arguments: [20, 80, 200])
  func deepNestingDegradesWithinTheWidth(width: Int) {
    let quotes = String(repeating: ">", count: 120)
    let nested = String(repeating: "> ", count: 120)
    let lists = (0..<60).map { String(repeating: "  ", count: $0) + "- item \($0)" }
    let source = """
      # Deep

      \(quotes) [!tip]
      \(quotes) hello there

      \(nested)---

      \(nested)- a list
      \(nested)  1. in a quote

      \(lists.joined(separator: "\n"))

      \(nested)```
      \(nested)code
      \(nested)```

      \(nested)| a | b |
      \(nested)| - | - |
      \(nested)| 1 | 2 |

      \(nested)$$x^2$$
      """
    let output = TerminalRenderer(width: width).render(parser.parse(source, path: "deep.md"))
    #expect(output.contains("hello") && output.contains("there"))
    #expect(output.contains("item 59"))
    let widest = output.split(separator: "\n").map { DisplayWidth.of($0) }.max() ?? 0
    #expect(widest <= width)
  }

  @Test func rendersTablesInBoxesWithAlignment() {
    let lesson = parser.parse(
      "| Action | Q |\n| :-- | --: |\n| jump | 0.9 |\n| left | 0.25 |\n", path: "a.md")
    #expect(
      TerminalRenderer(width: 40).render(lesson) == """
        a
        ═

        ┌────────┬──────┐
        │ Action │    Q │
        ├────────┼──────┤
        │ jump   │  0.9 │
        │ left   │ 0.25 │
        └────────┴──────┘

        """)
  }

  @Test func rendersCalloutsMathAndLinks() {
    let source = """
      # T

      > [!note] Return
      > $R_t = \\sum_{i=t}^{\\infty} \\gamma^{i-t} r_i$ and [docs](https://example.com).

      ![a plot](plot.png)
      """
    #expect(
      TerminalRenderer(width: 60).render(parser.parse(source, path: "a.md")) == """
        T
        ═

        ╭──────────────────────────────────────────────────────────╮
        │ ℹ Return                                                 │
        │                                                          │
        │ Rₜ = Σ_{i=t}^{∞} γⁱ⁻ᵗ rᵢ and docs (https://example.com). │
        ╰──────────────────────────────────────────────────────────╯

        [image: a plot]

        """)
  }

  @Test func stripsControlCharactersFromLessonText() {
    let lesson = parser.parse("Evil \u{1B}[31mred\n", path: "a.md")
    #expect(!TerminalRenderer().render(lesson).contains("\u{1B}"))
  }

  @Test func isDeterministic() throws {
    let lesson = parser.parse(try Fixtures.notes(), path: "notes.md")
    let renderer = TerminalRenderer(width: 72, colors: true)
    #expect(renderer.render(lesson) == renderer.render(lesson))
  }
}
