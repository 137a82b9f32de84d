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
    EnvironmentEntry(
      "frozenlake", "Gymnasium's FrozenLake: cross the ice to G without falling into a hole",
      kind: .tabular, defaultEpisodes: 2000, hasMap: true,
      settings: [
        Hyperparameter(
          "map", .texts(form: "4x4, 8x8, or a list of rows of S F H G"), default: "4x4",
          "the lake"),
        Hyperparameter("slippery", .flag, default: "true", "moves slip sideways 2 times in 3"),
      ]),
    EnvironmentEntry(
      "cliff", "Gymnasium's CliffWalking 4x12: −1 a step, −100 for the cliff", kind: .tabular,
      defaultEpisodes: 500, hasMap: true),
    EnvironmentEntry(
      "gridworld", "Sutton & Barto's grid worlds (Examples 3.5 and 4.1)", kind: .tabular,
      defaultEpisodes: 500, hasMap: true,
      settings: [
        Hyperparameter(
          "layout", .choice(GridWorld.Layout.allCases.map(\.rawValue)), default: "example-3.5",
          "which example")
      ]),
    EnvironmentEntry(
      "random-walk", "Sutton & Barto's random walk (Example 6.2), whose true values are known",
      kind: .tabular, defaultEpisodes: 100, hasMap: true,
      settings: [
        Hyperparameter(
          "size", .choice(RandomWalk.supportedSizes.map(String.init)), default: "5",
          "the number of non-terminal states")
      ]),
    EnvironmentEntry(
      "windy", "Sutton & Barto's windy grid world (Example 6.5)", kind: .tabular,
      defaultEpisodes: 200, hasMap: true,
      settings: [
        Hyperparameter(
          "moves", .choice(["4", "8", "9"]), default: "4", "4 moves, 8 (king's), 9 (and stay)")
      ]),
    EnvironmentEntry(
      "mario", "the notes' side-scroller: one row of tiles, coins, enemies, pits and a flag",
      kind: .tabular, defaultEpisodes: 2000, hasMap: true,
      settings: [
        Hyperparameter(
          "level", .text(form: "a row of tiles: S . c E _ F"), default: Mario.defaultLevel,
          "the level"),
        Hyperparameter(
          "observe", .choice(Mario.Observation.allCases.map(\.rawValue)), default: "state",
          "learn from the full state or from the window around Mario"),
        Hyperparameter("window", .integer(1...15), default: "5", "tiles Mario sees"),
        Hyperparameter(
          "time", .integer(1...100_000), default: "4 × level length", "time limit in steps"),
        Hyperparameter(
          "levels", .texts(form: "a list of levels of the same shape"), default: "none",
          "levels that replace one another during training"),
        Hyperparameter(
          "switch-at", .integer(1...1_000_000), default: "half the episodes",
          "the episode at which the next level replaces the current one"),
      ]),
    EnvironmentEntry(
      "cartpole", "Gymnasium's CartPole-v1: keep a pole upright by pushing a cart",
      kind: .continuousState, defaultEpisodes: 300),
    EnvironmentEntry(
      "pendulum", "Gymnasium's Pendulum-v1: swing a pendulum up with a continuous torque",
      kind: .continuousAction, defaultEpisodes: 200),
    EnvironmentEntry(
      "bandit", "Sutton & Barto's 10-armed testbed: q*(a) ~ N(0,1), rewards ~ N(q*(a),1)",
      kind: .bandit, defaultEpisodes: 1000,
      settings: [
        Hyperparameter("arms", .integer(2...100), default: "10", "number of arms")
      ]),
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
