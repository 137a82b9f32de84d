extension EpisodeLog {
  /// Whether the mean return of the last `window` episodes is at least `threshold`
  /// (Gymnasium's "solved": CartPole-v1 at 475 over 100 consecutive episodes).
  public func isSolved(threshold: Double, window: Int = 100) -> Bool {
    returns.count >= window && meanReturn(over: returns.count - window..<returns.count) >= threshold
  }

  /// The first episode (0-based) ending a window of `window` episodes whose mean return is at least `threshold`.
  public func firstSolvedEpisode(threshold: Double, window: Int = 100) -> Int? {
    guard returns.count >= window else { return nil }
    var sum = returns[0..<window].reduce(0, +)
    if sum / Double(window) >= threshold { return window - 1 }
    for end in window..<returns.count {
      sum += returns[end] - returns[end - window]
      if sum / Double(window) >= threshold { return end }
    }
    return nil
  }
}
