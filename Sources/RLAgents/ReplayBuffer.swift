public import NeuralNet
public import RLCore

/// A fixed-size memory of transitions, overwritten oldest first, sampled uniformly.
///
/// Features are stored flat in `Float`, the networks' precision, each
/// transition's state and next state side by side (one cache line for both
/// on CartPole, which matters when a minibatch reads 32 random
/// transitions), so adding and sampling never allocate.
public struct ReplayBuffer: Sendable {
  /// How many transitions it holds at most.
  public let capacity: Int
  /// The length of each feature vector.
  public let featureCount: Int
  /// How many transitions it holds now.
  public private(set) var count = 0
  private var next = 0
  /// State, then next state, transition after transition.
  private var features: [Float]
  private var actions: [Int]
  private var rewards: [Double]
  private var terminals: [Bool]

  /// An empty buffer.
  public init(capacity: Int, featureCount: Int) {
    precondition(capacity > 0, "a replay buffer needs room for at least one transition")
    self.capacity = capacity
    self.featureCount = featureCount
    features = Array(repeating: 0, count: capacity * 2 * featureCount)
    actions = Array(repeating: 0, count: capacity)
    rewards = Array(repeating: 0, count: capacity)
    terminals = Array(repeating: false, count: capacity)
  }

  /// Stores a transition, replacing the oldest when full.
  public mutating func append(
    features state: [Double], action: Int, reward: Double, nextFeatures next: [Double],
    terminated: Bool
  ) {
    let base = self.next * 2 * featureCount
    for index in 0..<featureCount {
      features[base + index] = Float(state[index])
      features[base + featureCount + index] = Float(next[index])
    }
    actions[self.next] = action
    rewards[self.next] = reward
    terminals[self.next] = terminated
    self.next = (self.next + 1) % capacity
    count = min(count + 1, capacity)
  }

  /// A uniformly drawn stored transition's index.
  public func sampleIndex(using generator: inout SeededGenerator) -> Int {
    generator.index(below: count)
  }

  /// Transition `index`'s action, reward and terminal flag.
  public func transition(_ index: Int) -> (action: Int, reward: Double, terminated: Bool) {
    (actions[index], rewards[index], terminals[index])
  }

  /// Writes transition `index`'s state into row `row` of `states` and its next state into `nextStates`.
  public func loadFeatures(
    _ index: Int, into states: inout Network.Workspace,
    nextInto nextStates: inout Network.Workspace,
    row: Int
  ) {
    features.withUnsafeBufferPointer { features in
      let state = features.baseAddress! + index * 2 * featureCount
      states.setInput(UnsafeBufferPointer(start: state, count: featureCount), row: row)
      nextStates.setInput(
        UnsafeBufferPointer(start: state + featureCount, count: featureCount), row: row)
    }
  }
}
