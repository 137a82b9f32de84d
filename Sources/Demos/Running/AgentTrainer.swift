import RLAgents
import RLCore

/// Trains one agent of a plan on its world, for every run the views need.
struct AgentTrainer {
  let plan: DemoPlan
  let world: DemoWorld
  /// The settings of the variant being trained.
  var settings: DemoSettings
  /// Told how training goes after every chunk of episodes.
  var progress: (@Sendable (TrainingProgress) -> Void)?
  /// How many chunks a run is split into (at most), for progress reports; results do not depend on it.
  var chunkCount = 20

  /// Runs needed: all of them for a learning curve, else the first.
  var runCount: Int { plan.views.contains(.learningCurve) ? plan.runs : 1 }

  /// The generator of run `run` (seeds `seed`, `seed + 1`, …), the same for every agent.
  func generator(run: Int) -> SeededGenerator {
    SeededGenerator(seed: UInt64(plan.seed + run))
  }

  /// What the first run records besides learning.
  func options(run: Int) -> TrainingOptions {
    var options = TrainingOptions(frozenAfter: settings.integer("frozen-after"))
    if run == 0, plan.views.contains(.trace) {
      options.traceSteps = plan.traceLength
      options.traceEpisode = (settings.integer("trace-from") ?? 1) - 1
    }
    if settings.text("metric") == "rms-error" {
      options.snapshotEpisodes = Set(1...max(1, plan.episodes))
    }
    return options
  }

  /// Trains a variant for every run; the agent returned is the first run's.
  func train(_ variant: AgentVariant) -> TrainedAgent {
    var trainer = self
    trainer.settings = variant.settings
    var agent = trainer.train(variant.agent)
    agent.label = variant.label
    return agent
  }

  /// Trains `entry` with ``settings`` for every run; the agent returned is the first run's.
  func train(_ entry: AgentEntry) -> TrainedAgent {
    var first: TrainedAgent?
    var logs: [EpisodeLog] = []
    var errors: [[Double]] = []
    for run in 0..<runCount {
      let trained = trainOnce(entry, run: run)
      logs += trained.logs
      errors += trained.errors
      if first == nil { first = trained }
    }
    var agent = first!
    agent.logs = logs
    agent.errors = errors
    return agent
  }

  private func trainOnce(_ entry: AgentEntry, run: Int) -> TrainedAgent {
    switch entry.family {
    case .random: randomAgent(entry, run: run)
    case .exact: exactAgent(entry)
    case .tabular: tabularAgent(entry, run: run)
    case .policyGradient, .deepQ: networkAgent(entry, run: run)
    case .bandit: banditAgent(entry, run: run)
    }
  }

  /// RMS error of each snapshot against the true values, over non-terminal states.
  func rmsErrors(_ record: TrainingRecord, terminal: [Bool]) -> [Double] {
    guard let truth = world.trueValues else { return [] }
    let states = truth.indices.filter { !terminal[$0] }
    return record.snapshots.map { snapshot in
      let sum = states.reduce(0.0) { sum, state in
        let difference = snapshot.values[state] - truth[state]
        return sum + difference * difference
      }
      return (sum / Double(states.count)).squareRoot()
    }
  }

  private func tabularAgent(_ entry: AgentEntry, run: Int) -> TrainedAgent {
    let environment = world.tabular!
    var generator = generator(run: run)
    var agent = TrainedAgent(entry: entry)
    let alpha = settings.real("alpha")
    let initial = settings.real("initial")
    switch entry.name {
    case "td0":
      var learner = TDPrediction(
        model: environment.model, alpha: alpha ?? 0.1, gamma: settings.real("gamma") ?? 1,
        initialValue: initial ?? 0.5)
      let record = driveTabular(entry.name, run: run) { environment, episodes, options, steps in
        learner.train(
          on: environment, episodes: episodes, maximumSteps: steps, options: options,
          using: &generator)
      }
      let final = learner
      (agent.gamma, agent.alpha) = (final.gamma, final.alpha)
      agent.value = { $0.state.map { final.values[$0] } }
      agent.policy = { _ in Self.uniform(environment.actionCount) }
      agent.finish(with: record, errors: rmsErrors(record, terminal: environment.model.isTerminal))
    case "monte-carlo":
      let target =
        settings.text("target").flatMap(MonteCarlo.Target.init)
        ?? (environment.actionCount > 1 ? .control : .prediction)
      var learner = MonteCarlo(
        target: target, environment: environment, alpha: alpha,
        gamma: settings.real("gamma") ?? 1, epsilon: settings.real("epsilon") ?? 0.1,
        initialValue: initial ?? 0)
      let record = driveTabular(entry.name, run: run) { environment, episodes, options, steps in
        learner.train(
          on: environment, episodes: episodes, maximumSteps: steps, options: options,
          using: &generator)
      }
      let final = learner
      (agent.gamma, agent.alpha, agent.epsilon) = (final.gamma, final.alpha, final.epsilon)
      agent.value = { $0.state.map(final.value(state:)) }
      if target == .control {
        agent.actionValues = { $0.state.map(final.actionValues(state:)) }
        agent.policy = { probe in
          probe.state.map {
            ActionSelection.epsilonGreedyProbabilities(
              final.actionValues(state: $0), epsilon: final.epsilon)
          }
        }
      } else {
        agent.policy = { _ in Self.uniform(environment.actionCount) }
      }
      agent.finish(with: record, errors: rmsErrors(record, terminal: environment.model.isTerminal))
    default:
      let method = TDControl.Method(rawValue: entry.name) ?? .qLearning
      var learner = TDControl(
        method: method, environment: environment, alpha: alpha ?? 0.1,
        gamma: settings.real("gamma") ?? 0.99, epsilon: settings.real("epsilon") ?? 0.1,
        initialValue: initial ?? 0)
      let record = driveTabular(entry.name, run: run) { environment, episodes, options, steps in
        learner.train(
          on: environment, episodes: episodes, maximumSteps: steps, options: options,
          using: &generator)
      }
      let final = learner
      (agent.gamma, agent.alpha, agent.epsilon) = (final.gamma, final.alpha, final.epsilon)
      agent.actionValues = { $0.state.map(final.actionValues(state:)) }
      agent.policy = { $0.state.map(final.policy(state:)) }
      agent.value = { $0.state.map { final.actionValues(state: $0).max() ?? 0 } }
      agent.finish(with: record, errors: [])
    }
    if case .tabular = world.body {
      let actions = agent.actionValues
      let policy = agent.policy
      agent.act = { probe, generator in
        if let values = actions(probe) {
          return Double(ActionSelection.argmax(values, using: &generator))
        }
        return policy(probe).map { Double(ActionSelection.argmax($0, using: &generator)) }
      }
    }
    return agent
  }

  /// The uniform distribution over `count` actions.
  static func uniform(_ count: Int) -> [Double] {
    Array(repeating: 1 / Double(count), count: count)
  }
}

extension TrainedAgent {
  /// Stores a run's record: its log, trace and errors.
  mutating func finish(with record: TrainingRecord, errors: [Double]) {
    logs = [record.log]
    self.errors = errors.isEmpty ? [] : [errors]
    trace = record.trace.isEmpty ? nil : .values(record.trace)
  }
}

extension TrainingOptions {
  /// The options for a segment of training that starts at episode `offset`.
  func shifted(by offset: Int) -> TrainingOptions {
    guard offset > 0 else { return self }
    return TrainingOptions(
      frozenAfter: frozenAfter.map { max(0, $0 - offset) },
      traceSteps: traceSteps, traceEpisode: max(0, traceEpisode - offset),
      snapshotEpisodes: Set(snapshotEpisodes.compactMap { $0 > offset ? $0 - offset : nil }))
  }
}
