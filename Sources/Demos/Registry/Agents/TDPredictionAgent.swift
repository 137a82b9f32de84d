import RLAgents
import RLCore

extension AgentEntry {
  /// TD(0) prediction of V under the random policy.
  static let td0 = AgentEntry(
    "td0", "TD(0) prediction: V of the random policy, one step at a time", family: .tabular,
    traces: true, evaluatesRandomPolicy: true, settings: TDPrediction.Parameters.all,
    adapter: TDPredictionAgent())
}

/// TD(0): V of the random policy, moved toward r + γV(s′) after every step.
struct TDPredictionAgent: AgentAdapter {
  var update: UpdateRule? { .stateValueTD }

  func train(_ run: AgentRun) -> TrainedAgent {
    let parameters = TDPrediction.Parameters.self
    let environment = run.tabular
    var learner = TDPrediction(
      model: environment.model, alpha: run.real(parameters.alpha),
      gamma: run.real(parameters.gamma), initialValue: run.real(parameters.initial))
    var generator = run.generator()
    let record = run.train(&learner, using: &generator)
    var agent = TrainedAgent(
      entry: run.entry,
      learned: LearnedStateValues(
        values: learner.values, actionCount: environment.actionCount))
    (agent.gamma, agent.alpha) = (learner.gamma, learner.alpha)
    agent.finish(with: record, errors: run.rmsErrors(record))
    return agent
  }
}

/// V of the random policy, and the random policy itself.
struct LearnedStateValues: Learned {
  /// V by state.
  let values: [Double]
  /// The number of actions, over which π is uniform.
  let actionCount: Int

  func value(_ probe: Probe) -> Double? { probe.state.map { values[$0] } }
  func policy(_ probe: Probe) -> [Double]? { ActionSelection.uniform(actionCount) }
}
