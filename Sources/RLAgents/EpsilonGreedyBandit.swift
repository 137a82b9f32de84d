public import RLCore

/// The ε-greedy sample-average bandit agent of Sutton & Barto's Figure 2.2.
///
/// Q₁(a) = 0; each step it pulls a random arm with probability ε, otherwise an
/// arm with the highest estimate (ties broken at random), and moves that arm's
/// estimate to the average of its rewards: Q(a) += (R − Q(a)) / N(a).
public struct EpsilonGreedyBandit: Sendable {
  /// The settings of the ε-greedy bandit learner, each with its one default.
  public enum Parameters {
    /// The exploration rate ε.
    public static let epsilon = Hyperparameter(
      "epsilon", .real(0...1), default: 0.1, "exploration rate ε")
    /// All of them, in the order `rlbook agents` lists them.
    public static let all = [epsilon]
  }

  /// The exploration rate.
  public var epsilon: Double
  /// The estimate of each arm's value.
  public private(set) var estimates: [Double]
  /// How often each arm was pulled.
  public private(set) var counts: [Int]

  /// An agent for `arms` arms.
  public init(arms: Int, epsilon: Double) {
    self.epsilon = epsilon
    estimates = Array(repeating: 0, count: arms)
    counts = Array(repeating: 0, count: arms)
  }

  /// The arm to pull next.
  public func choose(using generator: inout SeededGenerator) -> Int {
    estimates.withUnsafeBufferPointer {
      ActionSelection.epsilonGreedy($0, epsilon: epsilon, using: &generator)
    }
  }

  /// Learns from a reward for an arm.
  public mutating func learn(arm: Int, reward: Double) {
    counts[arm] += 1
    estimates[arm] += (reward - estimates[arm]) / Double(counts[arm])
  }
}
