import Demos
import Lessons
import Renderers
import Stepper
import TerminalUI

/// What `step` brings into view: the output a retrain changed, the text `/` found.
extension StepSession {
  /// Scrolls the focused demo's output to just below the top of the screen,
  /// so that what a retrain changed is in view.
  func scrollToFocusedDemo() {
    guard let demo = focusedDemo, state.walkthroughStep == nil else { return }
    focusedDemo = nil
    guard let start = outputStarts(of: state.page)[demo] else { return }
    let length = pageLines().count
    state.scroll = max(0, min(start - 1, length - layout.visibleLines))
  }

  /// `/`: the next page with the text, scrolled to its first line with it, highlighted.
  func search(_ text: String) {
    guard
      let page = pages.page(
        containing: text, after: state.page,
        plainText: { page in
          self.lines(of: page).map(\.plainText).joined(separator: "\n")
        })
    else {
      state.message = "“\(text)” is not in this lesson"
      return draw()
    }
    state.show(page: page)
    found = (page, text)
    showPage()
    // After the page's demos have run: their output moves the lines below them.
    let lines = lines(of: page)
    let needle = text.lowercased()
    if let line = lines.firstIndex(where: { $0.plainText.lowercased().contains(needle) }) {
      state.scroll = max(0, min(line - 2, lines.count - layout.visibleLines))
    }
    draw()
  }

  /// Where each demo's output begins among the page's lines.
  func outputStarts(of page: Int) -> [Int: Int] {
    let demos = pages.lesson.demos.indices.map { results[$0] }
    let section = InlineValues(lesson: pages.lesson, results: demos).filling(pages.sections[page])
    return renderer.outputStarts(section, of: pages.lesson, results: demos)
  }
}
