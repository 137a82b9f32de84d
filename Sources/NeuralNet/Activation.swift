/// The nonlinearity after a dense layer.
public enum Activation: String, Sendable, CaseIterable {
  /// max(0, x).
  case relu
  /// tanh(x).
  case tanh
  /// x (for output layers).
  case identity

  /// Applies the activation to a whole layer's values in place.
  func apply(to values: UnsafeMutableBufferPointer<Double>) {
    switch self {
    case .relu:
      for index in values.indices where !(values[index] > 0) { values[index] = 0 }
    case .tanh: LayerTanh.apply(to: values)
    case .identity: break
    }
  }

  /// The derivative, from the activation's output y (cheaper than from its input).
  @inlinable
  func derivative(output y: Double) -> Double {
    switch self {
    case .relu: return y > 0 ? 1 : 0
    case .tanh: return 1 - y * y
    case .identity: return 1
    }
  }
}
