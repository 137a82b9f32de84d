/// What happened in each training episode: its return and its length.
public struct EpisodeLog: Hashable, Sendable {
  /// The undiscounted return of each episode, in order.
  public var returns: [Double] = []
  /// The number of steps of each episode.
  public var lengths: [Int] = []

  /// An empty log.
  public init() {}

  /// Records one episode.
  public mutating func record(return value: Double, length: Int) {
    returns.append(value)
    lengths.append(length)
  }

  /// The number of episodes recorded.
  public var count: Int { returns.count }

  /// The total number of steps taken.
  public var totalSteps: Int { lengths.reduce(0, +) }

  /// The mean return over episodes in `range` (0-based, clamped).
  public func meanReturn(over range: Range<Int>) -> Double {
    let clamped = range.clamped(to: 0..<returns.count)
    guard !clamped.isEmpty else { return 0 }
    return returns[clamped].reduce(0, +) / Double(clamped.count)
  }
}
