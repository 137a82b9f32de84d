public import TerminalUI

/// Lays out one screen of the stepper: a header, the visible part of a page, a footer.
///
/// A pure function of its inputs, so layouts are tested at any size without a terminal.
public struct PageLayout: Sendable {
  /// The screen's width in columns.
  public var width: Int
  /// The screen's height in lines.
  public var height: Int

  /// A layout for a screen of `width` × `height` (at least 20 × 6).
  public init(width: Int, height: Int) {
    self.width = max(20, width)
    self.height = max(6, height)
  }

  /// Lines above the page: the title and a rule.
  static let headerHeight = 2
  /// Lines below the page: a rule, the position and settings, and the keys or a prompt.
  static let footerHeight = 3

  /// How many lines of the page fit between header and footer.
  public var visibleLines: Int { height - Self.headerHeight - Self.footerHeight }

  /// Exactly `height` lines, none wider than `width`.
  public func screen(
    title: String, page: [StyledText], scroll: Int, status: String, prompt: StyledText
  ) -> [StyledText] {
    let rule = StyledText(String(repeating: "─", count: width), style: TextStyle(dim: true))
    var lines = [StyledText(title, style: TextStyle(bold: true, color: .cyan)), rule]
    let start = min(max(0, scroll), max(0, page.count - 1))
    let visible = page.dropFirst(start).prefix(visibleLines)
    lines += visible
    lines += Array(repeating: StyledText(), count: visibleLines - visible.count)
    var position = status
    if page.count > visibleLines {
      let end = min(page.count, start + visibleLines)
      position += " · lines \(start + 1)–\(end) of \(page.count)"
    }
    lines += [rule, StyledText(position, style: TextStyle(dim: true)), prompt]
    return lines.map { $0.truncated(toWidth: width) }
  }

  /// The footer's last line for a state: a prompt being typed, a message, or the keys.
  /// `walkthroughLength` is how many steps `t` can walk through on this page, and
  /// `hasDemos` whether it has a demo to watch learn (`w`).
  public static func promptLine(
    for state: StepperState, walkthroughLength: Int = 0, hasDemos: Bool = false,
    exercise: StepperState.ExerciseKeys? = nil
  ) -> StyledText {
    switch state.mode {
    case .prompt(.answer, let text):
      return StyledText("your answer (enter to check, esc to cancel): " + text + "█")
    case .prompt(.setting, let text):
      return StyledText("set (key=value, enter to apply, esc to cancel): " + text + "█")
    case .prompt(.search, let text):
      return StyledText("search: " + text + "█")
    case .goTo(let digits):
      return StyledText("go to section: " + digits + "█")
    case .help, .reading:
      if let message = state.message {
        return StyledText(message, style: TextStyle(color: .yellow))
      }
      if state.walkthroughStep != nil {
        return StyledText(
          "t next step  T previous step  esc back to the page  → next page  q quit",
          style: TextStyle(dim: true))
      }
      switch exercise {
      case .answer:
        return StyledText(
          "a answer  x hint  v show the answer  → next  ← back  ? help  q quit",
          style: TextStyle(dim: true))
      case .tuning:
        return StyledText(
          "s key=value  c check  a impossible  x hint  v show the answer  → next  ← back  ? help",
          style: TextStyle(dim: true))
      case nil: break
      }
      // The most needed first: a narrow terminal cuts the line's end.
      let walk = walkthroughLength > 0 ? "t step through  " : ""
      let watch = hasDemos ? "w watch  " : ""
      return StyledText(
        "→ next  ← back  ? help  q quit  \(walk)\(watch)s set  r rerun  n seed  R reset  g go  / find  ↑↓ scroll",
        style: TextStyle(dim: true))
    }
  }

  /// The help page.
  public static let help: [StyledText] = [
    ("→  l  space  enter", "next page (space scrolls first)"),
    ("←  h  b", "previous page"),
    ("↑ ↓  k j  PgUp PgDn", "scroll the page"),
    ("g N enter", "go to section N"),
    ("r", "run this page's demos again"),
    ("s", "set a parameter of this page's demos: gamma=0.5"),
    ("n", "next seed for this page's demos"),
    ("R", "reset this page's settings and seed"),
    ("t  T", "step through a trace or rollout, one update at a time; esc ends"),
    ("w", "watch this page's demo learn: its training replayed; any key stops"),
    ("a", "answer this page's exercise: a number, a choice's number, or impossible"),
    ("s …  c", "a tuning exercise: set its demo's settings, then check them"),
    ("x", "the exercise's next hint"),
    ("v", "give up: show the exercise's answer and explanation"),
    ("/", "find text in the lesson"),
    ("?", "this help"),
    ("q  Ctrl-C", "quit"),
  ].map { keys, meaning in
    var line = StyledText(
      "  " + keys + String(repeating: " ", count: max(1, 22 - keys.count)),
      style: TextStyle(bold: true))
    line.append(meaning)
    return line
  }
}
