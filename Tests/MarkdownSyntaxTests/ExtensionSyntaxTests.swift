import MarkdownSyntax
import Testing

@Suite struct ExtensionSyntaxTests {
  private func dump(_ source: String) -> String {
    MarkdownDocument(parsing: source).dump(ranges: false)
  }

  @Test func mathIsNotEmphasis() {
    #expect(
      dump("Take $a*b*c$ and *this*.") == """
        paragraph
          text "Take "
          math "a*b*c"
          text " and "
          emphasis
            text "this"
          text "."
        """)
  }

  @Test func pipeInsideMathDoesNotSplitATableCell() {
    let source = """
      | expression | meaning |
      | --- | :-: |
      | $\\pi(a|s)$ | policy |
      """
    #expect(
      dump(source) == """
        table none,center
          header
            cell
              text "expression"
            cell
              text "meaning"
          row
            cell
              math "\\\\pi(a|s)"
            cell
              text "policy"
        """)
  }

  @Test func displayMathKeepsBackslashEscapes() {
    #expect(dump("$$\na\\,b \\; c\n$$") == #"displayMath "a\\,b \\; c""#)
  }

  @Test func dollarsThatAreNotMathStayText() {
    #expect(
      dump("It costs $5 and $10.") == #"paragraph"# + "\n" + #"  text "It costs $5 and $10.""#)
    #expect(dump("Escaped \\$x$ here") == "paragraph\n  text \"Escaped $x$ here\"")
    #expect(
      dump("Code `$x$` here") == "paragraph\n  text \"Code \"\n  code \"$x$\"\n  text \" here\"")
    #expect(dump("```\n$x$\n```") == #"codeBlock "" "$x$\n""#)
    #expect(dump("    $x$ indented") == #"codeBlock "" "$x$ indented\n""#)
  }

  @Test func displayMathBreaksAParagraph() {
    #expect(
      dump("Before $$x^2$$ after") == """
        paragraph
          text "Before"
        displayMath "x^2"
        paragraph
          text "after"
        """)
  }

  @Test func obsidianEmbeds() {
    #expect(
      dump("![[Pasted image 1.png]] and ![[plot.svg|300]]") == """
        paragraph
          embed "Pasted image 1.png"
          text " and "
          embed "plot.svg" | "300"
        """)
  }

  @Test func obsidianCallouts() {
    let source = """
      > [!tip] The key sentence
      > The *agent* chooses actions.
      >
      > Second paragraph.
      """
    #expect(
      dump(source) == """
        callout tip "The key sentence"
          paragraph
            text "The "
            emphasis
              text "agent"
            text " chooses actions."
          paragraph
            text "Second paragraph."
        """)
    #expect(
      dump("> [!WARNING]-\n> Careful.")
        == "callout warning foldable \"\"\n  paragraph\n    text \"Careful.\"")
    #expect(dump("> [not a callout]") == "blockQuote\n  paragraph\n    text \"[not a callout]\"")
  }

  @Test func tableAlignments() {
    let source = "| a | b | c | d |\n| --- | :-- | :-: | --: |\n| 1 | 2 | 3 | 4 |"
    guard case .table(let table) = MarkdownDocument(parsing: source).blocks.first?.kind else {
      Issue.record("expected a table")
      return
    }
    #expect(table.alignments == [.none, .left, .center, .right])
    #expect(table.rows.count == 1)
    #expect(table.rows[0].map { $0.content.plainText } == ["1", "2", "3", "4"])
  }

  @Test func gfmExtensions() {
    #expect(
      dump("~~gone~~ www.example.com\n\n- [x] done\n- [ ] todo") == """
        paragraph
          strikethrough
            text "gone"
          text " "
          link "http://www.example.com"
            text "www.example.com"
        list bullet tight
          item [x]
            paragraph
              text "done"
          item [ ]
            paragraph
              text "todo"
        """)
  }
}
