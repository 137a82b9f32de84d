import RLAgents
import RLCore

extension AgentEntry {
  /// Iterative policy evaluation of the random policy.
  static let policyEvaluation = AgentEntry(
    "policy-evaluation", "V of the equiprobable random policy, from the model", family: .exact,
    learnsActionValues: true, evaluatesRandomPolicy: true,
    settings: PolicyEvaluation.Parameters.all, adapter: PolicyEvaluationAgent())
}

/// Iterative policy evaluation: V and Q of the equiprobable random policy, from the model.
struct PolicyEvaluationAgent: AgentAdapter {
  func train(_ run: AgentRun) -> TrainedAgent {
    let parameters = PolicyEvaluation.Parameters.self
    let gamma = run.real(parameters.gamma)
    let evaluation = PolicyEvaluation(
      model: run.tabular.model, gamma: gamma, tolerance: run.real(parameters.tolerance),
      sweep: run.choice(parameters.sweep))
    return TrainedAgent(
      entry: run.entry,
      learned: LearnedRandomPolicyValues(
        model: run.tabular.model, gamma: gamma, values: evaluation.values))
  }
}

/// V^π of the random policy, Q^π from one backup of it, and π itself.
struct LearnedRandomPolicyValues: Learned {
  let model: TabularModel
  let gamma: Double
  let values: [Double]

  func value(_ probe: Probe) -> Double? { probe.state.map { values[$0] } }
  func actionValues(_ probe: Probe) -> [Double]? {
    probe.state.map { state in
      (0..<model.actionCount).map {
        model.expectedBackup(state: state, action: $0, gamma: gamma, values: values)
      }
    }
  }
  func policy(_ probe: Probe) -> [Double]? { ActionSelection.uniform(model.actionCount) }

  /// The best Q^π: one step of policy improvement.
  func act(_ probe: Probe, using generator: inout SeededGenerator) -> Double? {
    actionValues(probe).map { Double(ActionSelection.argmax($0, using: &generator)) }
  }
}
