public import Lessons

/// What `rlbook present` shows for a demo it trains in front of the room: the live
/// result when it comes in time, else the cached one, with a note saying so.
public enum LiveRun: Equatable, Sendable {
  /// Show this result; `note` says why it is not the live one, if it is not.
  case show(DemoResult, note: String?)
  /// Keep training; `note` says what is going on, if anything needs saying.
  case wait(note: String?)

  /// The decision while a live run goes on: `finished` is its result if it has
  /// one, `elapsed` the time since it started, `limit` the seconds it may take,
  /// and `cached` looks the demo up in the cache (only when needed).
  public static func decide(
    finished: DemoResult?, elapsed: Duration, limit: Int, cached: () -> DemoResult?
  ) -> LiveRun {
    if let finished {
      guard !finished.didRun, let stored = cached() else { return .show(finished, note: nil) }
      return .show(stored, note: "the live run failed; this is the cached result")
    }
    guard elapsed > .seconds(limit) else { return .wait(note: nil) }
    if let stored = cached() {
      return .show(stored, note: "live training passed \(limit) s: this is the cached result")
    }
    return .wait(note: "training is taking longer than \(limit) s, and nothing is cached to show")
  }
}
