public import RLCore

/// Iterative policy evaluation of the equiprobable random policy (Sutton & Barto §4.1).
///
/// V(s) ← Σ_a π(a∣s) Σ p(s′, r ∣ s, a) [r + γ V(s′)] with π(a∣s) = 1/|A|,
/// sweeping every state until no value changes by more than `tolerance`.
/// Synchronous sweeps use the old values throughout a sweep ("two arrays");
/// in-place sweeps use each new value as soon as it is computed, in state order.
public struct PolicyEvaluation: Sendable {
  /// The settings lessons give policy evaluation, each with its one default.
  public enum Parameters {
    /// The discount factor γ.
    public static let gamma = Hyperparameter("gamma", .real(0...1), default: 1, "discount factor γ")
    /// When to stop.
    public static let tolerance = Hyperparameter(
      "tolerance", .real(1e-15...1), default: 1e-4,
      "stop when no value changes by more than this")
    /// How a sweep updates.
    public static let sweep = Hyperparameter(
      "sweep", .choice(Sweep.allCases.map(\.rawValue)), default: .text(Sweep.synchronous.rawValue),
      "how each sweep updates")
    /// All of them, in the order `rlbook agents` lists them.
    public static let all = [gamma, tolerance, sweep]
  }

  /// How a sweep updates the values.
  public enum Sweep: String, Sendable, CaseIterable {
    /// Every state from the previous sweep's values.
    case synchronous
    /// Each state from the newest values, in state order.
    case inPlace = "in-place"
  }

  /// v_π by state after the last sweep.
  public private(set) var values: [Double]
  /// The values after each sweep, from sweep 1 (index 0) on.
  public private(set) var history: [[Double]] = []
  /// The number of sweeps made.
  public var sweeps: Int { history.count }

  /// Evaluates the random policy on `model`.
  public init(
    model: TabularModel, gamma: Double = Parameters.gamma.real,
    tolerance: Double = Parameters.tolerance.real, sweep: Sweep = Parameters.sweep.choice(),
    maximumSweeps: Int = 100_000
  ) {
    values = Array(repeating: 0, count: model.stateCount)
    let share = 1 / Double(model.actionCount)
    while history.count < maximumSweeps {
      let old = values
      var largestChange = 0.0
      for state in 0..<model.stateCount where !model.isTerminal[state] {
        var total = 0.0
        for action in 0..<model.actionCount {
          let backup =
            sweep == .synchronous
            ? model.expectedBackup(state: state, action: action, gamma: gamma, values: old)
            : model.expectedBackup(state: state, action: action, gamma: gamma, values: values)
          total += share * backup
        }
        largestChange = max(largestChange, abs(total - old[state]))
        values[state] = total
      }
      history.append(values)
      if largestChange < tolerance { break }
    }
  }
}
