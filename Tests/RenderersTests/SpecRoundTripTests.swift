import Lessons
import MarkdownSyntax
import RLBookTestSupport
import Renderers
import Testing

/// Markdown that rlbook re-emits means what the author wrote: for every GFM
/// spec example, cmark-gfm's HTML of `rlbook run --format markdown`'s output
/// is cmark-gfm's HTML of the original.
@Suite(
  .enabled(
    if: SpecExample.isAvailable,
    "the GFM spec's examples are read from ../shared/reference/commonmark, which is not there"))
struct SpecRoundTripTests {
  /// The examples whose re-emission differs, with why.
  ///
  /// Deliberate: rlbook's own syntax (front matter, embeds, math).
  /// Not yet: re-emission that changes meaning, to be fixed (issue "Markdown
  /// and math as authors write them"); this list shrinks as they are.
  static let differences: [Int: String] = [:]

  private static let parser = LessonParser(fileExists: { _ in true })

  static func reEmitted(_ markdown: String) -> String {
    MarkdownRenderer().render(parser.parse(markdown, path: "spec.md"))
  }

  /// The reference is cmark-gfm as the spec's examples expect, apart from
  /// what the examples are written without: GFM's tag filter and extended
  /// autolinks (on here, as GitHub renders), footnotes (off here, as on
  /// GitHub's comments), and the one example whose output is `<IGNORE>`.
  @Test func theReferenceRendersTheSpecsOwnHTML() {
    let filtered = [
      "title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext",
    ]
    let wrong = SpecExample.all.filter { example in
      CmarkReference.html(example.markdown) != example.html
        && !filtered.contains { example.markdown.lowercased().contains("<" + $0) }
        && !["Autolinks", "Footnotes"].contains(example.section) && example.html != "<IGNORE>\n"
    }
    #expect(wrong.isEmpty, "\(wrong.map { "\($0.number): \(CmarkReference.html($0.markdown))" })")
  }

  @Test func reEmittedMarkdownMeansTheSame() {
    let comparison = SpecComparison(differences: Self.differences) { example in
      CmarkReference.html(Self.reEmitted(example.markdown)) != CmarkReference.html(example.markdown)
    }
    #expect(
      comparison.unexpected.isEmpty,
      "re-emission changes the meaning of examples \(comparison.unexpected)")
    #expect(
      comparison.fixed.isEmpty,
      "examples \(comparison.fixed) now round-trip: take them off the list")
    print("spec round trip: " + comparison.summary)
  }
}
