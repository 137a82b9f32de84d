import Demos
import Lessons
import MarkdownSyntax
import Renderers
import Stepper
import TerminalUI

/// A nudge's change drawn big over its demo's retrained output, and the slide
/// scrolled to it.
extension PresentSession {
  /// Scrolls a tall slide so that the demo's output (and the change over it) is in view.
  func scrollToOutput(of demo: Int) {
    guard let start = outputLine(of: demo) else { return }
    let lines = slideLines()
    if start >= state.scroll + layout.bodyHeight - 4 {
      state.scroll = min(layout.overflow(of: lines), max(0, start - 2))
    }
  }

  /// Where the demo's output begins among the slide's lines, if it is on this slide.
  func outputLine(of demo: Int) -> Int? {
    let demoResults = slides.lesson.demos.indices.map { results[$0] }
    let shown = InlineValues(lesson: slides.lesson, results: demoResults).filling(
      Section(heading: slide.heading, blocks: slide.blocks))
    let heading = shown.heading.map { layout.headingLines($0.content.plainText).count + 1 } ?? 0
    let starts = slideRenderer(results: demoResults).outputStarts(
      Section(heading: nil, blocks: shown.blocks), of: slides.lesson, results: demoResults)
    return starts[demo].map { $0 + heading }
  }

  /// A change in block letters, green, as large as fits the slide's width.
  func bannerLines(_ text: String) -> [StyledText] {
    let style = TextStyle(bold: true, color: .green)
    let big =
      BlockLetters.lines(text, width: layout.headingWidth, scale: layout.height >= 40 ? 2 : 1)
      ?? BlockLetters.lines(text, width: layout.headingWidth)
    return big?.map { StyledText($0, style: style) } ?? [StyledText(text, style: style)]
  }
}
