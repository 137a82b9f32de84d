import RLCore
import RLEnvironments

extension DemoWorld {
  /// The features a network agent sees in a probe's state.
  @Sendable func features(_ probe: Probe) -> [Double]? {
    switch probe.kind {
    case .features(let features): return features
    case .state(let state):
      guard let tabular else { return nil }
      return OneHotEnvironment(tabular).features(of: state)
    }
  }

  /// The number of features network agents see.
  var featureCount: Int {
    switch body {
    case .tabular(let environment): environment.observationCount
    case .control(let task): task.featureNames.count
    case .bandit: 1
    }
  }

  /// The actions.
  var actionSpace: ActionSpace {
    switch body {
    case .tabular(let environment): .discrete(count: environment.actionCount)
    case .control(let task): task.actionSpace
    case .bandit(let arms): .discrete(count: arms)
    }
  }

  /// The number of discrete actions (1 for a continuous torque).
  var actionCount: Int {
    if case .discrete(let count) = actionSpace { return count }
    return 1
  }
}

extension DemoWorld {
  /// How traces and rollouts name an action (`left`, `torque 1.20`).
  func actionLabel(_ action: Double) -> String {
    if case .control(let task) = body { return task.actionLabel(action) }
    let index = Int(action)
    return actionNames.indices.contains(index) ? actionNames[index] : "?"
  }
}
