/// How far a demo's training has got: reported after every chunk of episodes.
public struct TrainingProgress: Hashable, Sendable {
  /// The agent being trained.
  public var agent: String
  /// The run (from 0) and how many there are.
  public var run: Int
  /// The number of runs.
  public var runs: Int
  /// Episodes done in this run.
  public var episodesDone: Int
  /// Episodes this run will train.
  public var episodes: Int
  /// The mean return of the episodes of the last chunk.
  public var recentReturn: Double?

  /// The fraction of the whole demo's training done, for one agent.
  public var fraction: Double {
    guard runs > 0, episodes > 0 else { return 1 }
    return (Double(run) + Double(episodesDone) / Double(episodes)) / Double(runs)
  }
}
