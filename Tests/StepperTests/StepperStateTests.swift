import Stepper
import Testing

/// The stepper's keys as pure transitions: pages, scrolling, prompts, effects.
@Suite struct StepperStateTests {
  private func press(_ keys: [Key], on state: inout StepperState, pageLength: Int = 10)
    -> [StepperState.Effect]
  {
    keys.map { state.handle($0, visibleLines: 5, pageLength: pageLength) }
  }

  @Test func arrowsAndVimKeysTurnPages() {
    var state = StepperState(pageCount: 3)
    _ = press([.right, .character("l")], on: &state, pageLength: 5)
    #expect(state.page == 2)
    #expect(press([.right], on: &state, pageLength: 5) == [.nextLesson])
    _ = press([.left, .character("h"), .character("b")], on: &state, pageLength: 5)
    #expect(state.page == 0)
    #expect(press([.left], on: &state, pageLength: 5) == [.previousLesson])
  }

  @Test func forwardScrollsToTheRestOfALongPageBeforeTurningIt() {
    var state = StepperState(pageCount: 2)
    // 12 lines, 5 on screen: → shows lines 5–9, then 8–12, then the next page.
    _ = press([.right], on: &state, pageLength: 12)
    #expect(state.page == 0 && state.scroll == 4)
    _ = press([.enter], on: &state, pageLength: 12)
    #expect(state.page == 0 && state.scroll == 7)
    _ = press([.character("l")], on: &state, pageLength: 12)
    #expect(state.page == 1 && state.scroll == 0)
  }

  @Test func helpOpensAtItsTopScrollsAndReturnsToWhereThePageWas() {
    var state = StepperState(pageCount: 2)
    _ = press([.pageDown], on: &state, pageLength: 20)
    #expect(state.scroll == 4)
    _ = press([.character("?")], on: &state, pageLength: 20)
    #expect(state.mode == .help && state.scroll == 0)
    _ = press([.down, .down], on: &state, pageLength: 20)
    #expect(state.mode == .help && state.scroll == 2)
    _ = press([.character("x")], on: &state, pageLength: 20)
    #expect(state.mode == .reading && state.scroll == 4 && state.page == 0)
  }

  @Test func scrollingStopsAtTheEndsAndSpaceScrollsBeforeTurning() {
    var state = StepperState(pageCount: 2)
    _ = press([.down, .character("j"), .down, .down, .down, .down, .down, .down], on: &state)
    #expect(state.scroll == 5)
    _ = press([.up, .character("k")], on: &state)
    #expect(state.scroll == 3)
    _ = press([.character(" ")], on: &state)
    #expect(state.page == 0 && state.scroll == 5)
    _ = press([.character(" ")], on: &state)
    #expect(state.page == 1 && state.scroll == 0)
  }

  @Test func tAndShiftTWalkThroughTheStepsAndEscapeReturnsToThePage() {
    var state = StepperState(pageCount: 3)
    func walk(_ keys: [Key]) {
      for key in keys {
        _ = state.handle(key, visibleLines: 5, pageLength: 10, walkthroughLength: 3)
      }
    }
    walk([.character("t")])
    #expect(state.walkthroughStep == 0)
    walk([.character("t"), .character("t")])
    #expect(state.walkthroughStep == 2 && state.message == nil)
    walk([.character("t")])
    #expect(state.walkthroughStep == 2)
    #expect(state.message == "that was the last step: T goes back, esc returns to the page")
    walk([.character("T"), .character("T"), .character("T")])
    #expect(state.walkthroughStep == nil)
    walk([.character("t"), .escape])
    #expect(state.walkthroughStep == nil && state.page == 0)
    walk([.character("t"), .right])
    #expect(state.walkthroughStep == nil && state.page == 1)
    state.show(page: 0)
    _ = press([.character("t")], on: &state)  // a page with no trace or rollout
    #expect(state.walkthroughStep == nil)
    #expect(state.message == "t steps through a trace or a rollout; this page has none")
  }

  @Test func wAsksToWatchTheDemoLearn() {
    var state = StepperState(pageCount: 2)
    _ = state.handle(.character("t"), visibleLines: 5, pageLength: 10, walkthroughLength: 2)
    #expect(press([.character("w")], on: &state) == [.watch])
    #expect(state.walkthroughStep == nil)
  }

  @Test func goToASectionByNumber() {
    var state = StepperState(pageCount: 12)
    _ = press([.character("g"), .character("1"), .character("1"), .enter], on: &state)
    #expect(state.page == 10)
    _ = press([.character("g"), .character("4"), .character("0"), .enter], on: &state)
    #expect(state.page == 10)
    #expect(state.message == "there is no section 40: sections go from 1 to 12")
  }

  @Test func settingAParameterIsAPromptThatEndsInAnEffect() {
    var state = StepperState(pageCount: 1)
    let keys: [Key] = [.character("s")] + "gamma = 0.5".map { .character($0) } + [.enter]
    #expect(press(keys, on: &state).last == .set(key: "gamma", value: "0.5"))
    #expect(state.mode == .reading)
    _ = press([.character("s"), .character("x"), .enter], on: &state)
    #expect(state.message == "type key=value, for example gamma=0.9")
    _ = press([.character("s"), .character("x"), .escape], on: &state)
    #expect(state.mode == .reading)
  }

  @Test func searchRerunSeedResetHelpAndQuit() {
    var state = StepperState(pageCount: 2)
    let search: [Key] = [.character("/")] + "td".map { .character($0) } + [.backspace, .enter]
    #expect(press(search, on: &state).last == .search("t"))
    #expect(press([.character("r")], on: &state) == [.rerun])
    #expect(press([.character("n")], on: &state) == [.nextSeed])
    #expect(press([.character("R")], on: &state) == [.reset])
    _ = press([.character("?")], on: &state)
    #expect(state.mode == .help)
    _ = press([.character("x")], on: &state)
    #expect(state.mode == .reading)
    #expect(press([.character("q")], on: &state) == [.quit])
    #expect(press([.interrupt], on: &state) == [.quit])
  }
}

/// Exercise pages: the keys that answer, check, hint and give up.
@Suite struct ExerciseKeysTests {
  @Test func answeringCheckingHintsAndGivingUp() {
    var state = StepperState(pageCount: 2)
    func press(_ key: Key, _ exercise: StepperState.ExerciseKeys?) -> StepperState.Effect {
      state.handle(key, visibleLines: 5, pageLength: 10, exercise: exercise)
    }
    #expect(press(.character("a"), nil) == .redraw)
    #expect(state.message == "a answers an exercise, and this page is not one")
    _ = press(.character("a"), .answer)
    for character in "3.5" { _ = press(.character(character), .answer) }
    #expect(press(.enter, .answer) == .answer("3.5"))
    #expect(press(.character("c"), .tuning) == .check)
    #expect(press(.character("c"), .answer) == .redraw)
    #expect(state.message == "c checks a tuning; type your answer after a")
    #expect(press(.character("x"), .answer) == .hint)
    #expect(press(.character("v"), .tuning) == .reveal)
    #expect(press(.character("x"), nil) == .redraw)
    _ = press(.character("a"), .tuning)
    for character in "impossible" { _ = press(.character(character), .tuning) }
    #expect(press(.enter, .tuning) == .answer("impossible"))
  }
}
