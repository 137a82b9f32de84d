/// The full model of a finite environment: every state, every action, and for
/// each pair the list of possible outcomes with their probabilities.
///
/// This is Gymnasium's `P[s][a] = [(probability, next_state, reward, terminated), …]`,
/// stored flat so that stepping is a table lookup, and exact methods (value
/// iteration, policy evaluation) can read the dynamics directly.
public struct TabularModel: Sendable {
  /// One possible result of taking an action in a state.
  public struct Outcome: Hashable, Sendable {
    /// The chance of this outcome.
    public var probability: Double
    /// The state it leads to.
    public var nextState: Int
    /// The reward it gives.
    public var reward: Double
    /// Whether the episode ends with it.
    public var terminates: Bool

    /// Creates an outcome.
    public init(probability: Double, nextState: Int, reward: Double, terminates: Bool) {
      self.probability = probability
      self.nextState = nextState
      self.reward = reward
      self.terminates = terminates
    }
  }

  /// The number of states, numbered 0..<stateCount.
  public let stateCount: Int
  /// The number of actions, numbered 0..<actionCount.
  public let actionCount: Int
  /// States in which an episode is over (absorbing: every action stays, reward 0).
  public let isTerminal: [Bool]
  /// Where `outcomes(state:action:)` starts for pair `state * actionCount + action`.
  @usableFromInline let offsets: [Int]
  /// Every outcome, pair by pair.
  @usableFromInline let storage: [Outcome]
  /// For each outcome, the running sum of its pair's probabilities up to and
  /// including it, in units of 2⁻⁵³, rounded up: 53 random bits `n` pass it
  /// exactly when the sum ≤ n · 2⁻⁵³, the comparison ``sample(state:action:using:)``
  /// makes in floating point, made here without converting the draw.
  @usableFromInline let thresholds: [UInt64]

  /// Builds a model from a function that lists the outcomes of each state and action.
  ///
  /// - Precondition: each pair's probabilities add up to 1 (within 1e-9), and
  ///   every next state is a valid state.
  public init(
    stateCount: Int, actionCount: Int, isTerminal: [Bool],
    outcomes: (_ state: Int, _ action: Int) -> [Outcome]
  ) {
    precondition(isTerminal.count == stateCount, "one terminal flag per state")
    self.stateCount = stateCount
    self.actionCount = actionCount
    self.isTerminal = isTerminal
    var offsets = [0]
    var storage: [Outcome] = []
    offsets.reserveCapacity(stateCount * actionCount + 1)
    for state in 0..<stateCount {
      for action in 0..<actionCount {
        let list = outcomes(state, action)
        let total = list.reduce(0) { $0 + $1.probability }
        precondition(abs(total - 1) < 1e-9, "outcomes of (\(state), \(action)) add up to \(total)")
        precondition(list.allSatisfy { (0..<stateCount).contains($0.nextState) }, "bad next state")
        storage += list
        offsets.append(storage.count)
      }
    }
    self.offsets = offsets
    self.storage = storage
    var thresholds = [UInt64](repeating: 0, count: storage.count)
    for pair in 0..<offsets.count - 1 {
      var sum = 0.0
      for index in offsets[pair]..<offsets[pair + 1] {
        sum += storage[index].probability
        let scaled = (sum * 0x1p53).rounded(.up)  // exact: a power-of-two scaling
        thresholds[index] = scaled < 0x1p64 ? UInt64(scaled) : .max
      }
    }
    self.thresholds = thresholds
  }

  /// The outcomes of taking `action` in `state`, in model order.
  @inlinable
  public func outcomes(state: Int, action: Int) -> ArraySlice<Outcome> {
    let pair = state * actionCount + action
    return storage[offsets[pair]..<offsets[pair + 1]]
  }

  /// Draws one outcome of `action` in `state`, as Gymnasium does: the first
  /// outcome whose cumulative probability exceeds a uniform draw.
  ///
  /// Deterministic pairs use no randomness at all.
  @inlinable
  public func sample(state: Int, action: Int, using generator: inout SeededGenerator) -> Outcome {
    let pair = state * actionCount + action
    let start = offsets[pair]
    let end = offsets[pair + 1]
    if end - start == 1 { return storage[start] }
    let draw = generator.uniform()
    var cumulative = 0.0
    for index in start..<end {
      cumulative += storage[index].probability
      if cumulative > draw { return storage[index] }
    }
    return storage[end - 1]
  }

  /// Read-only views of the model's tables for the innermost loops of agents.
  ///
  /// Valid only inside `body`; stepping through them is the same table lookup
  /// as ``sample(state:action:using:)``, without bounds checks or copies.
  public struct UnsafeTables {
    /// Where each pair's outcomes start; pair `state * actionCount + action`.
    public let offsets: UnsafeBufferPointer<Int>
    /// Every outcome.
    public let outcomes: UnsafeBufferPointer<Outcome>
    /// Running sums of each pair's probabilities, in units of 2⁻⁵³ rounded up.
    public let thresholds: UnsafeBufferPointer<UInt64>
    /// The number of actions.
    public let actionCount: Int

    @usableFromInline
    init(
      offsets: UnsafeBufferPointer<Int>, outcomes: UnsafeBufferPointer<Outcome>,
      thresholds: UnsafeBufferPointer<UInt64>, actionCount: Int
    ) {
      self.offsets = offsets
      self.outcomes = outcomes
      self.thresholds = thresholds
      self.actionCount = actionCount
    }

    /// Draws an outcome exactly as ``TabularModel/sample(state:action:using:)`` does.
    @inlinable @inline(__always)
    public func sample(state: Int, action: Int, using generator: inout SeededGenerator) -> Outcome {
      let pair = state &* actionCount &+ action
      var index = offsets[pair]
      let last = offsets[pair &+ 1] &- 1
      if index == last { return outcomes[index] }
      // The first outcome whose running sum exceeds the draw is the number of
      // running sums (before the last) that do not: counted without branches.
      // The draw is the 53 bits `uniform()` would scale by 2⁻⁵³.
      let draw = generator.next() >> 11
      var skipped = 0
      for position in index..<last where thresholds[position] <= draw { skipped &+= 1 }
      index &+= skipped
      return outcomes[index]
    }
  }

  /// Calls `body` with unchecked views of the tables.
  @inlinable
  public func withUnsafeTables<Result>(_ body: (UnsafeTables) throws -> Result) rethrows -> Result {
    try offsets.withUnsafeBufferPointer { offsets in
      try storage.withUnsafeBufferPointer { outcomes in
        try thresholds.withUnsafeBufferPointer { thresholds in
          try body(
            UnsafeTables(
              offsets: offsets, outcomes: outcomes, thresholds: thresholds,
              actionCount: actionCount))
        }
      }
    }
  }

  /// The expected reward plus discounted value of the next state: Σ p (r + γ V(s′)),
  /// where terminating outcomes add no future value.
  @inlinable
  public func expectedBackup(state: Int, action: Int, gamma: Double, values: [Double]) -> Double {
    var total = 0.0
    for outcome in outcomes(state: state, action: action) {
      let future = outcome.terminates ? 0 : values[outcome.nextState]
      total += outcome.probability * (outcome.reward + gamma * future)
    }
    return total
  }
}
