/// Ceilings that keep a typo from hanging a class (`episodes: 1e12`).
///
/// They count work, never wall time, so `check` gives the same verdict on a busy
/// machine. `--allow-long` lifts them by a factor of 1000 (and the work a demo
/// may do, which grows with all of them together, by a million).
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
  /// Operations a demo may do in all, counted as ``WorkEstimate`` counts them
  /// (environment steps and network multiply-adds, over every run and agent):
  /// about half a minute at the rough rate the estimate states.
  public var operations = 3e10

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
    limits.operations *= 1_000_000
    return limits
  }
}
