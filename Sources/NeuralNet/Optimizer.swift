/// How parameters follow their gradient: plain stochastic gradient descent or Adam.
public struct Optimizer: Sendable {
  /// The method.
  public enum Method: String, Sendable, CaseIterable {
    /// p −= rate · g (tabular methods' classic step size).
    case sgd
    /// Adam with default moments.
    case adam
  }

  private var adam: Adam?
  /// The learning rate (step size).
  public let learningRate: Double

  /// An optimiser for `parameterCount` parameters.
  public init(_ method: Method, parameterCount: Int, learningRate: Double) {
    self.learningRate = learningRate
    adam = method == .adam ? Adam(parameterCount: parameterCount, learningRate: learningRate) : nil
  }

  /// Steps `parameters` against `gradient` times `scale`, then zeroes `gradient`.
  public mutating func update(
    _ parameters: inout [Double], gradient: inout [Double], scale: Double = 1
  ) {
    if adam != nil {
      adam!.update(&parameters, gradient: &gradient, scale: scale)
      return
    }
    let rate = learningRate * scale
    for index in parameters.indices {
      parameters[index] -= rate * gradient[index]
      gradient[index] = 0
    }
  }
}
