import NeuralNet
import RLAgents
import RLCore
import RLEnvironments

extension AgentTrainer {
  /// The features a network agent sees in a probe's state.
  func features(_ probe: Probe) -> [Double]? {
    switch probe.kind {
    case .features(let features): return features
    case .state(let state):
      guard let environment = world.tabular else { return nil }
      return OneHotEnvironment(environment).features(of: state)
    }
  }

  /// The number of features network agents see.
  var featureCount: Int {
    switch world.body {
    case .tabular(let environment): environment.observationCount
    case .cartpole: 4
    case .pendulum: 3
    case .bandit: 1
    }
  }

  var actionSpace: ActionSpace {
    switch world.body {
    case .tabular(let environment): .discrete(count: environment.actionCount)
    case .cartpole: .discrete(count: 2)
    case .pendulum: .continuous(-Pendulum.maxTorque...Pendulum.maxTorque)
    case .bandit(let arms): .discrete(count: arms)
    }
  }

  /// REINFORCE, actor-critic or DQN.
  func networkAgent(_ entry: AgentEntry, run: Int) -> TrainedAgent {
    var generator = generator(run: run)
    var agent = TrainedAgent(entry: entry)
    let hidden = settings.integers("hidden") ?? (world.tabular != nil ? [] : defaultHidden(entry))
    let gamma = settings.real("gamma") ?? 0.99
    agent.gamma = gamma
    let space = actionSpace
    let optimizer = settings.text("optimizer").flatMap(Optimizer.Method.init) ?? .adam
    let toFeatures = features
    switch entry.name {
    case "reinforce":
      var learner = Reinforce(
        featureCount: featureCount, actionSpace: space, hidden: hidden,
        learningRate: settings.real("lr") ?? 0.01, gamma: gamma,
        baseline: settings.text("baseline").flatMap(Reinforce.Baseline.init) ?? .value,
        standardize: settings.flag("standardize") ?? true, optimizer: optimizer,
        using: &generator)
      let records = drive(entry.name, run: run) { chunk, options, steps in
        var environment = chunk.featureEnvironment(of: world)
        return learner.train(
          on: &environment, episodes: chunk.episodes.count, maximumSteps: steps, options: options,
          using: &generator)
      }
      let final = learner
      agent.policy = { toFeatures($0).map(final.policy(features:)) }
      agent.value = { toFeatures($0).flatMap(final.value(features:)) }
      agent.finish(with: records)
    case "actor-critic":
      var learner = ActorCritic(
        featureCount: featureCount, actionSpace: space, hidden: hidden,
        learningRate: settings.real("lr") ?? 0.003,
        criticLearningRate: settings.real("critic-lr") ?? 0.01, gamma: gamma,
        optimizer: optimizer, using: &generator)
      let records = drive(entry.name, run: run) { chunk, options, steps in
        var environment = chunk.featureEnvironment(of: world)
        return learner.train(
          on: &environment, episodes: chunk.episodes.count, maximumSteps: steps, options: options,
          using: &generator)
      }
      let final = learner
      agent.policy = { toFeatures($0).map(final.policy(features:)) }
      agent.value = { toFeatures($0).map(final.value(features:)) }
      agent.finish(with: records)
    default:
      var learner = DQN(
        featureCount: featureCount, actionCount: space == .discrete(count: 2) ? 2 : actionCount,
        settings: dqnSettings(hidden: settings.integers("hidden")), using: &generator)
      let records = drive(entry.name, run: run) { chunk, options, steps in
        var environment = chunk.featureEnvironment(of: world)
        return learner.train(
          on: &environment, episodes: chunk.episodes.count, maximumSteps: steps, options: options,
          using: &generator)
      }
      let final = learner
      let epsilon = final.settings.finalEpsilon
      agent.actionValues = { toFeatures($0).map(final.actionValues(features:)) }
      agent.value = { toFeatures($0).flatMap { final.actionValues(features: $0).max() } }
      agent.policy = { probe in
        toFeatures(probe).map {
          ActionSelection.epsilonGreedyProbabilities(
            final.actionValues(features: $0), epsilon: epsilon)
        }
      }
      agent.logs = [
        records.reduce(into: EpisodeLog()) { log, record in
          log.returns += record.log.returns
          log.lengths += record.log.lengths
        }
      ]
    }
    let policy = agent.policy
    let actions = agent.actionValues
    let isContinuous = if case .continuous = space { true } else { false }
    agent.act = { probe, generator in
      if let values = actions(probe) {
        return Double(ActionSelection.argmax(values, using: &generator))
      }
      guard let distribution = policy(probe) else { return nil }
      return isContinuous
        ? distribution[0] : Double(ActionSelection.argmax(distribution, using: &generator))
    }
    return agent
  }

  private var actionCount: Int {
    if case .discrete(let count) = actionSpace { return count }
    return 1
  }

  private func defaultHidden(_ entry: AgentEntry) -> [Int] {
    entry.name == "dqn" ? DQN.Settings().hidden : [32]
  }

  private func dqnSettings(hidden: [Int]?) -> DQN.Settings {
    var dqn = DQN.Settings()
    if let hidden { dqn.hidden = hidden }
    if let lr = settings.real("lr") { dqn.learningRate = lr }
    if let gamma = settings.real("gamma") { dqn.gamma = gamma }
    if let epsilon = settings.real("epsilon") { dqn.finalEpsilon = epsilon }
    if let steps = settings.integer("exploration") { dqn.explorationSteps = steps }
    if let buffer = settings.integer("buffer") { dqn.bufferCapacity = buffer }
    if let batch = settings.integer("batch") { dqn.batchSize = batch }
    if let warmup = settings.integer("warmup") { dqn.warmup = warmup }
    if let every = settings.integer("train-every") { dqn.trainEvery = every }
    if let every = settings.integer("target-every") { dqn.targetEvery = every }
    if let double = settings.flag("double") { dqn.isDouble = double }
    return dqn
  }
}

extension TrainedAgent {
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
