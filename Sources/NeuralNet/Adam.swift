#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The Adam optimiser (Kingma & Ba, 2015) over a flat parameter array.
public struct Adam: Sendable {
  /// The learning rate.
  public var learningRate: Double
  /// Decay of the first-moment estimate.
  public var beta1: Double
  /// Decay of the second-moment estimate.
  public var beta2: Double
  /// Added to the denominator for stability.
  public var epsilon: Double
  private var firstMoment: [Double]
  private var secondMoment: [Double]
  private var step = 0

  /// An optimiser for `parameterCount` parameters.
  public init(
    parameterCount: Int, learningRate: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999,
    epsilon: Double = 1e-8
  ) {
    self.learningRate = learningRate
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
    firstMoment = Array(repeating: 0, count: parameterCount)
    secondMoment = Array(repeating: 0, count: parameterCount)
  }

  /// Moves `parameters` against `gradient` (a gradient of a loss to minimise), then zeroes `gradient`.
  public mutating func update(
    _ parameters: inout [Double], gradient: inout [Double], scale: Double = 1
  ) {
    step += 1
    let correction1 = 1 - pow(beta1, Double(step))
    let correction2 = 1 - pow(beta2, Double(step))
    let size = learningRate * correction2.squareRoot() / correction1
    let (beta1, beta2, epsilon) = (beta1, beta2, epsilon)
    parameters.withUnsafeMutableBufferPointer { parameters in
      gradient.withUnsafeMutableBufferPointer { gradient in
        firstMoment.withUnsafeMutableBufferPointer { m in
          secondMoment.withUnsafeMutableBufferPointer { v in
            let count = parameters.count
            var index = 0
            // Four parameters at a time: vector square roots and divisions.
            let b1 = SIMD4(repeating: beta1)
            let b2 = SIMD4(repeating: beta2)
            let c1 = SIMD4(repeating: 1 - beta1)
            let c2 = SIMD4(repeating: 1 - beta2)
            let stepSize = SIMD4(repeating: size)
            let eps = SIMD4(repeating: epsilon)
            let gradientScale = SIMD4(repeating: scale)
            let pp = UnsafeMutableRawPointer(parameters.baseAddress!)
            let gp = UnsafeMutableRawPointer(gradient.baseAddress!)
            let mp = UnsafeMutableRawPointer(m.baseAddress!)
            let vp = UnsafeMutableRawPointer(v.baseAddress!)
            let zero = SIMD4<Double>()
            while index + 4 <= count {
              let offset = index * MemoryLayout<Double>.stride
              let g =
                gp.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self) * gradientScale
              let newM =
                b1 * mp.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self) + c1 * g
              let newV =
                b2 * vp.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self) + c2 * g * g
              let p =
                pp.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self) - stepSize * newM
                / (Self.squareRoot(newV) + eps)
              mp.storeBytes(of: newM, toByteOffset: offset, as: SIMD4<Double>.self)
              vp.storeBytes(of: newV, toByteOffset: offset, as: SIMD4<Double>.self)
              pp.storeBytes(of: p, toByteOffset: offset, as: SIMD4<Double>.self)
              gp.storeBytes(of: zero, toByteOffset: offset, as: SIMD4<Double>.self)
              index += 4
            }
            while index < count {
              let g = gradient[index] * scale
              m[index] = beta1 * m[index] + (1 - beta1) * g
              v[index] = beta2 * v[index] + (1 - beta2) * g * g
              parameters[index] -= size * m[index] / (v[index].squareRoot() + epsilon)
              gradient[index] = 0
              index += 1
            }
          }
        }
      }
    }
  }

  /// √v for v ≥ 0, four lanes in vector arithmetic.
  ///
  /// Swift's `squareRoot()` on Linux goes through the C library's `sqrt`, one
  /// lane at a time behind a branch for `errno`; here 1/√v starts from the bit
  /// pattern (within 4 %), four Newton steps take it past double precision,
  /// and √v = v · (1/√v). Within a few units in the last place; values below
  /// 10⁻²⁰⁰ count as 0, which changes nothing beside Adam's ε.
  @inline(__always)
  static func squareRoot(_ v: SIMD4<Double>) -> SIMD4<Double> {
    let bits = unsafeBitCast(v, to: SIMD4<UInt64>.self)
    var y = unsafeBitCast(0x5FE6_EB50_C7B5_37A9 &- (bits &>> 1), to: SIMD4<Double>.self)
    let half = 0.5 * v
    for _ in 0..<4 { y = y * (1.5 - half * y * y) }
    let root = v * y
    return root.replacing(with: 0, where: v .< 1e-200)
  }
}
