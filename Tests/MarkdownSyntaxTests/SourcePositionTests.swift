import MarkdownSyntax
import RLBookTestSupport
import Testing

@Suite struct SourcePositionTests {
  @Test func blockPositionsAreLinesAndByteColumns() {
    let marked = MarkedText(
      """
      1️⃣# Héading ünïcödé

      2️⃣Para with π and 💡 then 3️⃣*emphasis*.
      """)
    let document = MarkdownDocument(parsing: marked.text)
    #expect(document.blocks.count == 2)
    #expect(document.blocks[0].range?.start == marked["1️⃣"])
    #expect(document.blocks[1].range?.start == marked["2️⃣"])
    guard case .paragraph(let inlines) = document.blocks[1].kind else {
      Issue.record("expected a paragraph")
      return
    }
    let emphasis = inlines.first { if case .emphasis = $0.kind { true } else { false } }
    #expect(emphasis?.range?.start == marked["3️⃣"])
  }

  @Test func rangesAreHalfOpen() {
    let document = MarkdownDocument(parsing: "abc\n")
    #expect(document.blocks[0].range == SourceRange(line: 1, column: 1, length: 3))
  }

  @Test func mathAndEmbedRangesPointAtTheirSource() {
    let marked = MarkedText("Sé 1️⃣$\\gamma^i$ and 2️⃣![[pic.png]] then 3️⃣$x$.")
    let document = MarkdownDocument(parsing: marked.text)
    guard case .paragraph(let inlines) = document.blocks[0].kind else {
      Issue.record("expected a paragraph")
      return
    }
    let located = inlines.filter {
      switch $0.kind {
      case .math, .embed: true
      default: false
      }
    }
    #expect(located.map { $0.range?.start } == [marked["1️⃣"], marked["2️⃣"], marked["3️⃣"]])
    #expect(located[0].range?.end.column == marked["1️⃣"].column + 10)
  }

  @Test func positionsAfterMultilineDisplayMathStayCorrect() {
    let marked = MarkedText(
      """
      $$
      R_t = \\sum_{i=t}^{\\infty} r_i
      $$

      1️⃣After *the* math.
      """)
    let document = MarkdownDocument(parsing: marked.text)
    #expect(document.blocks.count == 2)
    #expect(document.blocks[0].kind == .displayMath("R_t = \\sum_{i=t}^{\\infty} r_i"))
    #expect(document.blocks[0].range?.start == SourceLocation(line: 1, column: 1))
    #expect(document.blocks[0].range?.end == SourceLocation(line: 3, column: 3))
    #expect(document.blocks[1].range?.start == marked["1️⃣"])
  }

  @Test func lineIndexConvertsBothWays() {
    let index = LineIndex("ab\nπc\n")
    #expect(index.location(ofOffset: 3) == SourceLocation(line: 2, column: 1))
    #expect(index.location(ofOffset: 5) == SourceLocation(line: 2, column: 3))
    #expect(index.offset(of: SourceLocation(line: 2, column: 3)) == 5)
    #expect(index.text(ofLine: 2) == "πc")
    #expect(index.lineCount == 3)
  }
}
