import RLAgents
import RLCore

/// What REINFORCE and actor-critic share: a policy network over the world's features,
/// with no hidden layer on a tabular world (a softmax table).
protocol PolicyNetworkAgent: AgentAdapter {}

extension PolicyNetworkAgent {
  func derivedDefault(of parameter: Hyperparameter, on world: DemoWorld) -> SettingValue? {
    parameter.name == "hidden" && world.tabular != nil ? .integers([]) : nil
  }

  /// The agent a run trained: its policy network (and critic) and its records.
  func trainedAgent(
    _ run: AgentRun, records: [PolicyTrainingRecord], gamma: Double,
    distribution: @escaping @Sendable ([Double]) -> [Double],
    critic: @escaping @Sendable ([Double]) -> Double?
  ) -> TrainedAgent {
    let learned = LearnedPolicy(
      features: run.world.features, distribution: distribution, critic: critic,
      isContinuous: run.world.actionSpace.isContinuous)
    var agent = TrainedAgent(entry: run.entry, learned: learned)
    agent.gamma = gamma
    agent.finish(with: records)
    return agent
  }

  /// The settings as `rlbook agents` lists them, saying that tables go without a hidden layer.
  static func listed(_ parameters: [Hyperparameter]) -> [Hyperparameter] {
    parameters.map { parameter in
      guard parameter.name == "hidden" else { return parameter }
      return Hyperparameter(
        parameter.name, parameter.kind, default: parameter.defaultSetting,
        parameter.summary + " ([] on tabular envs: a table)")
    }
  }
}

/// A policy network's π and, where it has a critic, V.
struct LearnedPolicy: Learned {
  /// The features of a probe's state.
  let features: @Sendable (Probe) -> [Double]?
  /// π(·∣s), or a Gaussian's mean and deviation.
  let distribution: @Sendable ([Double]) -> [Double]
  /// V(s), if there is a critic.
  let critic: @Sendable ([Double]) -> Double?
  /// Whether actions are continuous (a rollout then takes the mean).
  let isContinuous: Bool

  func policy(_ probe: Probe) -> [Double]? { features(probe).map(distribution) }
  func value(_ probe: Probe) -> Double? { features(probe).flatMap(critic) }

  func act(_ probe: Probe, using generator: inout SeededGenerator) -> Double? {
    guard let distribution = policy(probe) else { return nil }
    return isContinuous
      ? distribution[0] : Double(ActionSelection.argmax(distribution, using: &generator))
  }
}
