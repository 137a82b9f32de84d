public import RLCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Gymnasium's CartPole-v1: push a cart left or right to keep a pole upright.
///
/// The same constants, the same explicit Euler step in the same order of
/// operations, and a `Double` state, so trajectories match Gymnasium's to the
/// last few bits. Reward +1 on every step, including the one that ends the
/// episode; the episode ends when the pole leans more than 12° or the cart
/// leaves ±2.4, and is cut off after 500 steps.
public struct CartPole: Sendable {
  /// The physical state.
  public struct State: Hashable, Sendable {
    /// Cart position.
    public var x: Double
    /// Cart velocity.
    public var xDot: Double
    /// Pole angle from vertical, in radians.
    public var theta: Double
    /// Pole angular velocity.
    public var thetaDot: Double

    /// Creates a state.
    public init(x: Double, xDot: Double, theta: Double, thetaDot: Double) {
      self.x = x
      self.xDot = xDot
      self.theta = theta
      self.thetaDot = thetaDot
    }

    /// `[x, ẋ, θ, θ̇]`: what an agent observes.
    public var vector: [Double] { [x, xDot, theta, thetaDot] }
  }

  public static let gravity = 9.8
  public static let massCart = 1.0
  public static let massPole = 0.1
  public static let totalMass = massPole + massCart
  /// Half the pole's length.
  public static let length = 0.5
  public static let poleMassLength = massPole * length
  public static let forceMagnitude = 10.0
  /// Seconds per step.
  public static let tau = 0.02
  public static let thetaThreshold = 12 * 2 * Double.pi / 360
  public static let xThreshold = 2.4
  /// Steps after which an episode is cut off.
  public static let timeLimit = 500
  /// Action names: 0 pushes left, 1 pushes right.
  public static let actionNames = ["left", "right"]

  /// The current state.
  public private(set) var state: State
  /// Steps taken in this episode.
  public private(set) var steps = 0
  /// Whether the pole fell or the cart left the track.
  public private(set) var isTerminated = false

  /// A cart in a given state (to reproduce a trajectory).
  public init(state: State) {
    self.state = state
  }

  /// A cart whose four state variables are drawn uniformly from [−0.05, 0.05), as Gymnasium's reset.
  public init(using generator: inout SeededGenerator) {
    state = State(
      x: generator.uniform(-0.05, 0.05), xDot: generator.uniform(-0.05, 0.05),
      theta: generator.uniform(-0.05, 0.05), thetaDot: generator.uniform(-0.05, 0.05))
  }

  /// Whether the episode was cut off by the time limit.
  public var isTruncated: Bool { !isTerminated && steps >= Self.timeLimit }

  /// Whether the episode is over, either way.
  public var isDone: Bool { isTerminated || steps >= Self.timeLimit }

  /// Applies action 0 (push left) or 1 (push right) for one step; returns the reward.
  @discardableResult
  public mutating func step(_ action: Int) -> Double {
    guard !isTerminated else { return 0 }
    let force = action == 1 ? Self.forceMagnitude : -Self.forceMagnitude
    let cosTheta = cos(state.theta)
    let sinTheta = sin(state.theta)
    let temp =
      (force + Self.poleMassLength * (state.thetaDot * state.thetaDot) * sinTheta) / Self.totalMass
    let thetaAcc =
      (Self.gravity * sinTheta - cosTheta * temp)
      / (Self.length * (4.0 / 3.0 - Self.massPole * (cosTheta * cosTheta) / Self.totalMass))
    let xAcc = temp - Self.poleMassLength * thetaAcc * cosTheta / Self.totalMass
    state.x = state.x + Self.tau * state.xDot
    state.xDot = state.xDot + Self.tau * xAcc
    state.theta = state.theta + Self.tau * state.thetaDot
    state.thetaDot = state.thetaDot + Self.tau * thetaAcc
    steps += 1
    isTerminated =
      state.x < -Self.xThreshold || state.x > Self.xThreshold || state.theta < -Self.thetaThreshold
      || state.theta > Self.thetaThreshold
    return 1
  }

  /// The state as text: the track with the cart and the pole's lean.
  public func draw(width: Int = 41) -> String {
    let position = Int(
      ((state.x + Self.xThreshold) / (2 * Self.xThreshold) * Double(width - 1)).rounded())
    let clamped = min(max(position, 0), width - 1)
    let lean = state.theta < -0.02 ? "\\" : state.theta > 0.02 ? "/" : "|"
    var track = Array(repeating: Character("─"), count: width)
    track[clamped] = "■"
    var pole = Array(repeating: Character(" "), count: width)
    pole[clamped] = Character(lean)
    let degrees = state.theta * 180 / .pi
    let numbers =
      "x \(formatted(state.x)) ẋ \(formatted(state.xDot)) θ \(formatted(degrees))° θ̇ \(formatted(state.thetaDot))"
    return String(pole) + "\n" + String(track) + "\n" + numbers
  }

  private func formatted(_ value: Double) -> String {
    let rounded = (value * 1000).rounded() / 1000
    return rounded == 0 ? "0.000" : String(rounded)
  }
}
