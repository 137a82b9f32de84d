import Lessons
import Stepper
import TerminalUI
import Testing

/// The presenter's screens, notes and redraws, without a terminal.
@Suite struct SlideLayoutTests {
  @Test(arguments: [(80, 24), (200, 55), (40, 10)])
  func aScreenFillsExactlyTheWindow(width: Int, height: Int) {
    let layout = SlideLayout(width: width, height: height)
    let body = (1...100).map { StyledText("line \($0) " + String(repeating: "x", count: 300)) }
    let screen = layout.screen(
      body: body, scroll: 5, message: "γ 0.9 → 0.95", position: "3 / 20   1:05")
    #expect(screen.count == height)
    #expect(screen.allSatisfy { $0.width <= width })
    // The margin, then the sixth line of the slide: scrolled by five.
    #expect(screen[1].plainText.hasPrefix(String(repeating: " ", count: layout.margin) + "line 6 "))
    let footer = screen[height - 1].plainText
    #expect(footer.contains("γ 0.9 → 0.95") && footer.hasSuffix("3 / 20   1:05"))
  }

  @Test func scrollingStopsWhenTheSlidesEndIsOnScreen() {
    let layout = SlideLayout(width: 80, height: 24)
    let body = (1...30).map { StyledText("line \($0)") }
    #expect(layout.overflow(of: body) == 30 - layout.bodyHeight)
    let screen = layout.screen(body: body, scroll: 1000, message: "", position: "1 / 1")
    #expect(screen[layout.bodyHeight].plainText.hasSuffix("line 30"))
  }

  @Test func theTrainingPanelCoversTheEndOfTheSlide() {
    let layout = SlideLayout(width: 120, height: 40)
    let panel = layout.trainingPanel(fraction: 0.5, caption: "training q-learning")
    #expect(panel.last?.plainText == "training q-learning")
    let bar = panel[panel.count - 2].plainText
    #expect(bar.count == layout.contentWidth)
    #expect(bar.filter { $0 == "█" }.count == layout.contentWidth / 2)
    let body = (1...100).map { StyledText("line \($0)") }
    let screen = layout.screen(
      body: body, panel: panel, scroll: 0, message: "", position: "1 / 1")
    #expect(screen.count == 40)
    #expect(screen[layout.bodyHeight].plainText.hasSuffix("training q-learning"))
  }

  @Test func aTallSlideSaysThereIsMoreBelowUntilItsEndIsInView() {
    let layout = SlideLayout(width: 100, height: 30)
    let body = (1...40).map { StyledText("line \($0)") }
    let top = layout.screen(body: body, scroll: 0, message: "", position: "4 / 18   0:10")
    #expect(top[29].plainText.hasSuffix("more ↓   4 / 18   0:10"))
    let end = layout.screen(body: body, scroll: 100, message: "", position: "4 / 18   0:10")
    #expect(!end[29].plainText.contains("more ↓"))
  }

  @Test func aProjectorsTextKeepsAReadableMeasureCentredAndBigTitles() {
    let layout = SlideLayout(width: 200, height: 55)
    #expect(layout.contentWidth == SlideLayout.measure)
    #expect(layout.margin == (200 - SlideLayout.measure) / 2)
    let heading = layout.headingLines("The random walk")
    #expect(heading.count == 5)  // twice the size: five lines a row of letters
    #expect(heading.allSatisfy { layout.margin + $0.width <= 200 })
    #expect(SlideLayout(width: 100, height: 30).headingLines("The random walk").count == 3)
    let title = layout.titleLines(
      title: "Temporal-difference learning", description: nil, slideCount: 18)
    #expect(title.filter { !$0.plainText.isEmpty }.count >= 10)
    #expect(title.allSatisfy { layout.titleIndent + $0.width <= 200 })
  }

  @Test func aTitleSlideIsCentredAndNamesItsLength() {
    let layout = SlideLayout(width: 200, height: 55)
    let lines = layout.titleLines(
      title: "Returns", description: "Why later counts less.", slideCount: 12)
    let first = lines.firstIndex { !$0.plainText.isEmpty } ?? 0
    #expect(first > 10)
    #expect(lines.last?.plainText == "12 slides · → to begin · ? for the keys")
  }

  @Test func speakerNotesSurviveTheirFile() throws {
    let lesson = LessonParser(fileExists: { _ in true }).parse(
      "# One\n\nText.\n\n<!-- note: Say hello. -->\n\n## Two\n\nMore.\n", path: "a.md")
    let slides = LessonSlides(lesson)
    let notes = SpeakerNotes(slide: 1, of: slides, presenter: 4242)
    #expect(notes.heading.hasPrefix("Slide 2 of \(slides.count) · "))
    #expect(notes.next == slides.title(of: 2))
    #expect(SpeakerNotes(text: notes.text) == notes)
    #expect(notes.text.hasPrefix("rlbook notes · presenter 4242 · a.md\nSlide 2 of"))
    #expect(SpeakerNotes(text: "something else") == nil)
    #expect(SpeakerNotes(text: "Slide 2 of 3 · Two\nnext: \n\nSay hello.\n") == nil)
    let last = SpeakerNotes(slide: slides.count - 1, of: slides, presenter: 4242)
    #expect(last.next == nil)
    #expect(SpeakerNotes(text: last.text) == last)
  }

  @Test func redrawsWaitOutTheDelayThenComeAtMostOncePerInterval() {
    let start = ContinuousClock.now
    var throttle = RedrawThrottle(
      delay: .milliseconds(500), interval: .milliseconds(100), start: start)
    #expect(!throttle.hasDrawn)
    let milliseconds = [0, 499, 500, 599, 600, 650, 701]
    let due = milliseconds.map { throttle.isDue(at: start + .milliseconds($0)) }
    #expect(due == [false, false, true, false, true, false, true])
    #expect(throttle.hasDrawn)
  }
}
