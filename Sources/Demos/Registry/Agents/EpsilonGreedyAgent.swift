import RLAgents
import RLCore
import RLEnvironments

extension AgentEntry {
  /// Sample averages with ε-greedy choices, on the bandit.
  static let epsilonGreedy = AgentEntry(
    "epsilon-greedy", "sample-average action values with ε-greedy choices (bandit)",
    family: .bandit, learnsActionValues: true, settings: EpsilonGreedyBandit.Parameters.all,
    adapter: EpsilonGreedyAgent())
}

/// ε-greedy sample averages on a testbed drawn for the run.
struct EpsilonGreedyAgent: AgentAdapter {
  func train(_ run: AgentRun) -> TrainedAgent {
    guard case .bandit(let arms) = run.world.body else {
      return TrainedAgent(entry: run.entry, learned: NothingLearned())
    }
    var generator = run.generator()
    let testbed = BanditTestbed(arms: arms, using: &generator)
    var learner = EpsilonGreedyBandit(
      arms: arms, epsilon: run.real(EpsilonGreedyBandit.Parameters.epsilon))
    var log = EpisodeLog()
    for _ in 0..<(run.plan.maximumSteps ?? run.plan.episodes) {
      let arm = learner.choose(using: &generator)
      let reward = testbed.pull(arm, using: &generator)
      learner.learn(arm: arm, reward: reward)
      log.record(return: reward, length: 1)
    }
    var agent = TrainedAgent(entry: run.entry, learned: LearnedArms(learner: learner))
    agent.logs = [log]
    agent.trueValues = testbed.trueValues
    return agent
  }
}

/// The arms' estimates and the ε-greedy choice among them.
struct LearnedArms: Learned {
  let learner: EpsilonGreedyBandit

  func actionValues(_ probe: Probe) -> [Double]? { learner.estimates }
  func policy(_ probe: Probe) -> [Double]? {
    ActionSelection.epsilonGreedyProbabilities(learner.estimates, epsilon: learner.epsilon)
  }
}
