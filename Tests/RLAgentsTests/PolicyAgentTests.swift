import Foundation
import NeuralNet
import RLAgents
import RLCore
import RLEnvironments
import Testing

/// A one-step task with a continuous action: reward −(a − 1)², so the best action is 1.
struct ContinuousTarget: FeatureEnvironment {
  var featureCount: Int { 1 }
  var actionSpace: ActionSpace { .continuous(-3...3) }
  mutating func reset(using generator: inout SeededGenerator) -> [Double] { [1] }
  mutating func step(_ action: Int, using generator: inout SeededGenerator) -> FeatureStep {
    step(continuous: Double(action), using: &generator)
  }
  mutating func step(continuous action: Double, using generator: inout SeededGenerator)
    -> FeatureStep
  {
    FeatureStep(
      features: [1], reward: -(action - 1) * (action - 1), terminated: true, truncated: false)
  }
}

@Suite struct PolicyAgentTests {
  /// Follows the most likely action from the start; true if the flag is reached.
  static func reachesTheFlag(_ policy: ([Double]) -> [Double], on environment: TabularEnvironment)
    -> Bool
  {
    var task = OneHotEnvironment(environment)
    var generator = SeededGenerator(seed: 0)
    var features = task.reset(using: &generator)
    for _ in 0..<(environment.timeLimit ?? 100) {
      let probabilities = policy(features)
      let action = probabilities.indices.max { probabilities[$0] < probabilities[$1] }!
      let step = task.step(action, using: &generator)
      if step.terminated { return step.reward >= 1000 }
      features = step.features
    }
    return false
  }

  @Test func tabularReinforceLearnsMario() throws {
    let level = try Mario().environment()
    var generator = SeededGenerator(seed: 0)
    var task = OneHotEnvironment(level)
    var agent = Reinforce(
      featureCount: task.featureCount, actionSpace: task.actionSpace, hidden: [],
      learningRate: 0.05,
      gamma: 0.95, using: &generator)
    let record = agent.train(on: &task, episodes: 1000, using: &generator)
    // The stochastic policy now reaches the flag in most episodes (the flag alone is +1000).
    #expect(record.log.meanReturn(over: 0..<100) < 500)
    #expect(record.log.meanReturn(over: 900..<1000) > 1000)
    let start = OneHotEnvironment(level).features(of: try #require(level.state(named: "start")))
    let atStart = agent.policy(features: start)
    #expect(atStart[2] == atStart.max())  // jump
  }

  @Test func reinforceTraceHasReturnsLogProbabilitiesAndLossShares() throws {
    var generator = SeededGenerator(seed: 1)
    var task = CartPoleTask()
    var agent = Reinforce(
      featureCount: 4, actionSpace: .discrete(count: 2), gamma: 0.9, baseline: .none,
      standardize: false,
      using: &generator)
    let record = agent.train(
      on: &task, episodes: 1, options: TrainingOptions(traceSteps: 1000), using: &generator)
    let trace = record.trace
    #expect(trace.count == record.log.lengths[0])
    #expect(trace.last?.futureReturn == 1)
    for index in trace.indices.dropLast() {
      let expected = trace[index].reward + 0.9 * trace[index + 1].futureReturn!
      #expect(abs(trace[index].futureReturn! - expected) < 1e-12)
    }
    for step in trace {
      #expect(step.weight == step.futureReturn)
      #expect(abs(step.loss - -step.weight * step.logProbability) < 1e-12)
      #expect(abs(step.policy.reduce(0, +) - 1) < 1e-12)
      #expect(abs(step.logProbability - log(step.policy[Int(step.action)])) < 1e-9)
    }
  }

  @Test func gaussianReinforceMovesTheMeanToTheBestAction() {
    var generator = SeededGenerator(seed: 2)
    var task = ContinuousTarget()
    var agent = Reinforce(
      featureCount: 1, actionSpace: .continuous(-3...3), hidden: [8], learningRate: 0.01, gamma: 1,
      baseline: .value, standardize: false, using: &generator)
    let before = agent.policy(features: [1])
    _ = agent.train(on: &task, episodes: 3000, using: &generator)
    let after = agent.policy(features: [1])
    #expect(abs(before[0] - 1) > 0.5)
    #expect(abs(after[0] - 1) < 0.2)
    #expect(after[1] > 0)
  }

  @Test func actorCriticTraceFollowsTheFiveSteps() {
    var generator = SeededGenerator(seed: 3)
    var task = CartPoleTask()
    var agent = ActorCritic(
      featureCount: 4, actionSpace: .discrete(count: 2), gamma: 0.99, using: &generator)
    let record = agent.train(
      on: &task, episodes: 1, options: TrainingOptions(traceSteps: 5), using: &generator)
    #expect(record.trace.count == 5)
    for step in record.trace {
      let delta = step.reward + 0.99 * step.nextValue! - step.value!
      #expect(abs(step.tdError! - delta) < 1e-12)
      #expect(step.weight == step.tdError)
      #expect(abs(step.loss - -step.tdError! * step.logProbability) < 1e-12)
    }
  }

  @Test func tabularActorCriticLearnsMarioWithPlainStepSizes() throws {
    let level = try Mario().environment()
    var generator = SeededGenerator(seed: 4)
    var task = OneHotEnvironment(level)
    var agent = ActorCritic(
      featureCount: task.featureCount, actionSpace: task.actionSpace, hidden: [], learningRate: 0.1,
      criticLearningRate: 0.2, gamma: 0.95, optimizer: .sgd, using: &generator)
    _ = agent.train(on: &task, episodes: 1500, using: &generator)
    #expect(Self.reachesTheFlag({ agent.policy(features: $0) }, on: level))
  }

  /// A fresh network agent, seed 6, trained on CartPole within `budget` steps.
  private static func cartPoleLog(agent: String, budget: Int) -> EpisodeLog {
    var generator = SeededGenerator(seed: 6)
    var task = CartPoleTask()
    let actions = ActionSpace.discrete(count: 2)
    switch agent {
    case "reinforce":
      var agent = Reinforce(featureCount: 4, actionSpace: actions, using: &generator)
      return agent.train(on: &task, episodes: 1000, maximumSteps: budget, using: &generator).log
    case "actor-critic":
      var agent = ActorCritic(featureCount: 4, actionSpace: actions, using: &generator)
      return agent.train(on: &task, episodes: 1000, maximumSteps: budget, using: &generator).log
    default:
      var agent = DQN(featureCount: 4, actionCount: 2, using: &generator)
      return agent.train(on: &task, episodes: 1000, maximumSteps: budget, using: &generator).log
    }
  }

  @Test(arguments: ["reinforce", "actor-critic", "dqn"])
  func stepBudgetsCutTrainingWithoutLoggingHalfEpisodes(agent: String) {
    let run = { Self.cartPoleLog(agent: agent, budget: $0) }
    let full = run(1000)
    // A budget that ends inside an episode: the first whose end lies past 100 steps.
    var ends = 0
    var whole = 0
    while ends + full.lengths[whole] <= 100 {
      ends += full.lengths[whole]
      whole += 1
    }
    let cut = run(ends + full.lengths[whole] - 1)
    // The cut episode is not logged; the ones before it are, exactly as without a budget.
    #expect(cut.count == whole)
    #expect(cut.lengths == Array(full.lengths.prefix(whole)))
    #expect(cut.totalSteps == ends)
  }

  @Test func dqnLearnsAShortPath() throws {
    let lake = try FrozenLake.make(isSlippery: false)
    var generator = SeededGenerator(seed: 5)
    var task = OneHotEnvironment(lake)
    var settings = DQN.Settings()
    settings.hidden = [16]
    settings.explorationSteps = 2000
    settings.warmup = 200
    settings.batchSize = 16
    settings.targetEvery = 100
    settings.gamma = 0.9
    var agent = DQN(featureCount: 16, actionCount: 4, settings: settings, using: &generator)
    _ = agent.train(on: &task, episodes: 10_000, maximumSteps: 6000, using: &generator)
    // Greedy from the start: six steps to the goal.
    var features = task.reset(using: &generator)
    var steps = 0
    while steps < 20 {
      let values = agent.actionValues(features: features)
      let step = task.step(values.indices.max { values[$0] < values[$1] }!, using: &generator)
      steps += 1
      if step.terminated {
        #expect(step.reward == 1)
        break
      }
      features = step.features
    }
    #expect(steps == 6)
    #expect(agent.epsilon(afterSteps: 0) == 1)
    #expect(abs(agent.epsilon(afterSteps: 1000) - 0.51) < 1e-12)
    #expect(abs(agent.epsilon(afterSteps: 1_000_000) - 0.02) < 1e-12)
  }
}
