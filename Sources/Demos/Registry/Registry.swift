import RLAgents
import RLCore
import RLEnvironments

/// Every environment, agent and view a lesson can name, with their settings.
///
/// This is the contract between lessons and the RL core: validation checks an
/// `rl` block against it, and `rlbook envs` / `rlbook agents` print it.
public enum Registry {
  /// The environments, in the order `rlbook envs` lists them.
  public static let environments: [EnvironmentEntry] = [
    .frozenLake, .cliff, .gridWorld, .randomWalk, .windy, .mario, .cartPole, .pendulum, .bandit,
  ]

  /// The agents, in the order `rlbook agents` lists them.
  public static let agents: [AgentEntry] = [
    AgentEntry(
      "random", "acts uniformly at random; a baseline", family: .random, learnsPolicy: true),
    AgentEntry(
      "value-iteration", "solves the Bellman optimality equation from the model",
      family: .exact, learnsActionValues: true, settings: ValueIteration.parameters),
    AgentEntry(
      "policy-evaluation", "V of the equiprobable random policy, from the model",
      family: .exact, learnsActionValues: true, settings: PolicyEvaluation.parameters),
    AgentEntry(
      "monte-carlo", "every-visit Monte Carlo: averages of whole returns",
      family: .tabular, learnsActionValues: true, traces: true,
      settings: MonteCarlo.parameters + [
        Hyperparameter(
          "target", .choice(MonteCarlo.Target.allCases.map(\.rawValue)),
          default: "control (prediction when the env has one action)",
          "learn Q of an ε-greedy policy (control) or V of the random policy (prediction)")
      ]),
    AgentEntry(
      "td0", "TD(0) prediction: V of the random policy, one step at a time", family: .tabular,
      traces: true, settings: TDPrediction.parameters),
    AgentEntry(
      "sarsa", "on-policy TD control: bootstraps from the next action taken", family: .tabular,
      learnsActionValues: true, traces: true, settings: TDControl.parameters),
    AgentEntry(
      "q-learning", "off-policy TD control: bootstraps from max_a′ Q(s′,a′)", family: .tabular,
      learnsActionValues: true, traces: true, settings: TDControl.parameters),
    AgentEntry(
      "expected-sarsa", "TD control that bootstraps from the expected Q(s′,·)", family: .tabular,
      learnsActionValues: true, traces: true, settings: TDControl.parameters),
    AgentEntry(
      "reinforce", "REINFORCE: a softmax (or Gaussian) policy learned from whole returns",
      family: .policyGradient, learnsPolicy: true, traces: true,
      settings: networkSettings(Reinforce.parameters)),
    AgentEntry(
      "actor-critic", "one-step actor-critic: the critic's TD error trains the actor",
      family: .policyGradient, learnsPolicy: true, traces: true,
      settings: networkSettings(ActorCritic.parameters)),
    AgentEntry(
      "dqn", "deep Q-network: replay buffer, target network, Double DQN",
      family: .deepQ, learnsActionValues: true, settings: DQN.parameters),
    AgentEntry(
      "epsilon-greedy", "sample-average action values with ε-greedy choices (bandit)",
      family: .bandit, learnsActionValues: true,
      settings: EpsilonGreedyBandit.parameters.filter { $0.name != "arms" }),
  ]

  /// The views `show` can ask for.
  public static let views: [ViewEntry] = ViewEntry.all

  /// The environment named `name`.
  public static func environment(_ name: String) -> EnvironmentEntry? {
    environments.first { $0.name == name }
  }

  /// The agent named `name`.
  public static func agent(_ name: String) -> AgentEntry? {
    agents.first { $0.name == name }
  }

  /// Network agents on tabular environments default to no hidden layer: a softmax table.
  private static func networkSettings(_ settings: [Hyperparameter]) -> [Hyperparameter] {
    let optimizer = Hyperparameter(
      "optimizer", .choice(["adam", "sgd"]), default: "adam",
      "how gradients move the weights: Adam's adaptive steps, or plain steps of size lr")
    return (settings + [optimizer]).map { setting in
      guard setting.name == "hidden" else { return setting }
      return Hyperparameter(
        setting.name, setting.kind,
        default: setting.defaultValue + " ([] on tabular envs: a table)",
        setting.summary)
    }
  }
}

extension Registry {
  /// The name in `names` nearest to a misspelt `name`, if one is close.
  public static func nearestName(to name: String, in names: [String]) -> String? {
    Spelling.nearest(to: name, in: names)
  }
}

extension AgentEntry {
  /// Whether the agent can run on an environment (with its default settings).
  public func runs(on environment: EnvironmentEntry) -> Bool {
    BlockCheck.incompatibility(of: self, with: environment, settings: DemoSettings()) == nil
  }
}

extension Registry {
  /// The version of the environments, agents and views: part of every cache
  /// key, raised whenever one of them changes what it computes.
  public static let version = 3
}
