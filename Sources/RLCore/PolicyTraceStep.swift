/// One step of a policy-gradient or actor-critic agent, as a trace view shows it.
///
/// Actor-critic fills in the critic's view (V(s), V(s′), δ); REINFORCE the
/// return G_t that followed and the step's share of the episode's loss.
public struct PolicyTraceStep: Hashable, Sendable {
  /// The episode, from 0.
  public var episode: Int
  /// The step within the episode, from 0.
  public var step: Int
  /// The state's features (a one-hot vector for tabular environments).
  public var features: [Double]
  /// The action taken (discrete) or applied (continuous).
  public var action: Double
  /// π(·∣s) for discrete actions; `[mean, standard deviation]` for continuous ones.
  public var policy: [Double]
  /// log π(a∣s).
  public var logProbability: Double
  /// The reward received.
  public var reward: Double
  /// The critic's V(s) (actor-critic) or the baseline (REINFORCE with a baseline).
  public var value: Double?
  /// The critic's V(s′), 0 after termination (actor-critic).
  public var nextValue: Double?
  /// δ = r + γV(s′) − V(s) (actor-critic).
  public var tdError: Double?
  /// G_t, the discounted return from this step (REINFORCE).
  public var futureReturn: Double?
  /// The weight on −log π(a∣s) in the actor's loss: δ, or the (standardised) advantage.
  public var weight: Double
  /// The step's share of the actor's loss: −weight · log π(a∣s).
  public var loss: Double

  /// Creates a trace step.
  public init(
    episode: Int, step: Int, features: [Double], action: Double, policy: [Double],
    logProbability: Double, reward: Double, value: Double? = nil, nextValue: Double? = nil,
    tdError: Double? = nil, futureReturn: Double? = nil, weight: Double, loss: Double
  ) {
    self.episode = episode
    self.step = step
    self.features = features
    self.action = action
    self.policy = policy
    self.logProbability = logProbability
    self.reward = reward
    self.value = value
    self.nextValue = nextValue
    self.tdError = tdError
    self.futureReturn = futureReturn
    self.weight = weight
    self.loss = loss
  }
}

/// What a policy-learning run produced besides the learned networks.
public struct PolicyTrainingRecord: Hashable, Sendable {
  /// Returns and lengths per episode.
  public var log = EpisodeLog()
  /// The traced steps.
  public var trace: [PolicyTraceStep] = []

  /// An empty record.
  public init() {}
}
