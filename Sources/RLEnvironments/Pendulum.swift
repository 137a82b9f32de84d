public import RLCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Gymnasium's Pendulum-v1: swing a pendulum up and hold it there with a continuous torque.
///
/// θ = 0 is upright. The torque is clipped to [−2, 2]. The reward is
/// −(θ² + 0.1 θ̇² + 0.001 u²) with θ normalised to [−π, π), computed from the
/// state before the step; then θ̇ += (3g/2l · sin θ + 3/(ml²) · u) · dt, clipped to
/// ±8, and θ += θ̇ · dt. Never terminates; cut off after 200 steps.
public struct Pendulum: Sendable {
  public static let maxSpeed = 8.0
  public static let maxTorque = 2.0
  public static let dt = 0.05
  public static let gravity = 10.0
  public static let mass = 1.0
  public static let length = 1.0
  /// Steps after which an episode is cut off.
  public static let timeLimit = 200

  /// The angle (0 upright), radians.
  public private(set) var theta: Double
  /// The angular velocity.
  public private(set) var thetaDot: Double
  /// Steps taken in this episode.
  public private(set) var steps = 0

  /// A pendulum in a given state.
  public init(theta: Double, thetaDot: Double) {
    self.theta = theta
    self.thetaDot = thetaDot
  }

  /// A pendulum with θ ~ U(−π, π) and θ̇ ~ U(−1, 1), as Gymnasium's reset.
  public init(using generator: inout SeededGenerator) {
    theta = generator.uniform(-.pi, .pi)
    thetaDot = generator.uniform(-1, 1)
  }

  /// What an agent observes: `[cos θ, sin θ, θ̇]`.
  public var observation: [Double] { [cos(theta), sin(theta), thetaDot] }

  /// Whether the episode was cut off.
  public var isTruncated: Bool { steps >= Self.timeLimit }

  /// Applies a torque for one step; returns the reward.
  @discardableResult
  public mutating func step(torque: Double) -> Double {
    let u = min(max(torque, -Self.maxTorque), Self.maxTorque)
    let normalized = Self.normalize(theta)
    let cost = normalized * normalized + 0.1 * (thetaDot * thetaDot) + 0.001 * (u * u)
    var newThetaDot =
      thetaDot
      + (3 * Self.gravity / (2 * Self.length) * sin(theta) + 3.0
        / (Self.mass * Self.length * Self.length) * u)
      * Self.dt
    newThetaDot = min(max(newThetaDot, -Self.maxSpeed), Self.maxSpeed)
    theta = theta + newThetaDot * Self.dt
    thetaDot = newThetaDot
    steps += 1
    return -cost
  }

  /// The state as text: an arrow from the pivot toward the bob (↑ is upright), the angle and the speed.
  public func draw() -> String {
    let arrows = ["↑", "↖", "←", "↙", "↓", "↘", "→", "↗"]
    let normalized = Self.normalize(theta)
    // θ grows counter-clockwise from upright; eight sectors of 45°.
    let sector = Int(
      ((normalized + 2 * .pi).truncatingRemainder(dividingBy: 2 * .pi) / (.pi / 4)).rounded())
    let degrees = (normalized * 180 / .pi * 10).rounded() / 10
    let speed = (thetaDot * 100).rounded() / 100
    return "\(arrows[sector % 8])  θ \(degrees)°  θ̇ \(speed)"
  }

  /// An angle in [−π, π), as Python's `((x + π) % 2π) − π`.
  public static func normalize(_ angle: Double) -> Double {
    let period = 2 * Double.pi
    var remainder = fmod(angle + .pi, period)
    if remainder < 0 { remainder += period }
    return remainder - .pi
  }
}
