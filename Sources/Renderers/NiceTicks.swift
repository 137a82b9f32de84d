/// Round values for an axis: steps of 1, 2 or 5 × 10ⁿ, as a person would mark it.
enum NiceTicks {
  /// About `count` round values within `range` (its ends included when round),
  /// evenly spaced: −353.5…−15.9 gives −300, −200, −100.
  static func ticks(in range: ClosedRange<Double>, count: Int = 5) -> [Double] {
    let span = range.upperBound - range.lowerBound
    guard span > 0, span.isFinite else { return [range.lowerBound] }
    let step = niceStep(span / Double(max(1, count)))
    var ticks: [Double] = []
    var index = (range.lowerBound / step).rounded(.up)
    while index * step <= range.upperBound + step * 1e-9 {
      // Multiplying, not adding, keeps 0.1 + 0.2 from drifting.
      let tick = index * step
      ticks.append(abs(tick) < step * 1e-9 ? 0 : tick)
      index += 1
    }
    return ticks
  }

  /// The round step (1, 2 or 5 × 10ⁿ) nearest above `raw`.
  static func niceStep(_ raw: Double) -> Double {
    var magnitude = 1.0
    while magnitude * 10 <= raw { magnitude *= 10 }
    while magnitude > raw { magnitude /= 10 }
    for factor in [1.0, 2, 5, 10] where factor * magnitude >= raw { return factor * magnitude }
    return 10 * magnitude
  }
}
