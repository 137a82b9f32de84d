#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The nonlinearity after a dense layer.
public enum Activation: String, Sendable, CaseIterable {
  /// max(0, x).
  case relu
  /// tanh(x).
  case tanh
  /// x (for output layers).
  case identity

  /// Applies the activation.
  @inlinable
  func apply(_ x: Double) -> Double {
    switch self {
    case .relu: return x > 0 ? x : 0
    case .tanh: return _tanh(x)
    case .identity: return x
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

@usableFromInline
func _tanh(_ x: Double) -> Double { tanh(x) }
