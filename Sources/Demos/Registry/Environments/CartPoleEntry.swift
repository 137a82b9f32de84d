import RLCore
import RLEnvironments

extension EnvironmentEntry {
  /// Gymnasium's CartPole-v1.
  static let cartPole = EnvironmentEntry(
    "cartpole", "Gymnasium's CartPole-v1: keep a pole upright by pushing a cart",
    kind: .continuousState, defaultEpisodes: 300,
    make: { entry, _, _ in
      DemoWorld(
        entry: entry, body: .control(CartPoleControl()), schedule: nil, map: nil,
        trueValues: nil)
    })
}

/// CartPole as demos see it: four features, two pushes, 500 steps.
struct CartPoleControl: ControlTask {
  func makeEnvironment() -> any FeatureEnvironment { CartPoleTask() }
  var featureNames: [String] { ["x", "ẋ", "θ", "θ̇"] }
  var actionNames: [String] { CartPole.actionNames }
  var timeLimit: Int { CartPole.timeLimit }
  var vectorLength: Int { 4 }
  var stateForm: String { "a vector [x, ẋ, θ, θ̇] or `start`" }

  /// `start`: the cart centred, the pole upright and still.
  func namedProbe(_ name: String) -> Probe? {
    name == "start" ? Probe(label: "start", kind: .features([0, 0, 0, 0])) : nil
  }

  func picture(features: [Double]) -> String? {
    guard features.count == 4 else { return nil }
    let state = CartPole.State(
      x: features[0], xDot: features[1], theta: features[2], thetaDot: features[3])
    return CartPole(state: state).draw()
  }

  func ending(steps: Int, return total: Double, terminated: Bool) -> String {
    terminated
      ? "The pole fell after \(steps) steps." : "The pole stayed up for all \(steps) steps."
  }
}
