import Lessons
import Testing

@testable import Renderers

/// A demo's message marks its code as code in each renderer, without backticks.
@Suite struct MessageSpansTests {
  @Test func backticksPairIntoCodeAndAnUnpairedOneStays() {
    let pieces = MessageSpans.pieces("Give `steps` to set `it` or `not")
    #expect(pieces.map(\.text) == ["Give ", "steps", " to set ", "it", " or ", "`not"])
    #expect(pieces.map(\.isCode) == [false, true, false, true, false, false])
    #expect(MessageSpans.pieces("plain").map(\.text) == ["plain"])
  }

  @Test func terminalsAndPagesShowTheCodeWithoutItsBackticks() {
    let lesson = LessonParser(fileExists: { _ in true }).parse(
      "# T\n\n```rl\nenv: grid\n```\n", path: "t.md")
    let result = DemoResult(
      outputs: [.message("The claim `v(start) < 0.6` no longer holds.")],
      provenance: Provenance(environment: "grid", agents: [], settings: []))
    let text = TerminalRenderer(width: 80).render(lesson, results: [result])
    #expect(text.contains("The claim v(start) < 0.6 no longer holds."))
    let page = HTMLRenderer().article(lesson, results: [result])
    #expect(page.contains("The claim <code>v(start) &lt; 0.6</code> no longer holds."))
  }
}
