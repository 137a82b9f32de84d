import RLCore

/// A continuous-state environment as demos see it: everything views, probes and
/// trainers need, so that none of them matches on which environment it is.
///
/// CartPole and Pendulum conform, each in its registration's file.
protocol ControlTask: Sendable {
  /// A fresh environment, for training and for rollouts.
  func makeEnvironment() -> any FeatureEnvironment
  /// The names of the features, as trace columns head them (`x`, `ẋ`, `θ`, `θ̇`).
  var featureNames: [String] { get }
  /// The actions' names (one, `torque`, for a continuous action).
  var actionNames: [String] { get }
  /// The actions.
  var actionSpace: ActionSpace { get }
  /// The most steps an episode has.
  var timeLimit: Int { get }
  /// The states `state:` can name (`start`), as probes.
  func namedProbe(_ name: String) -> Probe?
  /// The numbers a `state:` vector holds, and how to describe it in a hint.
  var vectorLength: Int { get }
  /// How `state:` may be written, for hints.
  var stateForm: String { get }
  /// The features of a state written as a vector (Pendulum's `[θ, θ̇]`).
  func features(ofVector vector: [Double]) -> [Double]
  /// A picture of the state these features describe.
  func picture(features: [Double]) -> String?
  /// How a rollout or trace names an action (`left`, `torque 1.20`).
  func actionLabel(_ action: Double) -> String
  /// The sentence under a rollout of `steps` steps.
  func ending(steps: Int, return total: Double, terminated: Bool) -> String
}

extension ControlTask {
  var actionSpace: ActionSpace { makeEnvironment().actionSpace }

  /// Whether actions are real numbers (a torque).
  var isContinuous: Bool { actionSpace.isContinuous }

  func features(ofVector vector: [Double]) -> [Double] { vector }

  func actionLabel(_ action: Double) -> String {
    let index = Int(action)
    return actionNames.indices.contains(index) ? actionNames[index] : "?"
  }
}
