import Foundation
import RLCore
import RLEnvironments

extension EnvironmentEntry {
  /// Gymnasium's Pendulum-v1.
  static let pendulum = EnvironmentEntry(
    "pendulum", "Gymnasium's Pendulum-v1: swing a pendulum up with a continuous torque",
    kind: .continuousAction, defaultEpisodes: 200,
    make: { entry, _, _ in
      DemoWorld(
        entry: entry, body: .control(PendulumControl()), schedule: nil, map: nil,
        trueValues: nil)
    })
}

/// Pendulum as demos see it: features `[cos θ, sin θ, θ̇]`, a torque, 200 steps.
struct PendulumControl: ControlTask {
  func makeEnvironment() -> any FeatureEnvironment { PendulumTask() }
  var featureNames: [String] { ["cos θ", "sin θ", "θ̇"] }
  var actionNames: [String] { ["torque"] }
  var timeLimit: Int { Pendulum.timeLimit }
  var vectorLength: Int { 2 }
  var stateForm: String { "a vector [θ, θ̇], or `start` (hanging down) or `up`" }

  /// `start` and `down`: hanging still; `up`: balanced upright.
  func namedProbe(_ name: String) -> Probe? {
    switch name {
    case "start", "down": Probe(label: name, kind: .features([-1, 0, 0]))
    case "up": Probe(label: "up", kind: .features([1, 0, 0]))
    default: nil
    }
  }

  func features(ofVector vector: [Double]) -> [Double] {
    [cos(vector[0]), sin(vector[0]), vector[1]]
  }

  func picture(features: [Double]) -> String? {
    guard features.count == 3 else { return nil }
    return Pendulum(theta: atan2(features[1], features[0]), thetaDot: features[2]).draw()
  }

  func actionLabel(_ action: Double) -> String { "torque \(String(format2: action))" }

  func ending(steps: Int, return total: Double, terminated: Bool) -> String {
    "The episode ran its \(steps) steps with a return of \(String(format2: total))."
  }
}
