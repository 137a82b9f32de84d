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
      options.traceEpisode = settings.integer(CommonSettings.traceFrom) - 1
    }
    if settings.choice(CommonSettings.metric) == CommonSettings.Metric.rmsError {
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
    agent.sweep = variant.sweep
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
    entry.adapter.train(AgentRun(trainer: self, entry: entry, run: run))
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
