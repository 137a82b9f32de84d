/// The actions an environment takes.
public enum ActionSpace: Hashable, Sendable {
  /// Actions 0..<count.
  case discrete(count: Int)
  /// A real number in a closed range (a torque, a force).
  case continuous(ClosedRange<Double>)

  /// Whether actions are real numbers.
  public var isContinuous: Bool {
    if case .continuous = self { return true }
    return false
  }
}

/// What one step of a ``FeatureEnvironment`` returns.
public struct FeatureStep: Sendable {
  /// The features of the state reached.
  public var features: [Double]
  /// The reward.
  public var reward: Double
  /// Whether the episode ended (a terminal state: nothing follows).
  public var terminated: Bool
  /// Whether the episode was cut off (a time limit: the state still has a future).
  public var truncated: Bool

  /// Creates a step result.
  public init(features: [Double], reward: Double, terminated: Bool, truncated: Bool) {
    self.features = features
    self.reward = reward
    self.terminated = terminated
    self.truncated = truncated
  }
}

/// An environment seen through a vector of numbers per state, for network agents.
///
/// CartPole and Pendulum are these directly; any tabular environment becomes
/// one through ``OneHotEnvironment``.
public protocol FeatureEnvironment: Sendable {
  /// The length of every feature vector.
  var featureCount: Int { get }
  /// The actions.
  var actionSpace: ActionSpace { get }
  /// Starts an episode; returns the first state's features.
  mutating func reset(using generator: inout SeededGenerator) -> [Double]
  /// Takes a discrete action.
  mutating func step(_ action: Int, using generator: inout SeededGenerator) -> FeatureStep
  /// Takes a continuous action (environments with discrete actions need not support it).
  mutating func step(continuous action: Double, using generator: inout SeededGenerator)
    -> FeatureStep
  /// The current state as text, for rollouts (`nil` when the environment cannot draw it).
  var drawing: String? { get }
}

extension FeatureEnvironment {
  /// Continuous actions are not supported unless an environment says so.
  public mutating func step(continuous action: Double, using generator: inout SeededGenerator)
    -> FeatureStep
  {
    preconditionFailure("this environment takes discrete actions")
  }

  /// No drawing unless an environment says so.
  public var drawing: String? { nil }

  /// The number of discrete actions (0 for continuous environments).
  public var discreteActionCount: Int {
    if case .discrete(let count) = actionSpace { return count }
    return 0
  }
}

/// A tabular environment seen through a one-hot vector of what the agent perceives.
public struct OneHotEnvironment: FeatureEnvironment {
  /// The environment underneath.
  public let environment: TabularEnvironment
  /// The current state.
  public private(set) var state = 0
  private var steps = 0

  /// Wraps `environment`.
  public init(_ environment: TabularEnvironment) {
    self.environment = environment
  }

  public var featureCount: Int { environment.observationCount }
  public var actionSpace: ActionSpace { .discrete(count: environment.actionCount) }

  /// The one-hot features of a state.
  public func features(of state: Int) -> [Double] {
    var features = [Double](repeating: 0, count: featureCount)
    features[environment.observationOf[state]] = 1
    return features
  }

  public mutating func reset(using generator: inout SeededGenerator) -> [Double] {
    state = environment.reset(using: &generator)
    steps = 0
    return features(of: state)
  }

  public mutating func step(_ action: Int, using generator: inout SeededGenerator) -> FeatureStep {
    let outcome = environment.step(from: state, action: action, using: &generator)
    state = outcome.nextState
    steps += 1
    return FeatureStep(
      features: features(of: state), reward: outcome.reward, terminated: outcome.terminates,
      truncated: !outcome.terminates && steps >= (environment.timeLimit ?? .max))
  }
}
