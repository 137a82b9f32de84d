import RLAgents
import RLCore

extension AgentEntry {
  /// One-step actor-critic.
  static let actorCritic = AgentEntry(
    "actor-critic", "one-step actor-critic: the critic's TD error trains the actor",
    family: .policyGradient, learnsPolicy: true, traces: true,
    settings: ActorCriticAgent.listed(ActorCritic.Parameters.all), adapter: ActorCriticAgent())
}

/// One-step actor-critic: after every step the critic's TD error moves the actor.
struct ActorCriticAgent: PolicyNetworkAgent {
  var update: UpdateRule? { .actorCritic }

  func train(_ run: AgentRun) -> TrainedAgent {
    let parameters = ActorCritic.Parameters.self
    var generator = run.generator()
    var learner = ActorCritic(
      featureCount: run.world.featureCount, actionSpace: run.world.actionSpace,
      hidden: run.integers(parameters.hidden), learningRate: run.real(parameters.lr),
      criticLearningRate: run.real(parameters.criticLR), gamma: run.real(parameters.gamma),
      optimizer: run.choice(NetworkParameters.optimizer), using: &generator)
    let records = run.train(&learner, using: &generator)
    let final = learner
    return trainedAgent(
      run, records: records, gamma: final.gamma, distribution: final.policy(features:),
      critic: { final.value(features: $0) })
  }
}
