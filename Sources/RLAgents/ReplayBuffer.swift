public import RLCore

/// A fixed-size memory of transitions, overwritten oldest first, sampled uniformly.
///
/// Features are stored flat (one contiguous array per field), so adding and
/// sampling never allocate.
public struct ReplayBuffer: Sendable {
  /// How many transitions it holds at most.
  public let capacity: Int
  /// The length of each feature vector.
  public let featureCount: Int
  /// How many transitions it holds now.
  public private(set) var count = 0
  private var next = 0
  private var features: [Double]
  private var nextFeatures: [Double]
  private var actions: [Int]
  private var rewards: [Double]
  private var terminals: [Bool]

  /// An empty buffer.
  public init(capacity: Int, featureCount: Int) {
    precondition(capacity > 0, "a replay buffer needs room for at least one transition")
    self.capacity = capacity
    self.featureCount = featureCount
    features = Array(repeating: 0, count: capacity * featureCount)
    nextFeatures = Array(repeating: 0, count: capacity * featureCount)
    actions = Array(repeating: 0, count: capacity)
    rewards = Array(repeating: 0, count: capacity)
    terminals = Array(repeating: false, count: capacity)
  }

  /// Stores a transition, replacing the oldest when full.
  public mutating func append(
    features state: [Double], action: Int, reward: Double, nextFeatures next: [Double],
    terminated: Bool
  ) {
    let base = self.next * featureCount
    for index in 0..<featureCount {
      features[base + index] = state[index]
      nextFeatures[base + index] = next[index]
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

  /// Copies transition `index` into the given buffers; returns its action, reward and terminal flag.
  public func load(
    _ index: Int, features state: inout [Double], nextFeatures next: inout [Double]
  ) -> (action: Int, reward: Double, terminated: Bool) {
    let base = index * featureCount
    for offset in 0..<featureCount {
      state[offset] = features[base + offset]
      next[offset] = nextFeatures[base + offset]
    }
    return (actions[index], rewards[index], terminals[index])
  }
}
