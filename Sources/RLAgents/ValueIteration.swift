public import RLCore

/// Value iteration: the optimal values V* and Q* of a finite model, by repeated Bellman optimality sweeps.
///
/// V(s) ← max_a Σ p(s′, r ∣ s, a) [r + γ V(s′)], in place, until no value
/// changes by more than `tolerance`. Exact ground truth for small environments.
public struct ValueIteration: Sendable {
  /// The settings lessons give value iteration, each with its one default.
  public enum Parameters {
    /// The discount factor γ.
    public static let gamma = Hyperparameter(
      "gamma", .real(0...1), default: 0.99, "discount factor γ")
    /// When to stop.
    public static let tolerance = Hyperparameter(
      "tolerance", .real(1e-15...1), default: 1e-10,
      "stop when no value changes by more than this")
    /// All of them, in the order `rlbook agents` lists them.
    public static let all = [gamma, tolerance]
  }

  /// The discount factor.
  public let gamma: Double
  /// The stopping tolerance.
  public let tolerance: Double
  /// V*, by state (terminal states 0).
  public private(set) var values: [Double]
  /// The number of sweeps made.
  public private(set) var sweeps = 0
  private let model: TabularModel

  /// Solves `model`; stops after `maximumSweeps` if it has not converged (γ = 1 on a task that never ends).
  public init(
    model: TabularModel, gamma: Double = Parameters.gamma.real,
    tolerance: Double = Parameters.tolerance.real,
    maximumSweeps: Int = 100_000
  ) {
    self.model = model
    self.gamma = gamma
    self.tolerance = tolerance
    values = Array(repeating: 0, count: model.stateCount)
    while sweeps < maximumSweeps {
      sweeps += 1
      var largestChange = 0.0
      for state in 0..<model.stateCount where !model.isTerminal[state] {
        var best = -Double.infinity
        for action in 0..<model.actionCount {
          best = max(
            best, model.expectedBackup(state: state, action: action, gamma: gamma, values: values))
        }
        largestChange = max(largestChange, abs(best - values[state]))
        values[state] = best
      }
      if largestChange <= tolerance { break }
    }
  }

  /// Q*(s, ·): each action's expected return when acting optimally afterwards.
  public func actionValues(state: Int) -> [Double] {
    (0..<model.actionCount).map { action in
      model.isTerminal[state]
        ? 0 : model.expectedBackup(state: state, action: action, gamma: gamma, values: values)
    }
  }

  /// Every optimal action in a state (within `tolerance` of the best).
  public func optimalActions(state: Int, tolerance: Double = 1e-9) -> [Int] {
    ActionSelection.maximizers(actionValues(state: state), tolerance: tolerance)
  }

  /// The greedy policy: the first optimal action of each state.
  public var greedyPolicy: [Int] {
    (0..<model.stateCount).map { optimalActions(state: $0).first ?? 0 }
  }
}
