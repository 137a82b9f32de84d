import RLAgents
import RLCore

extension AgentEntry {
  /// Off-policy TD control.
  static let qLearning = AgentEntry(
    "q-learning", "off-policy TD control: bootstraps from maxₐ′ Q(s′,a′)", family: .tabular,
    learnsActionValues: true, traces: true, settings: TDControl.Parameters.all,
    adapter: TDControlAgent(
      method: .qLearning,
      update: .temporalDifference(
        estimate: "Q(s,a)", target: "max Q(s′,·)", column: "max Q(s′,·)",
        note: "δ = r + γ·maxₐ′ Q(s′,a′) − Q(s,a); Q(s,a) moves by α·δ.")))

  /// On-policy TD control.
  static let sarsa = AgentEntry(
    "sarsa", "on-policy TD control: bootstraps from the next action taken", family: .tabular,
    learnsActionValues: true, traces: true, settings: TDControl.Parameters.all,
    adapter: TDControlAgent(
      method: .sarsa,
      update: .temporalDifference(
        estimate: "Q(s,a)", target: "Q(s′,a′)", column: "Q(s′,a′)",
        note: "δ = r + γQ(s′,a′) − Q(s,a), a′ the next action taken.")))

  /// TD control toward the expected next value.
  static let expectedSarsa = AgentEntry(
    "expected-sarsa", "TD control that bootstraps from the expected Q(s′,·)", family: .tabular,
    learnsActionValues: true, traces: true, settings: TDControl.Parameters.all,
    adapter: TDControlAgent(
      method: .expectedSARSA,
      update: .temporalDifference(
        estimate: "Q(s,a)", target: "Σ π(a′∣s′)Q(s′,a′)", column: "E Q(s′,·)",
        note: "δ = r + γ·Σ π(a′∣s′)Q(s′,a′) − Q(s,a).")))
}

/// Q-learning, SARSA and Expected SARSA: one table of Q, three targets.
struct TDControlAgent: AgentAdapter {
  /// Which target the update bootstraps from.
  let method: TDControl.Method
  let update: UpdateRule?

  func train(_ run: AgentRun) -> TrainedAgent {
    let parameters = TDControl.Parameters.self
    var learner = TDControl(
      method: method, environment: run.tabular, alpha: run.real(parameters.alpha),
      gamma: run.real(parameters.gamma), epsilon: run.real(parameters.epsilon),
      initialValue: run.real(parameters.initial))
    var generator = run.generator()
    let record = run.train(&learner, using: &generator)
    var agent = TrainedAgent(entry: run.entry, learned: LearnedTDControl(learner: learner))
    (agent.gamma, agent.alpha, agent.epsilon) = (learner.gamma, learner.alpha, learner.epsilon)
    agent.finish(with: record)
    return agent
  }
}

/// A TD control learner's table: Q, its ε-greedy π, and V = max Q.
struct LearnedTDControl: Learned {
  let learner: TDControl

  func actionValues(_ probe: Probe) -> [Double]? { probe.state.map(learner.actionValues(state:)) }
  func policy(_ probe: Probe) -> [Double]? { probe.state.map(learner.policy(state:)) }
  func value(_ probe: Probe) -> Double? {
    probe.state.map { learner.actionValues(state: $0).max() ?? 0 }
  }
}
