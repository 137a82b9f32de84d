#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How agents pick actions from value estimates: greedy with random tie-breaking,
/// ε-greedy, and softmax.
public enum ActionSelection {
  /// The index of the largest value; ties are broken uniformly at random.
  ///
  /// One pass finds the maximum, a second marks every index holding it in a bit
  /// mask (without branches), and a single draw picks among them when there are
  /// several, so the common case of one maximizer uses no randomness.
  @inlinable @inline(__always)
  public static func argmax(
    _ values: UnsafeBufferPointer<Double>, using generator: inout SeededGenerator
  ) -> Int {
    let count = values.count
    guard count <= 64 else { return argmaxByScan(values, using: &generator) }
    var mask: UInt64 = 0
    if count == 4 {
      // Four actions (FrozenLake, cliff, gridworlds, Mario): unrolled.
      let (a, b, c, d) = (values[0], values[1], values[2], values[3])
      let best = Swift.max(Swift.max(a, b), Swift.max(c, d))
      mask = (a == best ? 1 : 0) | (b == best ? 2 : 0) | (c == best ? 4 : 0) | (d == best ? 8 : 0)
    } else {
      var best = values[0]
      for index in 1..<count { best = Swift.max(best, values[index]) }
      for index in 0..<count { mask |= (values[index] == best ? 1 : 0) << UInt64(index) }
    }
    let ties = mask.nonzeroBitCount
    if ties <= 1 { return ties == 1 ? mask.trailingZeroBitCount : 0 }  // 0 ties: NaNs
    var skip = generator.index(below: ties)
    while skip > 0 {
      mask &= mask &- 1
      skip -= 1
    }
    return mask.trailingZeroBitCount
  }

  /// Argmax for more than 64 values: reservoir sampling over the ties.
  @usableFromInline
  static func argmaxByScan(
    _ values: UnsafeBufferPointer<Double>, using generator: inout SeededGenerator
  ) -> Int {
    var best = values[0]
    var bestIndex = 0
    var ties = 1
    for index in 1..<values.count {
      let value = values[index]
      if value > best {
        best = value
        bestIndex = index
        ties = 1
      } else if value == best {
        ties += 1
        if generator.index(below: ties) == 0 { bestIndex = index }
      }
    }
    return bestIndex
  }

  /// The index of the largest value of an array; ties broken uniformly at random.
  public static func argmax(_ values: [Double], using generator: inout SeededGenerator) -> Int {
    values.withUnsafeBufferPointer { argmax($0, using: &generator) }
  }

  /// How close two values must be to count as tied where views and claims name
  /// the best actions (the ▸ in a table, the arrows on a map, `argmax` in an
  /// expression): closer than an exact method's solution is accurate.
  public static let tieTolerance = 1e-9

  /// Every index holding the largest value.
  public static func maximizers(_ values: [Double], tolerance: Double = 0) -> [Int] {
    guard let best = values.max() else { return [] }
    return values.indices.filter { values[$0] >= best - tolerance }
  }

  /// With probability ε a uniformly random action, otherwise a greedy one.
  @inlinable @inline(__always)
  public static func epsilonGreedy(
    _ values: UnsafeBufferPointer<Double>, epsilon: Double, using generator: inout SeededGenerator
  ) -> Int {
    if epsilon > 0, generator.uniform() < epsilon { return generator.index(below: values.count) }
    return argmax(values, using: &generator)
  }

  /// The ε-greedy policy's probabilities: ε/n for every action, plus 1 − ε shared by the maximizers.
  public static func epsilonGreedyProbabilities(_ values: [Double], epsilon: Double) -> [Double] {
    let best = maximizers(values)
    var probabilities = [Double](repeating: epsilon / Double(values.count), count: values.count)
    for index in best { probabilities[index] += (1 - epsilon) / Double(best.count) }
    return probabilities
  }

  /// The uniform distribution over `count` actions.
  public static func uniform(_ count: Int) -> [Double] {
    Array(repeating: 1 / Double(count), count: count)
  }

  /// Softmax probabilities of preferences at a temperature (stable: the maximum is subtracted).
  public static func softmax(_ preferences: [Double], temperature: Double = 1) -> [Double] {
    guard let largest = preferences.max() else { return [] }
    let exponentials = preferences.map { exp(($0 - largest) / temperature) }
    let total = exponentials.reduce(0, +)
    return exponentials.map { $0 / total }
  }

  /// Draws an index from probabilities (the first whose cumulative sum exceeds a uniform draw).
  public static func sample(_ probabilities: [Double], using generator: inout SeededGenerator)
    -> Int
  {
    let draw = generator.uniform()
    var cumulative = 0.0
    for (index, probability) in probabilities.enumerated() {
      cumulative += probability
      if cumulative > draw { return index }
    }
    return probabilities.count - 1
  }
}
