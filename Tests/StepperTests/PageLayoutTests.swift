import Stepper
import TerminalUI
import Testing

/// Screens laid out at any size without a terminal.
@Suite struct PageLayoutTests {
  private let page = (1...30).map { StyledText("line \($0) " + String(repeating: "x", count: 100)) }

  @Test(arguments: [(60, 20), (80, 24), (120, 40)])
  func aScreenFillsExactlyTheWindow(width: Int, height: Int) {
    let layout = PageLayout(width: width, height: height)
    let screen = layout.screen(
      title: "Policy versus value", page: page, scroll: 0, status: "section 4/5",
      prompt: PageLayout.promptLine(for: StepperState(pageCount: 5)))
    #expect(screen.count == height)
    #expect(screen.allSatisfy { $0.width <= width })
    #expect(screen[0].plainText == "Policy versus value")
    #expect(screen[2].plainText.hasPrefix("line 1 "))
    let status = height - 5 < 30 ? "section 4/5 · lines 1–\(height - 5) of 30" : "section 4/5"
    #expect(screen[height - 2].plainText == status)
  }

  @Test func scrollingShowsLaterLines() {
    let screen = PageLayout(width: 60, height: 10).screen(
      title: "t", page: page, scroll: 7, status: "s", prompt: StyledText())
    #expect(screen[2].plainText.hasPrefix("line 8 "))
    #expect(screen[8].plainText == "s · lines 8–12 of 30")
  }

  @Test func thePromptLineFollowsTheMode() {
    var state = StepperState(pageCount: 3)
    _ = state.handle(.character("s"), visibleLines: 5, pageLength: 5)
    _ = state.handle(.character("a"), visibleLines: 5, pageLength: 5)
    #expect(PageLayout.promptLine(for: state).plainText.hasSuffix(": a█"))
    _ = state.handle(.escape, visibleLines: 5, pageLength: 5)
    #expect(PageLayout.promptLine(for: state).plainText.hasPrefix("→ next"))
  }
}
