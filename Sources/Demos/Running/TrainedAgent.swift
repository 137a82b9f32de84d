import RLCore

/// An agent after training, seen through what the views ask of it.
///
/// Each question takes a ``Probe`` (a state index or a feature vector) and
/// returns `nil` when the agent cannot answer it (a policy learner has no Q).
struct TrainedAgent {
  /// What a training run recorded step by step.
  enum Trace {
    /// TD and Monte Carlo updates.
    case values([TraceStep])
    /// REINFORCE and actor-critic steps.
    case policy([PolicyTraceStep])
  }

  /// The registry entry.
  let entry: AgentEntry
  /// How tables and legends name it (the agent, and a swept value if any).
  var label: String
  /// Q(s,·), if the agent learns action values.
  var actionValues: (Probe) -> [Double]? = { _ in nil }
  /// π(·∣s) for discrete actions, `[mean, standard deviation]` for continuous ones.
  var policy: (Probe) -> [Double]? = { _ in nil }
  /// V(s), if the agent has one.
  var value: (Probe) -> Double? = { _ in nil }
  /// Returns and lengths per episode, one log per run.
  var logs: [EpisodeLog] = []
  /// RMS error against the true values after each episode, one list per run.
  var errors: [[Double]] = []
  /// The first run's trace.
  var trace: Trace?
  /// The true action values, when the environment knows them (the bandit's q*).
  var trueValues: [Double]?
  /// The discount γ, step size α and exploration ε the agent trained with, where it
  /// has them (α is nil for Monte Carlo's running averages).
  var gamma: Double?
  var alpha: Double?
  var epsilon: Double?
  /// The action a greedy rollout takes: a discrete index or a continuous value.
  var act: (Probe, inout SeededGenerator) -> Double? = { _, _ in nil }

  init(entry: AgentEntry) {
    self.entry = entry
    label = entry.name
  }

  /// The greedy actions: the maximizers of Q, else of π.
  func greedyActions(_ probe: Probe) -> [Int] {
    if let values = actionValues(probe), !values.isEmpty {
      return ActionSelection.maximizers(values, tolerance: 1e-9)
    }
    if let probabilities = policy(probe), !probabilities.isEmpty {
      return ActionSelection.maximizers(probabilities, tolerance: 1e-9)
    }
    return []
  }
}
