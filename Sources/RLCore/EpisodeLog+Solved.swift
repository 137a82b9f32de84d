extension EpisodeLog {
  /// Whether the mean return of the last `window` episodes is at least `threshold`
  /// (Gymnasium's "solved": CartPole-v1 at 475 over 100 consecutive episodes).
  public func isSolved(threshold: Double, window: Int = 100) -> Bool {
    returns.count >= window && meanReturn(over: returns.count - window..<returns.count) >= threshold
  }
}
