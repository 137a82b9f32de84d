import Lessons
import MarkdownSyntax
import Stepper
import TerminalUI
import Testing

/// `rlbook present` without a terminal: slides, block letters, nudges and keys.
@Suite struct PresenterTests {
  private let lesson = LessonParser(fileExists: { _ in true }).parse(
    """
    ---
    title: Slides
    ---
    # Slides

    An opening line.

    <!-- note: Say hello. -->

    ## Discounting

    The return adds rewards:

    - now
    - later

    A second idea.

    <!-- just a comment -->

    ```rl
    env: cliff
    agent: q-learning
    ```

    <!-- note:   Ask what
         γ = 0 means. -->
    """, path: "slides.md")

  @Test func aLessonBecomesOneIdeaPerSlideWithItsNotes() {
    let slides = LessonSlides(lesson)
    #expect(slides.count == 5)
    #expect(slides.slides[0].isTitle)
    #expect(slides.title(of: 0) == "Slides")
    #expect(slides.slides[1].heading == nil && slides.slides[1].notes == ["Say hello."])
    // A paragraph ending in a colon keeps its list.
    #expect(slides.slides[2].blocks.count == 2)
    #expect(slides.title(of: 2) == "Discounting")
    #expect(slides.slides[3].blocks.count == 1 && slides.slides[3].notes.isEmpty)
    #expect(slides.slides[4].demo == 0)
    #expect(slides.slides[4].notes == ["Ask what γ = 0 means."])
  }

  @Test func blockLettersAreThreeLinesAndWrapAtWords() throws {
    let title = try #require(BlockLetters.lines("Q-learning", width: 80))
    #expect(title.count == 3)
    #expect(title.allSatisfy { $0.count == BlockLetters.columns(of: "Q-learning") })
    let wrapped = try #require(BlockLetters.lines("Policy versus value", width: 30))
    #expect(wrapped.count == 9)
    #expect(BlockLetters.lines("Actor-critic", width: 20) == nil)  // one word too wide
    #expect(BlockLetters.lines("π", width: 80) == nil)
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" {
      let drawn = BlockLetters.lines(String(letter), width: 3)?.joined() ?? ""
      #expect(drawn.contains { "▀▄█".contains($0) }, "no glyph for \(letter)")
    }
  }

  @Test func nudgesClimbTheirLadders() {
    #expect(Nudge.gamma.nudged(0.9, up: true) == 0.95)
    #expect(Nudge.gamma.nudged(0.9, up: false) == 0.8)
    #expect(Nudge.gamma.nudged(0.97, up: true) == 0.99)  // off the ladder: the next step up
    #expect(Nudge.gamma.nudged(1, up: true) == nil)
    #expect(Nudge.epsilon.nudged(0, up: false) == nil)
    #expect(Nudge.alpha.nudged(0.5, up: true) == 0.8)
    #expect(Nudge.gamma.change(from: "0.9", to: "0.99") == "γ 0.9 → 0.99")
  }

  @Test func aNudgeReadsTheLastRunsSettingsAndSaysWhatItChanges() {
    let tabular = Provenance(
      environment: "cliff", agents: ["q-learning"],
      settings: [.init("alpha", "0.5"), .init("gamma", "1"), .init("epsilon", "0.1")])
    #expect(
      Nudge.alpha.step(from: tabular, up: true)
        == .set(key: "alpha", value: "0.8", message: "α 0.5 → 0.8"))
    #expect(
      Nudge.gamma.step(from: tabular, up: true)
        == .impossible("γ is at its highest step already: 1"))
    #expect(
      Nudge.epsilon.step(from: tabular, up: false)
        == .set(key: "epsilon", value: "0.05", message: "ε 0.1 → 0.05"))
    // A network agent's α is its learning rate.
    let network = Provenance(
      environment: "cartpole", agents: ["reinforce"], settings: [.init("lr", "0.01")])
    #expect(
      Nudge.alpha.step(from: network, up: true)
        == .set(key: "lr", value: "0.03", message: "α 0.01 → 0.03"))
    #expect(
      Nudge.epsilon.step(from: network, up: true)
        == .impossible("this demo's agent has no ε (`epsilon`) to change"))
    #expect(
      Nudge.gamma.step(from: nil, up: true)
        == .impossible("this demo's agent has no γ (`gamma`) to change"))
  }

  @Test func presenterKeys() {
    var state = PresenterState(slideCount: 3)
    #expect(state.handle(.right) == .redraw && state.slide == 1)
    #expect(state.handle(.character(" ")) == .redraw && state.slide == 2)
    #expect(state.handle(.right) == .redraw && state.slide == 2)
    #expect(state.handle(.backspace) == .redraw && state.slide == 1)
    #expect(state.handle(.character("G")) == .nudge(.gamma, up: true))
    #expect(state.handle(.character("e")) == .nudge(.epsilon, up: false))
    #expect(state.handle(.character("A")) == .nudge(.alpha, up: true))
    #expect(state.handle(.character("n")) == .nextSeed)
    #expect(state.handle(.character("R")) == .reset)
    #expect(state.handle(.character("v")) == .reveal)
    #expect(state.handle(.character("?")) == .redraw && state.showsHelp)
    #expect(state.handle(.character("x")) == .redraw && !state.showsHelp)
    #expect(state.handle(.down, overflow: 2) == .redraw && state.scroll == 1)
    #expect(state.handle(.down, overflow: 1) == .redraw && state.scroll == 1)
    #expect(state.handle(.left) == .redraw && state.slide == 0 && state.scroll == 0)
    #expect(state.handle(.character("q")) == .quit)
  }

  /// `s` on a tuning slide types the room's settings; enter sends them, escape drops them,
  /// and keys typed meanwhile are text, not commands.
  @Test func aTuningSlideTakesTypedSettings() {
    var state = PresenterState(slideCount: 3)
    let elsewhere = state.handle(.character("s"))
    #expect(elsewhere == .say("s sets a tuning exercise's settings: this slide has none"))
    #expect(state.typing == nil)
    #expect(state.handle(.character("s"), tunes: true) == .redraw && state.typing == "")
    for character in "epsilon=0.5q" { _ = state.handle(.character(character), tunes: true) }
    #expect(state.typing == "epsilon=0.5q" && state.slide == 0)
    #expect(state.handle(.backspace, tunes: true) == .redraw)
    #expect(state.handle(.enter, tunes: true) == .tune("epsilon=0.5") && state.typing == nil)
    _ = state.handle(.character("s"), tunes: true)
    _ = state.handle(.character("x"), tunes: true)
    #expect(state.handle(.escape, tunes: true) == .redraw && state.typing == nil)
    _ = state.handle(.character("s"), tunes: true)
    #expect(state.handle(.enter, tunes: true) == .redraw)
    #expect(state.handle(.right, tunes: true) == .redraw && state.slide == 1)
  }
}
