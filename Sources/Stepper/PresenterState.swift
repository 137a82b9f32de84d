/// Where a presenter is in a lesson's slides, and what the keys do: pure, like
/// ``StepperState``, so the presenter's keys are tested without a terminal.
public struct PresenterState: Hashable, Sendable {
  /// What the front end should do after a key.
  public enum Effect: Hashable, Sendable {
    /// Draw the screen again (the slide may have changed).
    case redraw
    /// Move a parameter of this slide's demo one step up or down its ladder, and retrain.
    case nudge(Nudge, up: Bool)
    /// Retrain this slide's demo with the next seed.
    case nextSeed
    /// Retrain this slide's demo as it is.
    case rerun
    /// Undo this slide's nudges and seed, and retrain.
    case reset
    /// Show the slide's exercise's answer and explanation (or hide them again).
    case reveal
    /// Retrain the slide's tuning exercise with these settings (`epsilon=0.1`) and judge them.
    case tune(String)
    /// Say this in the footer (a key that does nothing here, and why).
    case say(String)
    /// Leave.
    case quit
  }

  /// The slide shown, from 0.
  public private(set) var slide = 0
  /// The number of slides.
  public let slideCount: Int
  /// Lines of the slide scrolled off the top (for slides taller than the screen).
  public var scroll = 0
  /// Whether the key help is shown over the slide.
  public private(set) var showsHelp = false
  /// Whether demo blocks are shown in full (`y`) rather than folded to one line.
  public private(set) var showsSpecs = false
  /// The settings being typed after `s` on a tuning slide, if they are.
  public private(set) var typing: String?

  /// The first slide of `slideCount`.
  public init(slideCount: Int, slide: Int = 0) {
    self.slideCount = max(1, slideCount)
    self.slide = min(max(0, slide), self.slideCount - 1)
  }

  /// Handles a key; `overflow` is how many lines of the slide do not fit, and
  /// `tunes` whether the slide is a tuning exercise (where `s` takes settings).
  public mutating func handle(_ key: Key, overflow: Int = 0, tunes: Bool = false) -> Effect {
    if showsHelp {
      showsHelp = false
      return key == .interrupt || key == .character("q") ? .quit : .redraw
    }
    if let typing { return type(key, into: typing) }
    switch key {
    case .right, .enter, .character(" "), .character("l"), .pageDown:
      go(to: slide + 1)
    case .left, .character("b"), .character("h"), .pageUp, .backspace:
      go(to: slide - 1)
    case .home: go(to: 0)
    case .end: go(to: slideCount - 1)
    case .down, .character("j"): scroll = min(max(0, overflow), scroll + 1)
    case .up, .character("k"): scroll = max(0, scroll - 1)
    case .character("g"): return .nudge(.gamma, up: false)
    case .character("G"): return .nudge(.gamma, up: true)
    case .character("e"): return .nudge(.epsilon, up: false)
    case .character("E"): return .nudge(.epsilon, up: true)
    case .character("a"): return .nudge(.alpha, up: false)
    case .character("A"): return .nudge(.alpha, up: true)
    case .character("n"): return .nextSeed
    case .character("r"): return .rerun
    case .character("R"): return .reset
    case .character("v"): return .reveal
    case .character("y"): showsSpecs.toggle()
    case .character("s"):
      guard tunes else { return .say("s sets a tuning exercise's settings: this slide has none") }
      typing = ""
    case .character("?"): showsHelp = true
    case .character("q"), .interrupt: return .quit
    default: break
    }
    return .redraw
  }

  /// A key while settings are typed: enter sends them, escape drops them.
  private mutating func type(_ key: Key, into text: String) -> Effect {
    switch key {
    case .character(let character): typing = text + String(character)
    case .backspace: typing = String(text.dropLast())
    case .escape: typing = nil
    case .interrupt: return .quit
    case .enter:
      typing = nil
      let typed = text.trimmingSpaces
      if !typed.isEmpty { return .tune(typed) }
    default: break
    }
    return .redraw
  }

  private mutating func go(to slide: Int) {
    let target = min(max(0, slide), slideCount - 1)
    if target != self.slide { scroll = 0 }
    self.slide = target
  }

  /// The keys, for the help overlay and the README.
  public static let keys: [(keys: String, meaning: String)] = [
    ("→ space enter", "next slide"),
    ("← b backspace", "previous slide"),
    ("↑ ↓", "scroll a tall slide"),
    ("g G", "γ down / up on a demo slide, and train again"),
    ("e E", "ε down / up"),
    ("a A", "α (or the learning rate) down / up"),
    ("n", "next seed"),
    ("r", "train again"),
    ("R", "undo this slide's changes"),
    ("v", "reveal an exercise's answer and explanation (again: hide)"),
    ("y", "show demo blocks in full, every setting (again: fold them to one line)"),
    ("s", "on a tuning exercise: type the room's settings (epsilon=0.1), enter trains and checks"),
    ("?", "these keys"),
    ("q", "quit"),
  ]
}
