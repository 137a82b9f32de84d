/// Where a reader is in a lesson, and what the keys do: the stepper without a terminal.
///
/// Every key press is a pure transition from one state to the next plus an
/// ``StepperState/Effect`` for the front end to carry out (run a demo, quit),
/// so the whole interaction is tested without a terminal.
public struct StepperState: Hashable, Sendable {
  /// What the keys are doing.
  public enum Mode: Hashable, Sendable {
    /// Reading a page.
    case reading
    /// The help screen.
    case help
    /// Typing after `s` (a setting) or `/` (a search).
    case prompt(Prompt, text: String)
    /// Typing a section number after `g`.
    case goTo(String)
  }

  /// What a prompt is for.
  public enum Prompt: Hashable, Sendable {
    /// `s`: a `key=value` for this page's demos.
    case setting
    /// `/`: text to find in the lesson.
    case search
    /// `a`: an answer to the page's exercise.
    case answer
  }

  /// What the front end should do after a key.
  public enum Effect: Hashable, Sendable {
    /// Draw the screen again.
    case redraw
    /// Run this page's demos again (settings or seed changed, or `r`).
    case rerun
    /// Apply `key=value` to this page's demos and run them again.
    case set(key: String, value: String)
    /// Undo this page's settings and seed, and run its demos again.
    case reset
    /// Run this page's demos again with the next seed.
    case nextSeed
    /// Find the next page that contains the text.
    case search(String)
    /// Replay the training of this page's demo, frame by frame.
    case watch
    /// Judge this answer to the page's exercise.
    case answer(String)
    /// Retrain the page's tuning with the settings set so far and judge it.
    case check
    /// Show the page's exercise's next hint.
    case hint
    /// Give up on the page's exercise: show its explanation.
    case reveal
    /// Go to the next lesson (past the last page).
    case nextLesson
    /// Go to the previous lesson (before the first page).
    case previousLesson
    /// Leave.
    case quit
  }

  /// The page shown, from 0.
  public private(set) var page = 0
  /// The number of pages.
  public let pageCount: Int
  /// How many lines of the page are scrolled off the top.
  public var scroll = 0
  /// What the keys are doing.
  public private(set) var mode = Mode.reading
  /// A line for the footer: an error, a search miss, a confirmation.
  public var message: String?
  /// The step of a trace or rollout shown in place of the page (`t`), from 0;
  /// `nil` shows the page.
  public private(set) var walkthroughStep: Int?
  /// Where the page was scrolled when help opened, to return there.
  private var scrollBeforeHelp = 0

  /// The first page of a lesson with `pageCount` pages.
  public init(pageCount: Int, page: Int = 0) {
    self.pageCount = max(1, pageCount)
    self.page = min(max(0, page), self.pageCount - 1)
  }

  /// Shows a page (a search result), from the top.
  public mutating func show(page: Int) {
    self.page = min(max(0, page), pageCount - 1)
    scroll = 0
    walkthroughStep = nil
  }

  /// Shows the page again instead of a step (its demos ran again, say).
  public mutating func leaveWalkthrough() {
    walkthroughStep = nil
    scroll = 0
  }

  /// Handles a key; `visibleLines` and `pageLength` bound scrolling, and
  /// `walkthroughLength` is how many steps the page's trace or rollout spells out.
  ///
  /// `exercise` is what the page asks, if it is an exercise: `a` answers (a
  /// number, a choice's number, or for a tuning settings or `impossible`), `c`
  /// checks a tuning's settings set with `s`, `x` shows a hint and `v` gives up.
  public mutating func handle(
    _ key: Key, visibleLines: Int, pageLength: Int, walkthroughLength: Int = 0,
    exercise: ExerciseKeys? = nil
  ) -> Effect {
    let maximumScroll = max(0, pageLength - visibleLines)
    switch mode {
    case .help:
      return help(key, maximumScroll: maximumScroll, visibleLines: visibleLines)
    case .goTo(let digits):
      return goTo(digits, key: key)
    case .prompt(let prompt, let text):
      return type(key, into: text, for: prompt)
    case .reading:
      break
    }
    message = nil
    switch key {
    case .right, .enter, .character("l"), .character(" "):
      // Forward reads the rest of a long page before it turns it (a step of a
      // walkthrough is not the page: forward leaves it for the next page).
      if scroll < maximumScroll, walkthroughStep == nil {
        scroll = min(maximumScroll, scroll + max(1, visibleLines - 1))
        return .redraw
      }
      guard page + 1 < pageCount else { return .nextLesson }
      show(page: page + 1)
    case .left, .character("h"), .character("b"):
      guard page > 0 else { return .previousLesson }
      show(page: page - 1)
    case .down, .character("j"):
      scroll = min(maximumScroll, scroll + 1)
    case .up, .character("k"):
      scroll = max(0, scroll - 1)
    case .pageDown:
      scroll = min(maximumScroll, scroll + max(1, visibleLines - 1))
    case .pageUp:
      scroll = max(0, scroll - max(1, visibleLines - 1))
    case .home: show(page: 0)
    case .end: show(page: pageCount - 1)
    case .character("g"): mode = .goTo("")
    case .character("r"): return .rerun
    case .character("s"): mode = .prompt(.setting, text: "")
    case .character("R"): return .reset
    case .character("n"): return .nextSeed
    case .character("/"): mode = .prompt(.search, text: "")
    case .character("?"):
      mode = .help
      scrollBeforeHelp = scroll
      scroll = 0
    case .character("w"):
      leaveWalkthrough()
      return .watch
    case .character("t"): walk(by: 1, length: walkthroughLength)
    case .character("T"): walk(by: -1, length: walkthroughLength)
    case .escape where walkthroughStep != nil: leaveWalkthrough()
    case .character("a"):
      guard exercise != nil else {
        message = "a answers an exercise, and this page is not one"
        return .redraw
      }
      mode = .prompt(.answer, text: "")
    case .character("c"):
      switch exercise {
      case .tuning: return .check
      case .answer: message = "c checks a tuning; type your answer after a"
      case nil: message = "c checks a tuning exercise, and this page is not one"
      }
    case .character("x"):
      guard exercise != nil else {
        message = "x shows an exercise's hints, and this page is not one"
        return .redraw
      }
      return .hint
    case .character("v"):
      guard exercise != nil else {
        message = "v shows an exercise's answer, and this page is not one"
        return .redraw
      }
      return .reveal
    case .character("q"), .interrupt: return .quit
    default: return .redraw
    }
    return .redraw
  }

  /// What an exercise page takes: an answer typed after `a`, or settings and `c`.
  public enum ExerciseKeys: Hashable, Sendable {
    /// A number or a choice.
    case answer
    /// Settings of a demo.
    case tuning
  }

  /// In help, the scrolling keys scroll it and any other key returns to the page.
  private mutating func help(_ key: Key, maximumScroll: Int, visibleLines: Int) -> Effect {
    let screen = max(1, visibleLines - 1)
    switch key {
    case .down, .character("j"): scroll = min(maximumScroll, scroll + 1)
    case .up, .character("k"): scroll = max(0, scroll - 1)
    case .pageDown, .character(" "): scroll = min(maximumScroll, scroll + screen)
    case .pageUp: scroll = max(0, scroll - screen)
    case .interrupt: return .quit
    default:
      mode = .reading
      scroll = scrollBeforeHelp
    }
    return .redraw
  }

  /// `t` and `T`: the next or previous step; back from the first is the page.
  private mutating func walk(by offset: Int, length: Int) {
    guard length > 0 else {
      message = "t steps through a trace or a rollout; this page has none"
      return
    }
    scroll = 0
    let next = (walkthroughStep ?? -1) + offset
    if next < 0 {
      walkthroughStep = nil
    } else if next >= length {
      walkthroughStep = length - 1
      message = "that was the last step: T goes back, esc returns to the page"
    } else {
      walkthroughStep = next
    }
  }

  private mutating func goTo(_ digits: String, key: Key) -> Effect {
    switch key {
    case .character(let character) where character.isNumber:
      mode = .goTo(digits + String(character))
    case .backspace:
      mode = digits.isEmpty ? .reading : .goTo(String(digits.dropLast()))
    case .enter:
      mode = .reading
      if let number = Int(digits), (1...pageCount).contains(number) {
        show(page: number - 1)
      } else if !digits.isEmpty {
        message = "there is no section \(digits): sections go from 1 to \(pageCount)"
      }
    case .interrupt: return .quit
    default:
      mode = .reading
    }
    return .redraw
  }

  private mutating func type(_ key: Key, into text: String, for prompt: Prompt) -> Effect {
    switch key {
    case .character(let character):
      mode = .prompt(prompt, text: text + String(character))
    case .backspace:
      mode = .prompt(prompt, text: String(text.dropLast()))
    case .escape:
      mode = .reading
    case .interrupt:
      return .quit
    case .enter:
      mode = .reading
      let typed = text.trimmingSpaces
      guard !typed.isEmpty else { return .redraw }
      if prompt == .search { return .search(typed) }
      if prompt == .answer { return .answer(typed) }
      guard let equals = typed.firstIndex(of: "="), equals != typed.startIndex else {
        message = "type key=value, for example gamma=0.9"
        return .redraw
      }
      return .set(
        key: String(typed[..<equals]).trimmingSpaces,
        value: String(typed[typed.index(after: equals)...]).trimmingSpaces)
    default:
      break
    }
    return .redraw
  }
}

extension String {
  var trimmingSpaces: String {
    var text = Substring(self)
    while text.first == " " { text = text.dropFirst() }
    while text.last == " " { text = text.dropLast() }
    return String(text)
  }
}
