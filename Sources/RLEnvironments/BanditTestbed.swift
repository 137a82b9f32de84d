public import RLCore

/// Sutton & Barto's 10-armed testbed (Figure 2.2): a k-armed bandit task.
///
/// Each arm's true value q*(a) is drawn from N(0, 1) when the task is made;
/// pulling arm a pays a reward drawn from N(q*(a), 1).
public struct BanditTestbed: Sendable {
  /// The true value of each arm.
  public let trueValues: [Double]

  /// A task with `arms` arms whose true values come from `generator`.
  public init(arms: Int = 10, using generator: inout SeededGenerator) {
    precondition(arms > 0, "a bandit needs at least one arm")
    trueValues = (0..<arms).map { _ in generator.gaussian() }
  }

  /// A task with given true values.
  public init(trueValues: [Double]) {
    self.trueValues = trueValues
  }

  /// The number of arms.
  public var armCount: Int { trueValues.count }

  /// Action names: `arm 1` … `arm k`.
  public var actionNames: [String] { (1...armCount).map { "arm \($0)" } }

  /// The task as text: each arm's true value, the best marked.
  public func draw() -> String {
    trueValues.indices.map { arm in
      let value = (trueValues[arm] * 100).rounded() / 100
      return "arm \(arm + 1): q* \(value)\(arm == optimalArm ? " (best)" : "")"
    }.joined(separator: "\n")
  }

  /// The arm with the highest true value.
  public var optimalArm: Int { trueValues.indices.max { trueValues[$0] < trueValues[$1] }! }

  /// Pulls an arm: a reward from N(q*(arm), 1).
  public func pull(_ arm: Int, using generator: inout SeededGenerator) -> Double {
    trueValues[arm] + generator.gaussian()
  }
}
