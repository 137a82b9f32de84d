public import RLCore

/// A built-in environment as lessons name it: its key, what it is and its settings.
public struct EnvironmentEntry: Hashable, Sendable {
  /// How the environment presents states and actions, which decides the agents it supports.
  public enum Kind: String, Hashable, Sendable {
    /// Finitely many states with a full model (exact methods and tables work).
    case tabular
    /// Continuous states, discrete actions (CartPole).
    case continuousState
    /// Continuous states and actions (Pendulum).
    case continuousAction
    /// One state, several arms (the bandit testbed).
    case bandit
  }

  /// The name in an `rl` block (`frozenlake`).
  public let name: String
  /// One line on what it is.
  public let summary: String
  /// Its kind.
  public let kind: Kind
  /// The settings it takes (`map`, `slippery`, …).
  public let settings: [Hyperparameter]
  /// The default training budget, in episodes (pulls for the bandit).
  public let defaultEpisodes: Int
  /// Whether its states lie on a map that `value-grid` and `policy-arrows` draw.
  public let hasMap: Bool

  /// Creates an entry.
  public init(
    _ name: String, _ summary: String, kind: Kind, defaultEpisodes: Int, hasMap: Bool = false,
    settings: [Hyperparameter] = []
  ) {
    self.name = name
    self.summary = summary
    self.kind = kind
    self.defaultEpisodes = defaultEpisodes
    self.hasMap = hasMap
    self.settings = settings
  }
}
