import Lessons
import MarkdownSyntax
import RLBookTestSupport
import Renderers
import Testing

/// rlbook's HTML of every GFM spec example has the shape of cmark-gfm's (with
/// raw HTML allowed, as the reference keeps it), apart from the differences
/// listed here.
@Suite(
  .enabled(
    if: SpecExample.isAvailable,
    "the GFM spec's examples are read from ../shared/reference/commonmark, which is not there"))
struct SpecHTMLTests {
  /// The examples whose HTML differs from cmark-gfm's, with why: each is a
  /// collision with rlbook's own syntax. (The differences of form that
  /// ``HTMLShape`` sets aside, heading anchors, table wrappers, `style` for
  /// `align`, percent-encoding, are deliberate too.)
  static let differences: [Int: String] = [
    66: "a file that opens with `---` opens YAML front matter, which this text is not",
    68: "a file that opens with `---` opens YAML front matter",
    596: "`![[foo]]` is an Obsidian embed, not an image followed by `[foo]`",
  ]

  private static let parser = LessonParser(fileExists: { _ in true })

  static func rlbookHTML(_ markdown: String) -> String {
    HTMLRenderer(allowsHTML: true).article(parser.parse(markdown, path: "spec.md"))
  }

  @Test func pagesHaveCmarksShape() {
    let comparison = SpecComparison(differences: Self.differences) { example in
      HTMLShape.of(Self.rlbookHTML(example.markdown))
        != HTMLShape.of(CmarkReference.html(example.markdown))
    }
    #expect(
      comparison.unexpected.isEmpty,
      "rlbook's HTML differs from cmark-gfm's on examples \(comparison.unexpected)")
    #expect(
      comparison.fixed.isEmpty, "examples \(comparison.fixed) now agree: take them off the list")
    print("spec HTML: " + comparison.summary)
  }
}
