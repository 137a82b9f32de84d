/// Ceilings that keep a typo from hanging a class (`episodes: 1e12`).
///
/// They count work, never wall time, so `check` gives the same verdict on a busy
/// machine. `--allow-long` lifts them by a factor of 1000.
public struct DemoLimits: Hashable, Sendable {
  /// Episodes per run.
  public var episodes = 100_000
  /// Environment steps per run (and pulls of a bandit).
  public var steps = 2_000_000
  /// Independent runs.
  public var runs = 2_000
  /// Episodes summed over runs and agents.
  public var totalEpisodes = 1_000_000
  /// Weights of one network.
  public var networkWeights = 200_000
  /// States of a tabular environment (a mario level with many coins and enemies).
  public var states = 1 << 18

  /// The default ceilings.
  public init() {}

  /// Ceilings raised for deliberately long demos.
  public static var long: DemoLimits {
    var limits = DemoLimits()
    limits.episodes *= 1000
    limits.steps *= 1000
    limits.runs *= 1000
    limits.totalEpisodes *= 1000
    limits.networkWeights *= 100
    return limits
  }
}
