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
  /// Steps taken in this run.
  public var stepsDone = 0
  /// The run's step budget, when the demo sets one (`steps:`).
  public var stepBudget: Int?
  /// Whether this run has finished (its episodes or its step budget are used up).
  public var isRunDone = false

  /// A report of how far training has got.
  public init(
    agent: String, run: Int, runs: Int, episodesDone: Int, episodes: Int,
    recentReturn: Double?, stepsDone: Int = 0, stepBudget: Int? = nil, isRunDone: Bool = false
  ) {
    self.agent = agent
    self.run = run
    self.runs = runs
    self.episodesDone = episodesDone
    self.episodes = episodes
    self.recentReturn = recentReturn
    self.stepsDone = stepsDone
    self.stepBudget = stepBudget
    self.isRunDone = isRunDone
  }

  /// The fraction of the whole demo's training done, for one agent.
  ///
  /// Within a run, episodes or steps, whichever is further along: with a step
  /// budget, training usually ends before the episodes do.
  public var fraction: Double {
    guard runs > 0, episodes > 0 else { return 1 }
    var done = Double(episodesDone) / Double(episodes)
    if let stepBudget, stepBudget > 0 { done = max(done, Double(stepsDone) / Double(stepBudget)) }
    if isRunDone { done = 1 }
    return (Double(run) + min(1, done)) / Double(runs)
  }
}
