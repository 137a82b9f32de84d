import RLAgents
import RLCore
import RLEnvironments

/// One run of one agent: what its adapter trains with.
///
/// Settings are read through ``value(_:)``, the same resolution the provenance
/// line and the cache key use, so an agent trains with exactly what they show.
struct AgentRun {
  /// The trainer: plan, world, progress and chunks.
  let trainer: AgentTrainer
  /// The agent's registration.
  let entry: AgentEntry
  /// The run's index (seeds `seed + run`).
  let run: Int

  /// The world trained on.
  var world: DemoWorld { trainer.world }
  /// The plan trained for.
  var plan: DemoPlan { trainer.plan }

  /// A fresh generator for the run, the same for every agent.
  func generator() -> SeededGenerator { trainer.generator(run: run) }

  /// The value in effect for `parameter`: the block's, the world's, else the declared default.
  func value(_ parameter: Hyperparameter) -> SettingValue? {
    entry.value(of: parameter, settings: trainer.settings, world: world)
  }

  /// The real number in effect for `parameter`.
  func real(_ parameter: Hyperparameter) -> Double { value(parameter)?.real ?? parameter.real }
  /// The whole number in effect for `parameter`.
  func integer(_ parameter: Hyperparameter) -> Int {
    value(parameter)?.integer ?? parameter.integer
  }
  /// The flag in effect for `parameter`.
  func flag(_ parameter: Hyperparameter) -> Bool { value(parameter)?.flag ?? parameter.flag }
  /// The whole numbers in effect for `parameter`.
  func integers(_ parameter: Hyperparameter) -> [Int] {
    if case .integers(let values) = value(parameter) { return values }
    return parameter.integers
  }
  /// The choice in effect for `parameter`.
  func choice<Choice: RawRepresentable>(_ parameter: Hyperparameter) -> Choice
  where Choice.RawValue == String {
    value(parameter)?.text.flatMap(Choice.init(rawValue:)) ?? parameter.choice()
  }

  /// The tabular environment (tabular and exact agents run only on these).
  var tabular: TabularEnvironment { world.tabular! }

  /// Trains a table learner chunk by chunk, merged into one record.
  func train<Learner: TabularLearner>(
    _ learner: inout Learner, using generator: inout SeededGenerator
  ) -> TrainingRecord {
    trainer.driveTabular(entry.name, run: run) { environment, episodes, options, steps in
      learner.train(
        on: environment, episodes: episodes, maximumSteps: steps, options: options,
        using: &generator)
    }
  }

  /// Trains a feature learner chunk by chunk, one record per chunk.
  func train<Learner: FeatureLearner>(
    _ learner: inout Learner, using generator: inout SeededGenerator
  ) -> [Learner.Record] where Learner.Record: LoggedRecord {
    let world = world
    return trainer.drive(entry.name, run: run) { chunk, options, steps in
      var environment = chunk.featureEnvironment(of: world)
      return learner.train(
        on: &environment, episodes: chunk.episodes.count, maximumSteps: steps, options: options,
        stop: { _ in false }, using: &generator)
    }
  }

  /// Runs `body` chunk by chunk on feature environments: it gets the environment,
  /// the chunk's episodes, its options and the steps left.
  func drive<Record: LoggedRecord>(
    _ body: (inout any FeatureEnvironment, Int, TrainingOptions, Int) -> Record
  ) -> [Record] {
    let world = world
    return trainer.drive(entry.name, run: run) { chunk, options, steps in
      var environment = chunk.featureEnvironment(of: world)
      return body(&environment, chunk.episodes.count, options, steps)
    }
  }

  /// RMS error of each snapshot against the true values.
  func rmsErrors(_ record: TrainingRecord) -> [Double] {
    trainer.rmsErrors(record, terminal: tabular.model.isTerminal)
  }
}
