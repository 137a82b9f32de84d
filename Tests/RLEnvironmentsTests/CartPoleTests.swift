import RLCore
import RLEnvironments
import Testing

@Suite struct CartPoleTests {
  /// Gymnasium 1.4.0's `reset(seed=0)` state.
  static let seedZero = CartPole.State(
    x: 0.013696168732145436, xDot: -0.02302132862361297, theta: -0.045902647606380534,
    thetaDot: -0.04834723644714709)

  /// Trajectory A of the reference: actions 0, 1, 0, 1, …; the state after each step.
  static let trajectoryA: [[Double]] = [
    [0.013235742159673177, -0.2174560418364429, -0.04686959233532348, 0.22950698447811793],
    [0.00888662132294432, -0.021696746747021045, -0.04227945264576112, -0.07758410584835249],
    [0.008452686388003899, -0.2161878956767479, -0.04383113476272817, 0.2014654529376246],
    [0.004128928474468941, -0.020467377182828733, -0.03980182570397568, -0.10471558877054585],
    [0.0037195809308123665, -0.21499700312941344, -0.0418961374793866, 0.17514910504381595],
    [-0.0005803591317759026, -0.019301275986512878, -0.038393155378510284, -0.13045075811451792],
    [-0.0009663846515061601, -0.21385281807882428, -0.041002170540800645, 0.1498766848592573],
    [-0.005243441013082646, -0.018168451121371665, -0.0380046368436155, -0.15545442571175608],
    [-0.0056068100355100795, -0.21272622889955292, -0.04111372535785062, 0.1250008351096407],
    [-0.009861334613501138, -0.01704012695192167, -0.03861370865565781, -0.18036430118743915],
    [-0.010202137152539571, -0.21158886208067307, -0.04222099467940659, 0.09989166227312021],
    [-0.014433914394153032, -0.015888041328976366, -0.040223161433944186, -0.20580724853319146],
    [-0.01475167522073256, -0.21041240128011468, -0.044339306404608016, 0.07392086115983218],
    [-0.018959923246334852, -0.014683766380838958, -0.04286088918141137, -0.23241502557466806],
    [-0.01925359857395163, -0.20916791400051882, -0.047509189692904734, 0.04644603457767607],
    [-0.023436956853962007, -0.013398044348469862, -0.04658026900135121, -0.2608398726015402],
    [-0.023704917740931405, -0.207825178048699, -0.051797066453382015, 0.01679484822840205],
    [-0.027861421301905387, -0.012000131818759197, -0.051461169488813976, -0.2917702986518158],
    [-0.02810142393828057, -0.20635200179660074, -0.057296575461850296, -0.015751334932888605],
    [-0.032228463974212584, -0.010457149751355588, -0.05761160216050807, -0.3259473957480083],
  ]

  @Test func reproducesGymnasiumsTrajectory() {
    var cart = CartPole(state: Self.seedZero)
    for (index, expected) in Self.trajectoryA.enumerated() {
      let reward = cart.step(index % 2)
      #expect(reward == 1)
      #expect(!cart.isTerminated)
      for (actual, wanted) in zip(cart.state.vector, expected) {
        #expect(abs(actual - wanted) <= 1e-12, "step \(index + 1)")
      }
    }
  }

  @Test(arguments: [(0, 11), (1, 8)])
  func alwaysPushingOneWayFalls(action: Int, length: Int) {
    var cart = CartPole(state: Self.seedZero)
    var steps = 0
    var total = 0.0
    while !cart.isDone {
      total += cart.step(action)
      steps += 1
    }
    #expect(steps == length)
    #expect(total == Double(length))
    #expect(cart.isTerminated)
    #expect(cart.step(action) == 0)
  }

  @Test func truncatesAt500Steps() {
    // A hand-written controller that balances: push toward the side the pole leans to.
    var cart = CartPole(state: Self.seedZero)
    while !cart.isDone {
      let state = cart.state
      let lean = state.theta + 0.5 * state.thetaDot + 0.01 * state.x + 0.1 * state.xDot
      cart.step(lean > 0 ? 1 : 0)
    }
    #expect(cart.steps == 500)
    #expect(cart.isTruncated)
  }

  @Test func resetDrawsSmallStates() {
    var generator = SeededGenerator(seed: 0)
    for _ in 0..<100 {
      let cart = CartPole(using: &generator)
      #expect(cart.state.vector.allSatisfy { $0 >= -0.05 && $0 < 0.05 })
    }
  }
}
