#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The Adam optimiser (Kingma & Ba, 2015) over a flat `Float` parameter array.
///
/// The moments are `Float`, as in PyTorch; the bias corrections are computed
/// once per step in `Double`. The update runs eight parameters at a time with
/// the vector unit's square root and division (both exact IEEE operations, so
/// every x86-64 machine gives the same bits).
public struct Adam: Sendable {
  /// The learning rate.
  public var learningRate: Double
  /// Decay of the first-moment estimate.
  public var beta1: Double
  /// Decay of the second-moment estimate.
  public var beta2: Double
  /// Added to the denominator for stability.
  public var epsilon: Double
  private var firstMoment: [Float]
  private var secondMoment: [Float]
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

  /// Moves `parameters` against `gradient` times `scale` (a gradient of a loss
  /// to minimise), then zeroes `gradient`.
  public mutating func update(
    _ parameters: inout [Float], gradient: inout [Float], scale: Double = 1
  ) {
    precondition(
      parameters.count == firstMoment.count && gradient.count == firstMoment.count,
      "Adam was made for \(firstMoment.count) parameters")
    step += 1
    let correction1 = 1 - pow(beta1, Double(step))
    let correction2 = 1 - pow(beta2, Double(step))
    let b1 = Float(beta1)
    let b2 = Float(beta2)
    let c1 = Float(1 - beta1)
    let c2 = Float(1 - beta2)
    let stepSize = Float(learningRate * correction2.squareRoot() / correction1)
    let eps = Float(epsilon)
    let gradientScale = Float(scale)
    parameters.withUnsafeMutableBufferPointer { parameters in
      gradient.withUnsafeMutableBufferPointer { gradient in
        firstMoment.withUnsafeMutableBufferPointer { m in
          secondMoment.withUnsafeMutableBufferPointer { v in
            let p = parameters.baseAddress!
            let g = gradient.baseAddress!
            let mp = m.baseAddress!
            let vp = v.baseAddress!
            let count = parameters.count
            let width = Lanes.scalarCount
            var index = 0
            while index + width <= count {
              let gv = Lanes.load(g + index) * gradientScale
              let newM = b1 * Lanes.load(mp + index) + c1 * gv
              let newV = b2 * Lanes.load(vp + index) + c2 * gv * gv
              let newP = Lanes.load(p + index) - stepSize * newM / (newV.squareRootOfLanes() + eps)
              newM.store(to: mp + index)
              newV.store(to: vp + index)
              newP.store(to: p + index)
              Lanes().store(to: g + index)
              index += width
            }
            while index < count {
              let gv = g[index] * gradientScale
              mp[index] = b1 * mp[index] + c1 * gv
              vp[index] = b2 * vp[index] + c2 * gv * gv
              p[index] -= stepSize * mp[index] / (vp[index].squareRoot() + eps)
              g[index] = 0
              index += 1
            }
          }
        }
      }
    }
  }
}
