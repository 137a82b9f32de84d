#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one source of randomness in rlbook: xoshiro256**, seeded through SplitMix64.
///
/// Every environment and agent takes it `inout`, so a run's numbers depend on
/// its seed alone: the same seed gives the same numbers on every machine and
/// every run. The helpers below are defined here (not taken from the standard
/// library, whose algorithms may change between versions) for that reason.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  @usableFromInline var state: (UInt64, UInt64, UInt64, UInt64)
  private var spareGaussian: Double?

  /// Creates a generator whose whole sequence is fixed by `seed`.
  public init(seed: UInt64) {
    var splitMix = seed
    func nextSplitMix() -> UInt64 {
      splitMix &+= 0x9E37_79B9_7F4A_7C15
      var z = splitMix
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    state = (nextSplitMix(), nextSplitMix(), nextSplitMix(), nextSplitMix())
  }

  /// The next 64 random bits.
  @inlinable @inline(__always)
  public mutating func next() -> UInt64 {
    nextBits()
  }

  @inlinable @inline(__always)
  mutating func nextBits() -> UInt64 {
    let result = rotateLeft(state.1 &* 5, by: 7) &* 9
    let shifted = state.1 << 17
    state.2 ^= state.0
    state.3 ^= state.1
    state.1 ^= state.2
    state.0 ^= state.3
    state.2 ^= shifted
    state.3 = rotateLeft(state.3, by: 45)
    return result
  }

  @inlinable @inline(__always)
  func rotateLeft(_ value: UInt64, by amount: UInt64) -> UInt64 {
    (value << amount) | (value >> (64 - amount))
  }

  /// A uniform double in [0, 1), with 53 random bits.
  @inlinable
  public mutating func uniform() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// A uniform double in [lower, upper).
  @inlinable
  public mutating func uniform(_ lower: Double, _ upper: Double) -> Double {
    lower + (upper - lower) * uniform()
  }

  /// A uniform integer in 0..<count (unbiased: Lemire's multiply-and-reject).
  @inlinable
  public mutating func index(below count: Int) -> Int {
    precondition(count > 0, "index(below:) needs a positive count")
    let bound = UInt64(count)
    var product = next().multipliedFullWidth(by: bound)
    if product.low < bound {
      let threshold = (0 &- bound) % bound
      while product.low < threshold { product = next().multipliedFullWidth(by: bound) }
    }
    return Int(product.high)
  }

  /// A standard normal draw (Marsaglia's polar method; draws come in pairs).
  public mutating func gaussian() -> Double {
    if let spare = spareGaussian {
      spareGaussian = nil
      return spare
    }
    while true {
      let u = 2 * uniform() - 1
      let v = 2 * uniform() - 1
      let s = u * u + v * v
      if s > 0, s < 1 {
        let factor = (-2 * log(s) / s).squareRoot()
        spareGaussian = v * factor
        return u * factor
      }
    }
  }

  /// A normal draw with a mean and a standard deviation.
  public mutating func gaussian(mean: Double, standardDeviation: Double) -> Double {
    mean + standardDeviation * gaussian()
  }
}
