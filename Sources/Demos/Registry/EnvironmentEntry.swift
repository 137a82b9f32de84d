import Lessons
public import RLCore

/// A built-in environment as lessons name it: its key, what it is and its settings.
///
/// Each environment is one registration, in its own file under `Environments/`:
/// its name, summary, settings and the factory that builds it from validated
/// settings. The registry lists them; nothing else matches on names to build one.
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
  /// What a teacher should know about it beyond the summary (`rlbook envs NAME` prints them).
  public let notes: [String]
  /// Whether its agents have a single action (the random walk), so there is no policy to draw.
  public let hasOneAction: Bool
  /// Whether it knows its true state values (so `metric: rms-error` can measure against them).
  public let knowsTrueValues: Bool
  /// What a drawn map or level must look like, for the hint under an invalid one.
  let mapHint: String?
  /// How many states the settings ask for, when that is known before building
  /// (a drawn map): checked against the limit first, because building is slow.
  let sizeBeforeBuilding: (@Sendable (DemoSettings) -> Int?)?
  /// Problems with the settings that are the environment's own to find (a drawn
  /// map's characters against its legend), located inside the values; run before building.
  let check: (@Sendable (DemoSettings) -> [Diagnostic])?
  /// The value in effect for a setting the block does not give, worked out from the
  /// world and the rest of the block; `nil` when the setting does not apply.
  let defaultInEffect: @Sendable (Hyperparameter, DemoSettings, DemoWorld) -> SettingValue?
  /// Builds the environment from validated settings, for a run of this many episodes.
  let make: @Sendable (EnvironmentEntry, DemoSettings, Int) throws -> DemoWorld

  /// Creates an entry.
  init(
    _ name: String, _ summary: String, kind: Kind, defaultEpisodes: Int, hasMap: Bool = false,
    hasOneAction: Bool = false, knowsTrueValues: Bool = false, settings: [Hyperparameter] = [],
    notes: [String] = [], mapHint: String? = nil,
    sizeBeforeBuilding: (@Sendable (DemoSettings) -> Int?)? = nil,
    check: (@Sendable (DemoSettings) -> [Diagnostic])? = nil,
    defaultInEffect:
      @escaping @Sendable (Hyperparameter, DemoSettings, DemoWorld) -> SettingValue? =
      { parameter, _, _ in parameter.value },
    make: @escaping @Sendable (EnvironmentEntry, DemoSettings, Int) throws -> DemoWorld
  ) {
    self.name = name
    self.summary = summary
    self.kind = kind
    self.defaultEpisodes = defaultEpisodes
    self.hasMap = hasMap
    self.hasOneAction = hasOneAction
    self.knowsTrueValues = knowsTrueValues
    self.mapHint = mapHint
    self.notes = notes
    self.settings = settings
    self.sizeBeforeBuilding = sizeBeforeBuilding
    self.check = check
    self.defaultInEffect = defaultInEffect
    self.make = make
  }

  /// Entries are the same when their names are: a name is registered once.
  public static func == (lhs: EnvironmentEntry, rhs: EnvironmentEntry) -> Bool {
    lhs.name == rhs.name
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

extension EnvironmentEntry {
  /// A setting as the provenance line shows it: the block's value, else the one in
  /// effect; `nil` for a setting that does not apply.
  func provenanceValue(of parameter: Hyperparameter, settings: DemoSettings, world: DemoWorld)
    -> String?
  {
    (settings.given(parameter) ?? defaultInEffect(parameter, settings, world))?.written
  }
}
