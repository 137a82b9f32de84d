/// One step of learning, as a trace view shows it: what the agent saw, did and computed.
///
/// For TD methods `estimate` is V(s) or Q(s,a) before the update, `nextEstimate`
/// the bootstrapped value of s′ (V(s′), max Q(s′,·), Q(s′,a′) or its expectation),
/// `tdError` δ = r + γ·nextEstimate − estimate, and `update` the change applied (α·δ).
public struct TraceStep: Hashable, Sendable {
  /// The episode, from 0.
  public var episode: Int
  /// The step within the episode, from 0.
  public var step: Int
  /// The state the step started in.
  public var state: Int
  /// The action taken.
  public var action: Int
  /// The reward received.
  public var reward: Double
  /// The state reached.
  public var nextState: Int
  /// Whether the episode ended with this step.
  public var terminates: Bool
  /// The estimate being updated, before the update.
  public var estimate: Double
  /// The value of the next state the update bootstraps from (0 after termination).
  public var nextEstimate: Double
  /// The TD error δ.
  public var tdError: Double
  /// The change applied to the estimate.
  public var update: Double
  /// Q(s,·) as the agent saw it when it acted (control agents; empty otherwise).
  public var actionValues: [Double]

  /// Creates a trace step.
  public init(
    episode: Int, step: Int, state: Int, action: Int, reward: Double, nextState: Int,
    terminates: Bool, estimate: Double, nextEstimate: Double, tdError: Double, update: Double,
    actionValues: [Double] = []
  ) {
    self.actionValues = actionValues
    self.episode = episode
    self.step = step
    self.state = state
    self.action = action
    self.reward = reward
    self.nextState = nextState
    self.terminates = terminates
    self.estimate = estimate
    self.nextEstimate = nextEstimate
    self.tdError = tdError
    self.update = update
  }
}

/// A copy of an agent's estimates after a given episode (for "watch it learn").
public struct Snapshot: Hashable, Sendable {
  /// The number of episodes completed when the copy was taken.
  public var episode: Int
  /// The estimates: Q as `state * actionCount + action`, or V by state.
  public var values: [Double]

  /// Creates a snapshot.
  public init(episode: Int, values: [Double]) {
    self.episode = episode
    self.values = values
  }
}

/// What a training run should record besides learning.
public struct TrainingOptions: Hashable, Sendable {
  /// Stop learning after this many episodes (keep acting with the policy learned so far).
  public var frozenAfter: Int?
  /// Record the first this many steps, from the start of `traceEpisode` on, as ``TraceStep``s.
  public var traceSteps: Int
  /// The episode (from 0) the trace starts with; it runs on into later episodes.
  public var traceEpisode: Int
  /// Copy the estimates after these episode counts.
  public var snapshotEpisodes: Set<Int>

  /// Options: no freezing, no trace, no snapshots unless asked.
  public init(
    frozenAfter: Int? = nil, traceSteps: Int = 0, traceEpisode: Int = 0,
    snapshotEpisodes: Set<Int> = []
  ) {
    self.frozenAfter = frozenAfter
    self.traceSteps = traceSteps
    self.traceEpisode = traceEpisode
    self.snapshotEpisodes = snapshotEpisodes
  }

  /// Whether the next step of `episode` should be traced, `recorded` steps having been traced.
  @inlinable
  public func traces(episode: Int, recorded: Int) -> Bool {
    episode >= traceEpisode && recorded < traceSteps
  }

  /// Whether learning is on in an episode.
  @inlinable
  public func learns(inEpisode episode: Int) -> Bool {
    frozenAfter.map { episode < $0 } ?? true
  }
}

/// Everything a training run produced besides the learned estimates.
public struct TrainingRecord: Hashable, Sendable {
  /// Returns and lengths per episode.
  public var log = EpisodeLog()
  /// The traced steps.
  public var trace: [TraceStep] = []
  /// The snapshots, in episode order.
  public var snapshots: [Snapshot] = []

  /// An empty record.
  public init() {}
}
