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
    // Where the page is, kept whole when the status is too long: the settings give way.
    var position = ""
    if page.count > visibleLines {
      let end = min(page.count, start + visibleLines)
      position = " · lines \(start + 1)–\(end) of \(page.count)"
      if end < page.count { position += " · more ↓" }
    }
    let room = max(0, width - DisplayWidth.of(position))
    let shownStatus =
      DisplayWidth.of(status) <= room
      ? status : StyledText(status).truncated(toWidth: max(0, room - 1)).plainText + "…"
    position = shownStatus + position
    lines += [rule, StyledText(position, style: TextStyle(dim: true)), prompt]
    return lines.map { $0.truncated(toWidth: width) }
  }

  /// The footer's last line for a state: a prompt being typed, a message, or the
  /// keys, as many as fit in `width` columns. `walkthroughLength` is how many
  /// steps `t` can walk through on this page, and `hasDemos` whether it has a
  /// demo to watch learn (`w`).
  public static func promptLine(
    for state: StepperState, walkthroughLength: Int = 0, hasDemos: Bool = false,
    exercise: StepperState.ExerciseKeys? = nil, width: Int = .max
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
    case .help:
      return StyledText("↑↓ scroll the help  any other key returns", style: TextStyle(dim: true))
    case .reading:
      if let message = state.message {
        return StyledText(message, style: TextStyle(color: .yellow))
      }
      let keys: [(key: String, meaning: String)]
      if state.walkthroughStep != nil {
        keys = [
          ("t", "next step"), ("T", "previous step"), ("esc", "back to the page"),
          ("→", "next page"), ("q", "quit"),
        ]
      } else {
        switch exercise {
        case .answer:
          keys = [
            ("a", "answer"), ("x", "hint"), ("v", "give up"), ("→", "next"),
            ("←", "back"), ("?", "help"), ("q", "quit"),
          ]
        case .tuning:
          keys = [
            ("s", "key=value"), ("c", "check"), ("a", "impossible"), ("x", "hint"),
            ("v", "give up"), ("→", "next"), ("←", "back"), ("?", "help"),
          ]
        case nil:
          // The most needed first: a narrow terminal drops the last.
          keys =
            [("→", "next"), ("←", "back"), ("?", "help"), ("q", "quit")]
            + (walkthroughLength > 0 ? [("t", "step through")] : [])
            + (hasDemos ? [("w", "watch")] : [])
            + [
              ("s", "set"), ("r", "rerun"), ("n", "seed"), ("R", "reset"), ("g", "go"),
              ("/", "find"), ("↑↓", "scroll"),
            ]
        }
      }
      return StyledText(fitting(keys, width: width), style: TextStyle(dim: true))
    }
  }

  /// The help page, its explanations wrapped to `width` columns.
  public static func help(width: Int) -> [StyledText] {
    let keyColumn = 22
    let entries = [
      ("→  l  space  enter", "read on: scroll down, then the next page"),
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
    ]
    let indent = String(repeating: " ", count: keyColumn + 2)
    return entries.flatMap { keys, meaning in
      let explained = StyledText(meaning).wrapped(width: max(10, width - indent.count))
      return explained.enumerated().map { index, part in
        var line =
          index == 0
          ? StyledText(
            "  " + keys + String(repeating: " ", count: max(1, keyColumn - keys.count)),
            style: TextStyle(bold: true))
          : StyledText(indent)
        line.append(part)
        return line
      }
    }
  }

  /// As many keys as fit in `width` columns, the first first (`→ next  ← back`);
  /// if fewer than four fit with their meanings, the keys alone.
  static func fitting(_ keys: [(key: String, meaning: String)], width: Int) -> String {
    let full = keys.map { "\($0.key) \($0.meaning)" }
    for count in stride(from: full.count, through: min(4, full.count), by: -1) {
      let line = full.prefix(count).joined(separator: "  ")
      if line.count <= width { return line }
    }
    return String(keys.map(\.key).joined(separator: " ").prefix(max(0, width)))
  }
}
