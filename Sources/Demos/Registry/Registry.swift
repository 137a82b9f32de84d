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
    .frozenLake, .cliff, .gridWorld, .grid, .randomWalk, .windy, .mario, .cartPole, .pendulum,
    .bandit,
  ]

  /// The agents, in the order `rlbook agents` lists them.
  public static let agents: [AgentEntry] = [
    .random, .valueIteration, .policyEvaluation, .monteCarlo, .td0, .sarsa, .qLearning,
    .expectedSarsa, .reinforce, .actorCritic, .dqn, .epsilonGreedy,
  ]

  /// The views `show` can ask for.
  public static let views: [ViewEntry] = [
    .qTable, .policyTable, .qVsPolicy, .valueGrid, .policyArrows, .learningCurve, .trace,
    .rollout, .returns,
  ]

  /// The environment named `name`.
  public static func environment(_ name: String) -> EnvironmentEntry? {
    environments.first { $0.name == name }
  }

  /// The view named `name`.
  public static func view(_ name: String) -> ViewEntry? {
    views.first { $0.name == name }
  }

  /// The agent named `name`.
  public static func agent(_ name: String) -> AgentEntry? {
    agents.first { $0.name == name }
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
