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
    let status =
      height - 5 < 30 ? "section 4/5 · lines 1–\(height - 5) of 30 · more ↓" : "section 4/5"
    #expect(screen[height - 2].plainText == status)
  }

  @Test func scrollingShowsLaterLines() {
    let screen = PageLayout(width: 60, height: 10).screen(
      title: "t", page: page, scroll: 7, status: "s", prompt: StyledText())
    #expect(screen[2].plainText.hasPrefix("line 8 "))
    #expect(screen[8].plainText == "s · lines 8–12 of 30 · more ↓")
    let end = PageLayout(width: 60, height: 10).screen(
      title: "t", page: page, scroll: 25, status: "s", prompt: StyledText())
    #expect(end[8].plainText == "s · lines 26–30 of 30")
  }

  @Test func aLongStatusGivesWayToWhereThePageIs() {
    let screen = PageLayout(width: 40, height: 10).screen(
      title: "t", page: page, scroll: 0,
      status: "section 6/9 · gamma=0.5 alpha=0.2 epsilon=0.3", prompt: StyledText())
    #expect(screen[8].plainText == "section 6/9 … · lines 1–5 of 30 · more ↓")
  }

  @Test(arguments: [40, 60, 80, 120])
  func theKeysFitTheWidthTheMostNeededFirst(width: Int) {
    let state = StepperState(pageCount: 3)
    let keys = PageLayout.promptLine(
      for: state, walkthroughLength: 4, hasDemos: true, width: width
    ).plainText
    #expect(keys.count <= width)
    #expect(keys.hasPrefix("→ next  ← back  ? help  q quit"))
    let tuning = PageLayout.promptLine(for: state, exercise: .tuning, width: width).plainText
    #expect(tuning.count <= width)
    #expect(width < 80 || tuning.hasSuffix("? help"))
  }

  @Test func helpWrapsItsExplanationsUnderThemselves() {
    let help = PageLayout.help(width: 60).map(\.plainText)
    #expect(help.allSatisfy { $0.count <= 60 })
    let walk = help.firstIndex { $0.hasPrefix("  t  T ") }
    #expect(walk.map { help[$0 + 1].hasPrefix(String(repeating: " ", count: 24)) } == true)
  }

  @Test func thePromptLineFollowsTheMode() {
    var state = StepperState(pageCount: 3)
    _ = state.handle(.character("s"), visibleLines: 5, pageLength: 5)
    _ = state.handle(.character("a"), visibleLines: 5, pageLength: 5)
    #expect(PageLayout.promptLine(for: state).plainText.hasSuffix(": a█"))
    _ = state.handle(.escape, visibleLines: 5, pageLength: 5)
    #expect(PageLayout.promptLine(for: state).plainText.hasPrefix("→ next"))
  }

  @Test func aSearchHighlightsEveryMatchIgnoringCaseAndKeepsTheRest() {
    var text = StyledText("Q-values ", style: TextStyle(bold: true))
    text.append("and q-learning")
    let marked = text.highlighting("q-", style: TextStyle(inverse: true))
    #expect(marked.plainText == text.plainText)
    let inverse = marked.runs.filter(\.style.isInverse).map(\.text)
    #expect(inverse == ["Q-", "q-"])
    #expect(marked.runs.first?.style.isBold == true)
    #expect(text.highlighting("absent", style: TextStyle(inverse: true)) == text)
  }
}
