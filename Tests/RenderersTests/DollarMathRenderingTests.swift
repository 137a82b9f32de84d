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
