public import RLCore

/// A built-in agent as lessons name it: its key, what it is and its settings.
public struct AgentEntry: Hashable, Sendable {
  /// The family decides which environments an agent runs on and what it can show.
  public enum Family: String, Hashable, Sendable {
    /// Acts uniformly at random and learns nothing.
    case random
    /// Solves the model exactly (value iteration, policy evaluation).
    case exact
    /// Learns a table of values from experience (Monte Carlo, TD).
    case tabular
    /// Learns a policy by gradient ascent (REINFORCE, actor-critic).
    case policyGradient
    /// Learns Q with a network, a replay buffer and a target network.
    case deepQ
    /// Learns the arms of a bandit.
    case bandit
  }

  /// The name in an `rl` block (`q-learning`).
  public let name: String
  /// One line on what it is.
  public let summary: String
  /// Its family.
  public let family: Family
  /// Whether it estimates Q(s,a) (so `q-table` and `q-vs-policy` can show it).
  public let learnsActionValues: Bool
  /// Whether it learns a policy directly (the policy side of `q-vs-policy`).
  public let learnsPolicy: Bool
  /// Whether it can record a step-by-step `trace`.
  public let traces: Bool
  /// Whether it evaluates the equiprobable random policy rather than improving one
  /// (so its π(a∣s) is uniform by definition).
  public let evaluatesRandomPolicy: Bool
  /// The settings it takes (`alpha`, `gamma`, …).
  public let settings: [Hyperparameter]
  /// How it trains.
  let adapter: any AgentAdapter

  /// Creates an entry.
  init(
    _ name: String, _ summary: String, family: Family, learnsActionValues: Bool = false,
    learnsPolicy: Bool = false, traces: Bool = false, evaluatesRandomPolicy: Bool = false,
    settings: [Hyperparameter] = [], adapter: any AgentAdapter
  ) {
    self.name = name
    self.summary = summary
    self.family = family
    self.learnsActionValues = learnsActionValues
    self.learnsPolicy = learnsPolicy
    self.traces = traces
    self.evaluatesRandomPolicy = evaluatesRandomPolicy
    self.settings = settings
    self.adapter = adapter
  }

  /// Entries are the same when their names are: a name is registered once.
  public static func == (lhs: AgentEntry, rhs: AgentEntry) -> Bool { lhs.name == rhs.name }

  public func hash(into hasher: inout Hasher) { hasher.combine(name) }

  /// Whether it learns from experience (rather than solving a model or acting at random).
  public var learns: Bool { family != .random && family != .exact }

  /// The setting named `name`, if it takes one.
  public func setting(_ name: String) -> Hyperparameter? {
    settings.first { $0.name == name }
  }

  /// What its updates compute, for traces.
  var update: UpdateRule? { adapter.update }

  /// The value `parameter` has when the agent trains on `world`: the block's, else
  /// the one the world decides, else the declared default (`nil` when the default
  /// is to go without, as Monte Carlo's sample averages go without α).
  ///
  /// Training, the provenance line and the cache key all read settings through this.
  func value(of parameter: Hyperparameter, settings: DemoSettings, world: DemoWorld)
    -> SettingValue?
  {
    settings.given(parameter) ?? adapter.derivedDefault(of: parameter, on: world)
      ?? parameter.value
  }
}
