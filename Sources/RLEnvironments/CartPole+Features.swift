public import RLCore

/// CartPole for network agents: features `[x, ẋ, θ, θ̇]`, actions left and right.
public struct CartPoleTask: FeatureEnvironment {
  /// The cart of the current episode.
  public private(set) var cart = CartPole(state: .init(x: 0, xDot: 0, theta: 0, thetaDot: 0))

  /// A task; each episode starts from Gymnasium's random initial state.
  public init() {}

  public var featureCount: Int { 4 }
  public var actionSpace: ActionSpace { .discrete(count: 2) }
  public var drawing: String? { cart.draw() }

  public mutating func reset(using generator: inout SeededGenerator) -> [Double] {
    cart = CartPole(using: &generator)
    return cart.state.vector
  }

  public mutating func step(_ action: Int, using generator: inout SeededGenerator) -> FeatureStep {
    let reward = cart.step(action)
    return FeatureStep(
      features: cart.state.vector, reward: reward, terminated: cart.isTerminated,
      truncated: cart.isTruncated)
  }
}

/// Pendulum for network agents: features `[cos θ, sin θ, θ̇]`, a torque in [−2, 2].
public struct PendulumTask: FeatureEnvironment {
  /// The pendulum of the current episode.
  public private(set) var pendulum = Pendulum(theta: 0, thetaDot: 0)

  /// A task; each episode starts from Gymnasium's random initial state.
  public init() {}

  public var featureCount: Int { 3 }
  public var actionSpace: ActionSpace { .continuous(-Pendulum.maxTorque...Pendulum.maxTorque) }
  public var drawing: String? { pendulum.draw() }

  public mutating func reset(using generator: inout SeededGenerator) -> [Double] {
    pendulum = Pendulum(using: &generator)
    return pendulum.observation
  }

  public mutating func step(_ action: Int, using generator: inout SeededGenerator) -> FeatureStep {
    step(continuous: Double(action), using: &generator)
  }

  public mutating func step(continuous action: Double, using generator: inout SeededGenerator)
    -> FeatureStep
  {
    let reward = pendulum.step(torque: action)
    return FeatureStep(
      features: pendulum.observation, reward: reward, terminated: false,
      truncated: pendulum.isTruncated)
  }
}
