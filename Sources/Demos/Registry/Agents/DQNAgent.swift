import RLAgents
import RLCore

extension AgentEntry {
  /// Deep Q-learning.
  static let dqn = AgentEntry(
    "dqn", "deep Q-network: replay buffer, target network, Double DQN", family: .deepQ,
    learnsActionValues: true, settings: DQN.Parameters.all, adapter: DQNAgent())
}

/// DQN: Q from a network trained on minibatches from a replay buffer, toward a target network.
struct DQNAgent: AgentAdapter {
  func train(_ run: AgentRun) -> TrainedAgent {
    var generator = run.generator()
    var learner = DQN(
      featureCount: run.world.featureCount, actionCount: run.world.actionCount,
      settings: DQN.Parameters.settings(run.value), using: &generator)
    let records = run.train(&learner, using: &generator)
    var agent = TrainedAgent(
      entry: run.entry,
      learned: LearnedNetworkQ(learner: learner, features: run.world.features))
    agent.gamma = learner.settings.gamma
    agent.logs = [
      records.reduce(into: EpisodeLog()) { log, record in
        log.returns += record.log.returns
        log.lengths += record.log.lengths
      }
    ]
    return agent
  }
}

/// A Q-network's values, V = max Q, and its final ε-greedy policy.
struct LearnedNetworkQ: Learned {
  let learner: DQN
  let features: @Sendable (Probe) -> [Double]?

  func actionValues(_ probe: Probe) -> [Double]? {
    features(probe).map(learner.actionValues(features:))
  }
  func value(_ probe: Probe) -> Double? { actionValues(probe)?.max() }
  func policy(_ probe: Probe) -> [Double]? {
    actionValues(probe).map {
      ActionSelection.epsilonGreedyProbabilities($0, epsilon: learner.settings.finalEpsilon)
    }
  }
}
