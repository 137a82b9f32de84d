public import RLCore

/// First-visit Monte Carlo: learns from whole episodes, by the return that followed each first visit.
///
/// As prediction it learns V of the uniformly random policy; as control it
/// learns Q and acts ε-greedily with respect to it. With `alpha` set, each
/// update is V(s) += α [G − V(s)] (constant-α MC, Example 6.2); without it,
/// each estimate is the average of the returns seen so far.
public struct MonteCarlo: Sendable {
  /// What is learned.
  public enum Target: String, Sendable, CaseIterable {
    /// V of the uniformly random policy.
    case prediction
    /// Q, with an ε-greedy policy improving on it.
    case control
  }

  /// The settings lessons give Monte Carlo, each with its one default.
  public enum Parameters {
    /// A constant step size, or none for sample averages.
    public static let alpha = Hyperparameter(
      "alpha", .real(0...1), default: .absent("sample average"),
      "constant step size α (omit for sample averages)")
    /// The discount factor γ.
    public static let gamma = Hyperparameter("gamma", .real(0...1), default: 1, "discount factor γ")
    /// The exploration rate ε.
    public static let epsilon = Hyperparameter(
      "epsilon", .real(0...1), default: 0.1, "exploration rate ε (control)")
    /// The initial estimate.
    public static let initial = Hyperparameter(
      "initial", .real(-1e6...1e6), default: 0, "initial value of every estimate")
    /// What is learned.
    public static let target = Hyperparameter(
      "target", .choice(Target.allCases.map(\.rawValue)),
      default: .derived("control (prediction when the env has one action)"),
      "learn Q of an ε-greedy policy (control) or V of the random policy (prediction)")
    /// All of them, in the order `rlbook agents` lists them.
    public static let all = [alpha, gamma, epsilon, initial, target]
  }

  /// What is learned.
  public let target: Target
  /// The constant step size, or `nil` for sample averages.
  public var alpha: Double?
  /// The discount factor γ.
  public var gamma: Double
  /// The exploration rate (control).
  public var epsilon: Double
  /// The estimates: V by state (prediction) or Q at `state * actionCount + action` (control).
  public private(set) var estimates: [Double]
  private var visits: [Int]
  /// The number of actions.
  public let actionCount: Int
  /// What the agent perceives of each state (see ``TabularEnvironment/observationOf``).
  private var observationOf: [Int]

  /// An agent for `environment`.
  public init(
    target: Target, environment: TabularEnvironment, alpha: Double? = nil,
    gamma: Double = Parameters.gamma.real,
    epsilon: Double = Parameters.epsilon.real, initialValue: Double = Parameters.initial.real
  ) {
    self.target = target
    self.alpha = alpha
    self.gamma = gamma
    self.epsilon = epsilon
    actionCount = environment.actionCount
    observationOf = environment.observationOf
    let count =
      target == .prediction
      ? environment.stateCount : environment.observationCount * environment.actionCount
    estimates = (0..<count).map { index in
      target == .prediction && environment.model.isTerminal[index] ? 0 : initialValue
    }
    visits = Array(repeating: 0, count: count)
  }

  /// V(s) (prediction) or max_a Q(o,a) (control, o what the agent perceives).
  public func value(state: Int) -> Double {
    target == .prediction ? estimates[state] : actionValues(state: state).max() ?? 0
  }

  /// Q(o, ·) for what the agent perceives in `state` (control only; empty for prediction).
  public func actionValues(state: Int) -> [Double] {
    guard target == .control else { return [] }
    let key = observationOf[state]
    return Array(estimates[key * actionCount..<(key + 1) * actionCount])
  }

  /// Trains for `episodes` episodes.
  ///
  /// Training stops after `maximumSteps` steps; an episode cut short by that
  /// budget is neither logged nor learned from (its return is unknown).
  public mutating func train(
    on environment: TabularEnvironment, episodes: Int, maximumSteps: Int = .max,
    options: TrainingOptions = TrainingOptions(), using generator: inout SeededGenerator
  ) -> TrainingRecord {
    var record = TrainingRecord()
    let limit = environment.timeLimit ?? Int.max
    observationOf = environment.observationOf
    var visited:
      [(index: Int, state: Int, action: Int, reward: Double, next: Int, terminates: Bool)] = []
    var budget = maximumSteps
    for episode in 0..<episodes {
      guard budget > 0 else { break }
      visited.removeAll(keepingCapacity: true)
      var state = environment.reset(using: &generator)
      var total = 0.0
      while visited.count < limit {
        guard budget > 0 else { break }
        budget -= 1
        let action: Int
        let key = observationOf[state]
        if target == .control {
          action = estimates.withUnsafeBufferPointer { buffer in
            ActionSelection.epsilonGreedy(
              UnsafeBufferPointer(
                rebasing: buffer[key * actionCount..<(key + 1) * actionCount]),
              epsilon: epsilon, using: &generator)
          }
        } else {
          action = actionCount == 1 ? 0 : generator.index(below: actionCount)
        }
        let outcome = environment.step(from: state, action: action, using: &generator)
        total += outcome.reward
        let index = target == .prediction ? state : key * actionCount + action
        visited.append(
          (index, state, action, outcome.reward, outcome.nextState, outcome.terminates))
        if outcome.terminates { break }
        state = outcome.nextState
      }
      let finished = visited.last?.terminates == true || visited.count >= limit
      guard finished else { break }  // cut short by the step budget
      record.log.record(return: total, length: visited.count)
      if options.learns(inEpisode: episode) {
        learn(from: visited, episode: episode, options: options, record: &record)
      }
      if options.snapshotEpisodes.contains(episode + 1) {
        record.snapshots.append(Snapshot(episode: episode + 1, values: estimates))
      }
    }
    return record
  }

  private mutating func learn(
    from visited: [(
      index: Int, state: Int, action: Int, reward: Double, next: Int, terminates: Bool
    )],
    episode: Int, options: TrainingOptions, record: inout TrainingRecord
  ) {
    // The first time each estimate was visited, and the return from each step on.
    var firstVisit: [Int: Int] = [:]
    for (step, entry) in visited.enumerated() where firstVisit[entry.index] == nil {
      firstVisit[entry.index] = step
    }
    var returns = [Double](repeating: 0, count: visited.count)
    var running = 0.0
    for step in visited.indices.reversed() {
      running = visited[step].reward + gamma * running
      returns[step] = running
    }
    for (step, entry) in visited.enumerated() where firstVisit[entry.index] == step {
      visits[entry.index] += 1
      let estimate = estimates[entry.index]
      let error = returns[step] - estimate
      let size = alpha ?? 1 / Double(visits[entry.index])
      estimates[entry.index] = estimate + size * error
      if options.traces(episode: episode, recorded: record.trace.count) {
        record.trace.append(
          TraceStep(
            episode: episode, step: step, state: entry.state, action: entry.action,
            reward: entry.reward,
            nextState: entry.next, terminates: entry.terminates, estimate: estimate,
            nextEstimate: returns[step] - entry.reward, tdError: error, update: size * error))
      }
    }
  }
}
