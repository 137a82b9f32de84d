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
    var throttle = ProgressDisplay.throttle()
    var isShowing = false
  }

  private let isEnabled: Bool
  private let width: Int
  private let state = Mutex(State())

  /// Half a second of quiet, then ten redraws a second at most.
  private static func throttle() -> RedrawThrottle {
    RedrawThrottle(delay: .milliseconds(500), interval: .milliseconds(100))
  }

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
    let line: String? = state.withLock { state in
      guard state.throttle.isDue() else { return nil }
      state.isShowing = true
      return progress.line(demo: index, of: count, width: currentWidth)
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
}
