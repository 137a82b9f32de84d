import Lessons
import RLCore

/// What a trained agent can be asked, state by state: `nil` where it cannot answer
/// (a policy learner has no Q).
protocol Learned: Sendable {
  /// Q(s,·), if the agent learns action values.
  func actionValues(_ probe: Probe) -> [Double]?
  /// π(·∣s) for discrete actions, `[mean, standard deviation]` for continuous ones.
  func policy(_ probe: Probe) -> [Double]?
  /// V(s), if the agent has one.
  func value(_ probe: Probe) -> Double?
  /// The action a greedy rollout takes: a discrete index or a continuous value.
  func act(_ probe: Probe, using generator: inout SeededGenerator) -> Double?
}

extension Learned {
  func actionValues(_ probe: Probe) -> [Double]? { nil }
  func policy(_ probe: Probe) -> [Double]? { nil }
  func value(_ probe: Probe) -> Double? { nil }

  /// The greedy action: the best Q, else the likeliest action, ties broken at random.
  func act(_ probe: Probe, using generator: inout SeededGenerator) -> Double? {
    guard let choices = actionValues(probe) ?? policy(probe) else { return nil }
    return Double(ActionSelection.argmax(choices, using: &generator))
  }
}

/// An agent that learned nothing it can be asked about.
struct NothingLearned: Learned {}

/// An agent after training: what it learned, and what training recorded.
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
  /// The swept setting and value it was trained with, in a sweep.
  var sweep: DemoValues.Sweep?
  /// What it learned.
  var learned: any Learned
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

  init(entry: AgentEntry, learned: any Learned) {
    self.entry = entry
    self.learned = learned
    label = entry.name
  }

  /// Q(s,·), if the agent learns action values.
  func actionValues(_ probe: Probe) -> [Double]? { learned.actionValues(probe) }
  /// π(·∣s), or `[mean, standard deviation]` for continuous actions.
  func policy(_ probe: Probe) -> [Double]? { learned.policy(probe) }
  /// V(s), if the agent has one.
  func value(_ probe: Probe) -> Double? { learned.value(probe) }
  /// The action a greedy rollout takes.
  func act(_ probe: Probe, using generator: inout SeededGenerator) -> Double? {
    learned.act(probe, using: &generator)
  }

  /// The greedy actions: the maximizers of Q, else of π.
  func greedyActions(_ probe: Probe) -> [Int] {
    if let values = actionValues(probe), !values.isEmpty {
      return ActionSelection.maximizers(values, tolerance: ActionSelection.tieTolerance)
    }
    if let probabilities = policy(probe), !probabilities.isEmpty {
      return ActionSelection.maximizers(probabilities, tolerance: ActionSelection.tieTolerance)
    }
    return []
  }
}

extension TrainedAgent {
  /// Stores a run's record: its log, trace and errors.
  mutating func finish(with record: TrainingRecord, errors: [Double] = []) {
    logs = [record.log]
    self.errors = errors.isEmpty ? [] : [errors]
    trace = record.trace.isEmpty ? nil : .values(record.trace)
  }

  /// Stores the records of a policy learner's segments: its log and trace.
  mutating func finish(with records: [PolicyTrainingRecord]) {
    var log = EpisodeLog()
    var steps: [PolicyTraceStep] = []
    for record in records {
      log.returns += record.log.returns
      log.lengths += record.log.lengths
      steps += record.trace
    }
    logs = [log]
    trace = steps.isEmpty ? nil : .policy(steps)
  }
}
