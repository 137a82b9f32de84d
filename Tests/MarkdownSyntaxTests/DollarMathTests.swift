import MarkdownSyntax
import Testing

/// `$` means what the author meant, by Pandoc's `tex_math_dollars` rules: each
/// case is the parsed tree, exactly.
@Suite struct DollarMathTests {
  private func dump(_ source: String) -> String {
    MarkdownDocument(parsing: source).dump(ranges: false)
  }

  @Test(arguments: [
    // A price beside real math keeps its dollar: the span ends at the next `$`,
    // which here has a space before it, so the first `$` is plain.
    ("It costs $5, and $x$ is math.", #"text "It costs $5, and "|math "x"|text " is math.""#),
    ("Pay $5 for $\\gamma$.", #"text "Pay $5 for "|math "\\gamma"|text ".""#),
    ("From $1 to $5.", #"text "From $1 to $5.""#),
    ("Ranges $1–$5 stay.", #"text "Ranges $1–$5 stay.""#),
    ("$x$5 is not math", #"text "$x$5 is not math""#),
    ("$ x$ is not math", #"text "$ x$ is not math""#),
    ("\\$x$ is escaped", #"text "$x$ is escaped""#),
  ])
  func pricesAndMath(_ source: String, _ expected: String) {
    let lines = expected.split(separator: "|").map { "  " + $0 }
    #expect(dump(source) == (["paragraph"] + lines).joined(separator: "\n"))
  }

  @Test func inlineMathSpansTheLinesOfAParagraph() {
    #expect(
      dump("We have $\\log \\pi \\approx\n\\log \\frac14$ here.") == """
        paragraph
          text "We have "
          math "\\\\log \\\\pi \\\\approx\\n\\\\log \\\\frac14"
          text " here."
        """)
    // A line that would start a list item is inside the formula.
    #expect(
      dump("Sum $a\n+ b$ now.") == """
        paragraph
          text "Sum "
          math "a\\n+ b"
          text " now."
        """)
    // Never across a blank line.
    #expect(
      dump("Open $a\n\nb$ shut.") == """
        paragraph
          text "Open $a"
        paragraph
          text "b$ shut."
        """)
  }

  @Test func noMathInLinksAutolinksOrHTML() {
    #expect(
      dump(#"[a](https://x.com "cost $5") and $x$"#) == """
        paragraph
          link "https://x.com" "cost $5"
            text "a"
          text " and "
          math "x"
        """)
    #expect(
      dump("[a]($x$) and $y$") == """
        paragraph
          link "$x$"
            text "a"
          text " and "
          math "y"
        """)
    #expect(
      dump(#"<span title="$5">x</span> and $y$"#) == """
        paragraph
          html "<span title=\\"$5\\">"
          text "x"
          html "</span>"
          text " and "
          math "y"
        """)
    #expect(
      dump("<https://x.com/$a> and $z$") == """
        paragraph
          link "https://x.com/$a"
            text "https://x.com/$a"
          text " and "
          math "z"
        """)
    #expect(
      dump("[r]: https://x.com/$5 \"t $\"\n\n[r] and $w$") == """
        paragraph
          link "https://x.com/$5" "t $"
            text "r"
          text " and "
          math "w"
        """)
  }

  @Test func displayMathInQuotesCalloutsAndListsLosesTheMarkers() {
    #expect(
      dump("> $$\n> V(s) = \\max_a Q(s,a)\n> $$") == """
        blockQuote
          displayMath "V(s) = \\\\max_a Q(s,a)"
        """)
    #expect(
      dump("> > $a\n> > + b$") == """
        blockQuote
          blockQuote
            paragraph
              math "a\\n+ b"
        """)
    #expect(
      dump("> [!note] Bellman\n> $$\n> v = r + \\gamma v\n> $$") == """
        callout note "Bellman"
          displayMath "v = r + \\\\gamma v"
        """)
    #expect(
      dump("- item\n\n  $$\n  x = 1\n  $$") == """
        list bullet
          item
            paragraph
              text "item"
            displayMath "x = 1"
        """)
  }
}
