import NeuralNet
public import RLCore

/// Settings every agent with a policy network takes, each with its one default.
public enum NetworkParameters {
  /// How gradients move the weights.
  public static let optimizer = Hyperparameter(
    "optimizer", .choice(Optimizer.Method.allCases.map(\.rawValue)),
    default: .text(Optimizer.Method.adam.rawValue),
    "how gradients move the weights: Adam's adaptive steps, or plain steps of size lr")
}
