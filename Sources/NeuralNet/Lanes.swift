internal import CVectorMath

/// The vector every network kernel works in: eight `Float`s.
///
/// Chosen once, by measuring (`rlbook-bench --only-network` on this project's
/// 2-core AMD EPYC, with the baseline x86-64 instruction set every build of
/// the package targets, so each vector is two SSE registers): eight lanes did
/// 193k online Adam updates a second on 4-64-64-2 against 112k with four and
/// 183k with sixteen, and 689k samples a second in batches of 32 against 528k
/// and 627k. The width is fixed here, not picked at run time, so every sum is
/// taken in the same order and the same seed gives the same bits on every
/// x86-64 machine.
typealias Lanes = SIMD8<Float>

extension Lanes {
  /// Eight values from `pointer` (any alignment).
  @inline(__always)
  static func load(_ pointer: UnsafePointer<Float>) -> Lanes {
    UnsafeRawPointer(pointer).loadUnaligned(as: Lanes.self)
  }

  /// The sum of the eight lanes, in a fixed order: the halves added lane by
  /// lane, then (0 + 2) + (1 + 3). (`sum()` leaves the order to the compiler.)
  @inline(__always)
  var total: Float {
    let half = lowHalf + highHalf
    let quarter = half.lowHalf + half.highHalf
    return quarter[0] + quarter[1]
  }

  /// The correctly rounded square root of each lane, in vector instructions.
  @inline(__always)
  func squareRootOfLanes() -> Lanes {
    rlbook_sqrt8(self)
  }

  /// Writes the eight values to `pointer` (any alignment).
  @inline(__always)
  func store(to pointer: UnsafeMutablePointer<Float>) {
    UnsafeMutableRawPointer(pointer).storeBytes(of: self, as: Lanes.self)
  }
}
