import Lessons
import Renderers
import Testing

/// The same `$` rules in every renderer: a display formula is display wherever
/// it is written, a quote's markers stay out of it, and a price stays a price.
@Suite struct DollarMathRenderingTests {
  static let lesson = LessonParser(fileExists: { _ in false }).parse(
    """
    # M

    > $$
    > V(s) = \\max_a Q(s,a)
    > $$

    Before $$x^2$$ after.

    It costs $5, and $x$ is math.
    """, path: "m.md")

  @Test func terminal() {
    #expect(
      TerminalRenderer(width: 60).render(Self.lesson) == """
        M
        ═

        │     V(s) = maxₐ Q(s,a)

        Before

            x²

        after.

        It costs $5, and x is math.

        """)
  }

  @Test func markdown() {
    #expect(
      MarkdownRenderer().render(Self.lesson) == """
        # M

        > $$
        > V(s) = \\max_a Q(s,a)
        > $$

        Before

        $$
        x^2
        $$

        after.

        It costs \\$5, and $x$ is math.

        """)
  }

  @Test func html() {
    let page = HTMLRenderer().article(Self.lesson, results: [])
    #expect(
      page.contains(
        "<blockquote>\n<div class=\"math\"><math display=\"block\"><mrow><mi>V</mi>"))
    #expect(!page.contains("&gt;"))
    #expect(
      page.contains(
        "<p>Before</p>\n<div class=\"math\"><math display=\"block\"><msup><mi>x</mi><mn>2</mn></msup></math></div>\n<p>after.</p>"
      ))
    #expect(page.contains("<p>It costs $5, and <math><mi>x</mi></math> is math.</p>"))
  }
}

extension DollarMathRenderingTests {
  /// Math as authors wrap it: across lines, against the text (Obsidian's
  /// habit), in a list item and a callout, beside a link whose title has a `$`.
  static let wrapped = LessonParser(fileExists: { _ in false }).parse(
    """
    # M

    We have $\\log \\pi \\approx
    \\log \\frac14$ here.
    Some text
    $$
    x = 1
    $$
    More text.

    - item with $a
      + b$

    > [!note] Bellman
    > $$
    > v = r + \\gamma v
    > $$

    [a](https://x.com "cost $5") and $x$.
    """, path: "w.md")

  @Test func wrappedMathInTheTerminal() {
    #expect(
      TerminalRenderer(width: 60).render(Self.wrapped) == """
        M
        ═

        We have log π ≈ log 1/4 here. Some text

            x = 1

        More text.

        • item with a + b

        ╭────────────────╮
        │ ℹ Bellman      │
        │                │
        │     v = r + γv │
        ╰────────────────╯

        a (https://x.com) and x.

        """)
  }

  @Test func wrappedMathReEmitted() {
    #expect(
      MarkdownRenderer().render(Self.wrapped) == """
        # M

        We have $\\log \\pi \\approx
        \\log \\frac14$ here.
        Some text

        $$
        x = 1
        $$

        More text.

        - item with $a
          + b$

        > [!note] Bellman
        > $$
        > v = r + \\gamma v
        > $$

        [a](<https://x.com> "cost $5") and $x$.

        """)
  }

  @Test func wrappedMathInMathML() {
    let page = HTMLRenderer().article(Self.wrapped, results: [])
    for fragment in [
      "<p>We have <math><mrow><mi mathvariant=\"normal\">log</mi><mi>π</mi><mo>≈</mo><mi mathvariant=\"normal\">log</mi><mfrac><mn>1</mn><mn>4</mn></mfrac></mrow></math> here.\nSome text</p>\n<div class=\"math\"><math display=\"block\"><mrow><mi>x</mi><mo>=</mo><mn>1</mn></mrow></math></div>\n<p>More text.</p>",
      "<li>item with <math><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow></math></li>",
      "<p class=\"callout-title\">Bellman</p>\n<div class=\"math\"><math display=\"block\"><mrow><mi>v</mi><mo>=</mo><mi>r</mi><mo>+</mo><mi>γ</mi><mi>v</mi></mrow></math></div>",
      "<p><a href=\"https://x.com\" title=\"cost $5\">a</a> and <math><mi>x</mi></math>.</p>",
    ] {
      #expect(page.contains(fragment), "\(fragment)")
    }
  }
}
