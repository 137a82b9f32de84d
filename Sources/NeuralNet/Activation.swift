/// The nonlinearity after a dense layer.
public enum Activation: String, Sendable, CaseIterable {
  /// max(0, x).
  case relu
  /// tanh(x).
  case tanh
  /// x (for output layers).
  case identity

  /// Applies the activation to `count` values in place.
  func apply(to values: UnsafeMutablePointer<Float>, count: Int) {
    switch self {
    case .relu:
      let width = Lanes.scalarCount
      var index = 0
      while index + width <= count {
        let x = Lanes.load(values + index)
        x.replacing(with: 0, where: .!(x .> 0)).store(to: values + index)
        index += width
      }
      while index < count {
        if !(values[index] > 0) { values[index] = 0 }
        index += 1
      }
    case .tanh: LayerTanh.apply(to: values, count: count)
    case .identity: break
    }
  }

  /// Multiplies each of `count` gradients by the activation's derivative,
  /// computed from the activation's output y (cheaper than from its input).
  func multiplyDerivative(
    _ deltas: UnsafeMutablePointer<Float>, outputs y: UnsafePointer<Float>, count: Int
  ) {
    let width = Lanes.scalarCount
    var index = 0
    switch self {
    case .relu:
      while index + width <= count {
        let d = Lanes.load(deltas + index)
        d.replacing(with: 0, where: .!(Lanes.load(y + index) .> 0)).store(to: deltas + index)
        index += width
      }
      while index < count {
        if !(y[index] > 0) { deltas[index] = 0 }
        index += 1
      }
    case .tanh:
      while index + width <= count {
        let v = Lanes.load(y + index)
        (Lanes.load(deltas + index) * (1 - v * v)).store(to: deltas + index)
        index += width
      }
      while index < count {
        deltas[index] *= 1 - y[index] * y[index]
        index += 1
      }
    case .identity: break
    }
  }
}
