import Demos
import Foundation
import Synchronization
import TerminalUI

/// A one-line progress bar on standard error while demos train.
///
/// It appears only on a terminal and only once training has taken half a
/// second, is redrawn at most ten times a second, and is erased when done,
/// so piped output and logs never see it. It is cut to the terminal's width as
/// it is at each redraw, so a narrowed window never wraps it onto more lines.
final class ProgressDisplay: Sendable {
  private struct State {
    var start = ContinuousClock.now
    var lastDraw: ContinuousClock.Instant?
    var isShowing = false
  }

  private let isEnabled: Bool
  private let width: Int
  private let state = Mutex(State())

  /// A display for standard error's terminal (disabled when it is not one).
  init(terminal: Terminal) {
    isEnabled = terminal.isInteractive
    width = terminal.width
  }

  /// Starts timing a lesson's demos.
  func begin() {
    state.withLock { $0 = State() }
  }

  /// Shows how demo `index` (from 0) is getting on.
  func report(demo index: Int, count: Int, _ progress: TrainingProgress) {
    guard isEnabled else { return }
    let now = ContinuousClock.now
    let line: String? = state.withLock { state in
      guard now - state.start > .milliseconds(500) else { return nil }
      if let last = state.lastDraw, now - last < .milliseconds(100) { return nil }
      state.lastDraw = now
      state.isShowing = true
      return Self.line(demo: index, count: count, progress, width: currentWidth)
    }
    if let line { FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8)) }
  }

  /// The terminal's width now: a window resized while training gets a line that fits it.
  private var currentWidth: Int {
    var size = winsize()
    guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return width }
    return Int(size.ws_col)
  }

  /// Erases the bar, if it is showing.
  func end() {
    let wasShowing = state.withLock { state in
      defer { state.isShowing = false }
      return state.isShowing
    }
    if wasShowing { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }

  /// `demo 2/9 q-learning ████░░░░ 1200/3000 episodes · return 801.3`, with
  /// `· 21.4k/50k steps` before the return when the demo has a step budget.
  static func line(demo index: Int, count: Int, _ progress: TrainingProgress, width: Int) -> String
  {
    let bar = 20
    let filled = min(bar, Int((progress.fraction * Double(bar)).rounded()))
    var text =
      "demo \(index + 1)/\(count) \(progress.agent) "
      + String(repeating: "█", count: filled) + String(repeating: "░", count: bar - filled)
      + " \(progress.episodesDone)/\(progress.episodes) episodes"
    if let budget = progress.stepBudget {
      text += " · \(Self.count(progress.stepsDone))/\(Self.count(budget)) steps"
    }
    if progress.runs > 1 { text += " · run \(progress.run + 1)/\(progress.runs)" }
    if let recent = progress.recentReturn {
      text += " · return " + String((recent * 10).rounded() / 10)
    }
    return String(text.prefix(max(1, width - 1)))
  }

  /// 950, 21.4k, 50k, 1.2M.
  static func count(_ value: Int) -> String {
    guard value >= 1000 else { return "\(value)" }
    let (unit, suffix) = value < 999_950 ? (100.0, "k") : (100_000.0, "M")
    let tenths = Int((Double(value) / unit).rounded())
    return tenths % 10 == 0 ? "\(tenths / 10)\(suffix)" : "\(tenths / 10).\(tenths % 10)\(suffix)"
  }
}
