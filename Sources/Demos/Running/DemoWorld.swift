import RLCore
import RLEnvironments

/// The environment a demo runs on, built from its entry and settings.
struct DemoWorld: Sendable {
  /// What kind of environment it is.
  enum Body: Sendable {
    /// Finitely many states with a model.
    case tabular(TabularEnvironment)
    /// Continuous states (CartPole-v1, Pendulum-v1), described by their task.
    case control(any ControlTask)
    /// A k-armed testbed.
    case bandit(arms: Int)
  }

  /// The registry entry.
  let entry: EnvironmentEntry
  /// The environment.
  let body: Body
  /// Levels that replace each other during training (mario's `levels`), if any.
  let schedule: MarioSchedule?
  /// The map, if the environment has one.
  var map: StateMap?
  /// The true state values, if known (the random walk).
  let trueValues: [Double]?
  /// How a state is named in tables, when the environment has better names than numbers.
  var stateLabel: (@Sendable (Int) -> String)? = nil
  /// What the agent sees of a state, when it sees only part of it (mario's `[.M.]`).
  var observationLabel: (@Sendable (Int) -> String)? = nil

  /// The tabular environment, if it is one.
  var tabular: TabularEnvironment? {
    if case .tabular(let environment) = body { return environment }
    return nil
  }

  /// The action names.
  var actionNames: [String] {
    switch body {
    case .tabular(let environment): environment.actionNames
    case .control(let task): task.actionNames
    case .bandit(let arms): BanditTestbed(trueValues: Array(repeating: 0, count: arms)).actionNames
    }
  }

  /// The environments played during `episodes` episodes of training, with their episode ranges.
  func segments(episodes: Int) -> [(episodes: Range<Int>, environment: TabularEnvironment)] {
    if let schedule { return schedule.segments(episodes: episodes) }
    guard let tabular else { return [] }
    return [(0..<episodes, tabular)]
  }
}
