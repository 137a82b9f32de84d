extension TrainingProgress {
  /// `demo 2/9 q-learning ████░░░░ 1200/3000 episodes · return 801.3`, with
  /// `· 21.4k/50k steps` before the return when the demo has a step budget, cut to
  /// `width − 1` columns so that it never wraps.
  public func line(demo index: Int, of count: Int, width: Int) -> String {
    let bar = 20
    let filled = min(bar, Int((fraction * Double(bar)).rounded()))
    var text =
      "demo \(index + 1)/\(count) \(agent) "
      + String(repeating: "█", count: filled) + String(repeating: "░", count: bar - filled)
      + " \(episodesDone)/\(episodes) episodes"
    if let stepBudget {
      text += " · \(Self.abbreviated(stepsDone))/\(Self.abbreviated(stepBudget)) steps"
    }
    if runs > 1 { text += " · run \(run + 1)/\(runs)" }
    if let recentReturn {
      text += " · return " + String((recentReturn * 10).rounded() / 10)
    }
    return String(text.prefix(max(1, width - 1)))
  }

  /// 950, 21.4k, 50k, 1.2M.
  public static func abbreviated(_ value: Int) -> String {
    guard value >= 1000 else { return "\(value)" }
    let (unit, suffix) = value < 999_950 ? (100.0, "k") : (100_000.0, "M")
    let tenths = Int((Double(value) / unit).rounded())
    return tenths % 10 == 0 ? "\(tenths / 10)\(suffix)" : "\(tenths / 10).\(tenths % 10)\(suffix)"
  }
}
