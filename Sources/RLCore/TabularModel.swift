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
