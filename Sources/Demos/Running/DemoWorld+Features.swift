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
    case .cartpole: 4
    case .pendulum: 3
    case .bandit: 1
    }
  }

  /// The actions.
  var actionSpace: ActionSpace {
    switch body {
    case .tabular(let environment): .discrete(count: environment.actionCount)
    case .cartpole: .discrete(count: 2)
    case .pendulum: .continuous(-Pendulum.maxTorque...Pendulum.maxTorque)
    case .bandit(let arms): .discrete(count: arms)
    }
  }

  /// The number of discrete actions (1 for a continuous torque).
  var actionCount: Int {
    if case .discrete(let count) = actionSpace { return count }
    return 1
  }
}
