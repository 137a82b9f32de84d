public import NeuralNet
public import RLCore

/// A fixed-size memory of transitions, overwritten oldest first, sampled uniformly.
///
/// Features are stored flat in `Float`, the networks' precision, each
/// transition's state and next state side by side (one cache line for both
/// on CartPole, which matters when a minibatch reads 32 random
/// transitions), and each one's action, reward and end in one record beside
/// the others', so adding and sampling never allocate.
public struct ReplayBuffer: Sendable {
  /// What followed a state: the action taken, the reward, and whether the episode ended.
  public struct Outcome: Sendable, Equatable {
    public var action: Int
    public var reward: Double
    public var terminated: Bool

    /// An outcome.
    public init(action: Int, reward: Double, terminated: Bool) {
      self.action = action
      self.reward = reward
      self.terminated = terminated
    }
  }

  /// How many transitions it holds at most.
  public let capacity: Int
  /// The length of each feature vector.
  public let featureCount: Int
  /// How many transitions it holds now.
  public private(set) var count = 0
  private var next = 0
  /// State, then next state, transition after transition.
  private var features: [Float]
  private var outcomes: [Outcome]

  /// An empty buffer.
  public init(capacity: Int, featureCount: Int) {
    precondition(capacity > 0, "a replay buffer needs room for at least one transition")
    self.capacity = capacity
    self.featureCount = featureCount
    features = Array(repeating: 0, count: capacity * 2 * featureCount)
    outcomes = Array(
      repeating: Outcome(action: 0, reward: 0, terminated: false), count: capacity)
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
    outcomes[self.next] = Outcome(action: action, reward: reward, terminated: terminated)
    self.next = (self.next + 1) % capacity
    count = min(count + 1, capacity)
  }

  /// A uniformly drawn stored transition's index.
  public func sampleIndex(using generator: inout SeededGenerator) -> Int {
    generator.index(below: count)
  }

  /// Writes the states of the transitions at `indices` into the rows of `states`, in order,
  /// their next states into the rows of `nextStates`, and their outcomes into `outcomes`.
  ///
  /// One tight loop, so that the processor overlaps the cache misses of a
  /// minibatch's random reads instead of waiting for each in turn.
  public func loadFeatures(
    _ indices: [Int], into states: inout Network.Workspace,
    nextInto nextStates: inout Network.Workspace, outcomes loaded: inout [Outcome]
  ) {
    loaded.removeAll(keepingCapacity: true)
    precondition(
      indices.count <= states.capacity && indices.count <= nextStates.capacity,
      "more transitions than the workspaces hold")
    precondition(
      states.sizes[0] == featureCount && nextStates.sizes[0] == featureCount,
      "the workspaces take \(states.sizes[0]) features; the buffer stores \(featureCount)")
    let width = featureCount
    features.withUnsafeBufferPointer { features in
      states.withInputs { states in
        nextStates.withInputs { nextStates in
          for (row, index) in indices.enumerated() {
            precondition(index >= 0 && index < count, "transition \(index) is not stored")
            loaded.append(outcomes[index])
            let source = features.baseAddress! + index * 2 * width
            for offset in 0..<width {
              states[row * width + offset] = source[offset]
              nextStates[row * width + offset] = source[width + offset]
            }
          }
        }
      }
    }
  }
}
