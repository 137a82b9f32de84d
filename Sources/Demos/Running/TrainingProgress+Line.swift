extension TrainingProgress {
  /// `demo 2/9 q-learning ████░░░░ 1200/3000 episodes · return 801.3`, with
  /// `· 21.4k/50k steps` before the return when the demo has a step budget, in at
  /// most `width − 1` columns so that it never wraps.
  ///
  /// A narrow line gives up what matters least first: the return, the steps, the
  /// run, then half the bar, then the end of the label. The counts are never cut.
  public func line(demo index: Int, of count: Int, width: Int) -> String {
    let room = max(1, width - 1)
    var label = "demo \(index + 1)/\(count) \(agent)"
    var details = [String]()
    if let stepBudget {
      details.append("\(Self.abbreviated(stepsDone))/\(Self.abbreviated(stepBudget)) steps")
    }
    if runs > 1 { details.append("run \(run + 1)/\(runs)") }
    if let recentReturn { details.append("return " + String((recentReturn * 10).rounded() / 10)) }
    let counts = "\(episodesDone)/\(episodes) episodes"
    func text(bar: Int) -> String {
      [label, self.bar(width: bar), counts].joined(separator: " ")
        + details.map { " · " + $0 }.joined()
    }
    // Optional details go last-first: the return, then the run, then the steps.
    var bar = 20
    while text(bar: bar).count > room, !details.isEmpty { details.removeLast() }
    if text(bar: bar).count > room { bar = 10 }
    let over = text(bar: bar).count - room
    if over > 0 {
      let kept = max(1, label.count - over - 1)
      label = String(label.prefix(kept)) + "…"
    }
    return String(text(bar: bar).prefix(room))
  }

  private func bar(width: Int) -> String {
    let filled = min(width, Int((fraction * Double(width)).rounded()))
    return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
  }

  /// 950, 21.4k, 50k, 1.2M.
  public static func abbreviated(_ value: Int) -> String {
    guard value >= 1000 else { return "\(value)" }
    let (unit, suffix) = value < 999_950 ? (100.0, "k") : (100_000.0, "M")
    let tenths = Int((Double(value) / unit).rounded())
    return tenths % 10 == 0 ? "\(tenths / 10)\(suffix)" : "\(tenths / 10).\(tenths % 10)\(suffix)"
  }
}
