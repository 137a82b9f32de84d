import Lessons
import MarkdownSyntax
import Renderers
import Testing

/// cmark-gfm's rules for what a page may keep: URLs by scheme, and raw HTML
/// through GFM's tag filter.
@Suite struct HTMLSafetyRulesTests {
  private func page(_ markdown: String, allowsHTML: Bool = false) -> String {
    HTMLRenderer(allowsHTML: allowsHTML).article(
      LessonParser(fileExists: { _ in true }).parse(markdown, path: "s.md"))
  }

  @Test(arguments: [
    ("[a](javascript:alert(1))", "href=\"#\""),
    ("[a](JavaScript:alert(1))", "href=\"#\""),
    ("[a](<java\tscript:alert(1)>)", "href=\"#\""),
    ("[a](vbscript:x)", "href=\"#\""),
    ("[a](file:///etc/passwd)", "href=\"#\""),
    ("[a](data:text/html,x)", "href=\"#\""),
    ("![a](data:image/png;base64,AA)", "src=\"data:image/png;base64,AA\""),
    ("[a](ftp://x.org/f)", "href=\"ftp://x.org/f\""),
    ("<irc://foo.bar:2233/baz>", "href=\"irc://foo.bar:2233/baz\""),
    ("[a](02-return.md#g)", "href=\"02-return.html#g\""),
  ])
  func urlsFollowCmarksRule(_ markdown: String, _ expected: String) {
    #expect(page("# T\n\n" + markdown).contains(expected))
  }

  @Test func theTagFilterDisarmsTagsThatTakeOverAPage() {
    let html = page("# T\n\n<textarea>\n\n*x*\n\n<b>ok</b> <SCRIPT>y</script>\n", allowsHTML: true)
    #expect(html.contains("&lt;textarea>"))
    #expect(html.contains("&lt;SCRIPT>y&lt;/script>"))
    #expect(html.contains("<b>ok</b>"))
    #expect(!html.contains("<textarea"))
  }

  @Test func anImageKeepsItsTitle() {
    #expect(page("# T\n\n![a](x.png \"the title\")").contains("title=\"the title\""))
  }

  @Test func htmlThatSwallowsMarkdownIsAWarning() {
    let lesson = LessonParser(fileExists: { _ in true }).parse(
      "# T\n\n<br/>\n$$\nx = 1\n$$\n", path: "b.md")
    let warnings = lesson.diagnostics.map { "\($0.range?.start.description ?? "") \($0.message)" }
    #expect(
      warnings == [
        "4:1 the HTML on line 3 takes in the lines after it, as HTML: `$$` is not read as Markdown"
      ])
  }
}
