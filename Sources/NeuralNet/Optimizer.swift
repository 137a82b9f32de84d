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
    _ parameters: inout [Float], gradient: inout [Float], scale: Double = 1
  ) {
    if adam != nil {
      adam!.update(&parameters, gradient: &gradient, scale: scale)
      return
    }
    Self.descend(&parameters, gradient: &gradient, rate: Float(learningRate * scale))
  }

  /// p −= rate · g, then g = 0, eight parameters at a time.
  static func descend(_ parameters: inout [Float], gradient: inout [Float], rate: Float) {
    precondition(parameters.count == gradient.count, "one gradient per parameter")
    parameters.withUnsafeMutableBufferPointer { parameters in
      gradient.withUnsafeMutableBufferPointer { gradient in
        let p = parameters.baseAddress!
        let g = gradient.baseAddress!
        let width = Lanes.scalarCount
        var index = 0
        while index + width <= parameters.count {
          (Lanes.load(p + index) - rate * Lanes.load(g + index)).store(to: p + index)
          Lanes().store(to: g + index)
          index += width
        }
        while index < parameters.count {
          p[index] -= rate * g[index]
          g[index] = 0
          index += 1
        }
      }
    }
  }
}
