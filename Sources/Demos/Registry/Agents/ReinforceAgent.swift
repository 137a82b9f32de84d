import RLAgents
import RLCore

extension AgentEntry {
  /// REINFORCE with a learned baseline.
  static let reinforce = AgentEntry(
    "reinforce", "REINFORCE: a softmax (or Gaussian) policy learned from whole returns",
    family: .policyGradient, learnsPolicy: true, traces: true,
    settings: ReinforceAgent.listed(Reinforce.Parameters.all), adapter: ReinforceAgent())
}

/// REINFORCE: after each episode, every action's log-probability moves with the return that followed.
struct ReinforceAgent: PolicyNetworkAgent {
  var update: UpdateRule? { .reinforce }

  func train(_ run: AgentRun) -> TrainedAgent {
    let parameters = Reinforce.Parameters.self
    var generator = run.generator()
    var learner = Reinforce(
      featureCount: run.world.featureCount, actionSpace: run.world.actionSpace,
      hidden: run.integers(parameters.hidden), learningRate: run.real(parameters.lr),
      gamma: run.real(parameters.gamma), baseline: run.choice(parameters.baseline),
      standardize: run.flag(parameters.standardize),
      optimizer: run.choice(NetworkParameters.optimizer), using: &generator)
    let records = run.train(&learner, using: &generator)
    let final = learner
    return trainedAgent(
      run, records: records, gamma: final.gamma, distribution: final.policy(features:),
      critic: final.value(features:))
  }
}
