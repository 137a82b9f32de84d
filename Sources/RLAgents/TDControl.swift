public import RLCore

/// One-step temporal-difference control with an ε-greedy policy: Q-learning, SARSA or expected SARSA.
///
/// After every step, Q(s,a) += α [r + γ·X − Q(s,a)], where X is max_a′ Q(s′,a′)
/// (Q-learning, off-policy), Q(s′,a′) for the action a′ actually taken next
/// (SARSA, on-policy), or Σ_a′ π(a′∣s′) Q(s′,a′) under the ε-greedy policy
/// (expected SARSA). X is 0 when the step ends the episode; a time-limit cut
/// off still bootstraps, since the state is not terminal. Greedy choices break
/// ties at random.
public struct TDControl: Sendable {
  /// Which target the update bootstraps from.
  public enum Method: String, Sendable, CaseIterable {
    /// max_a′ Q(s′,a′).
    case qLearning = "q-learning"
    /// Q(s′,a′) for the next action taken.
    case sarsa
    /// The expectation of Q(s′,·) under the ε-greedy policy.
    case expectedSARSA = "expected-sarsa"
  }

  /// The settings lessons give TD control (shared by the three methods), each with its one default.
  public enum Parameters {
    /// The step size α.
    public static let alpha = Hyperparameter("alpha", .real(0...1), default: 0.1, "step size α")
    /// The discount factor γ.
    public static let gamma = Hyperparameter(
      "gamma", .real(0...1), default: 0.99, "discount factor γ")
    /// The exploration rate ε.
    public static let epsilon = Hyperparameter(
      "epsilon", .real(0...1), default: 0.1, "exploration rate ε of the ε-greedy policy")
    /// The initial estimate.
    public static let initial = Hyperparameter(
      "initial", .real(-1e6...1e6), default: 0, "initial value of every Q(s,a)")
    /// All of them, in the order `rlbook agents` lists them.
    public static let all = [alpha, gamma, epsilon, initial]
  }

  /// The update's target.
  public let method: Method
  /// The step size α.
  public var alpha: Double
  /// The discount factor γ.
  public var gamma: Double
  /// The exploration rate ε.
  public var epsilon: Double
  /// Q(s,a), stored at `state * actionCount + action`.
  public private(set) var qValues: [Double]
  /// The number of actions.
  public let actionCount: Int

  /// What the agent perceives of each state (see ``TabularEnvironment/observationOf``).
  private var observationOf: [Int]

  /// An agent for `environment`: one Q-value for each action in each state it can perceive.
  public init(
    method: Method, environment: TabularEnvironment, alpha: Double = Parameters.alpha.real,
    gamma: Double = Parameters.gamma.real,
    epsilon: Double = Parameters.epsilon.real, initialValue: Double = Parameters.initial.real
  ) {
    self.method = method
    self.alpha = alpha
    self.gamma = gamma
    self.epsilon = epsilon
    actionCount = environment.actionCount
    observationOf = environment.observationOf
    qValues = Array(repeating: initialValue, count: environment.observationCount * actionCount)
  }

  /// Q(o, ·) for what the agent perceives in `state` (the state itself when fully observed).
  public func actionValues(state: Int) -> [Double] {
    let key = observationOf[state]
    return Array(qValues[key * actionCount..<(key + 1) * actionCount])
  }

  /// π(·∣s) of the ε-greedy policy.
  public func policy(state: Int) -> [Double] {
    ActionSelection.epsilonGreedyProbabilities(actionValues(state: state), epsilon: epsilon)
  }

  /// Trains on `environment` for `episodes` episodes, or until `maximumSteps` steps
  /// have been taken (an episode cut short by that budget is not logged).
  public mutating func train(
    on environment: TabularEnvironment, episodes: Int, maximumSteps: Int = .max,
    options: TrainingOptions = TrainingOptions(), using generator: inout SeededGenerator
  ) -> TrainingRecord {
    var record = TrainingRecord()
    record.log.returns.reserveCapacity(episodes)
    record.log.lengths.reserveCapacity(episodes)
    let limit = environment.timeLimit ?? Int.max
    let actions = actionCount
    let (method, alpha, gamma, epsilon) = (method, alpha, gamma, epsilon)
    precondition(
      qValues.count == environment.observationCount * actions,
      "the agent was made for another environment")
    observationOf = environment.observationOf
    environment.model.withUnsafeTables { tables in
      environment.observationOf.withUnsafeBufferPointer { observe in
        qValues.withUnsafeMutableBufferPointer { q in
          let isFullyObserved = environment.isFullyObserved
          // Draws go through a local copy, written back at the end, so the helpers
          // below take it as an argument instead of capturing the inout generator.
          var random = generator
          defer { generator = random }
          /// The row of Q for what the agent perceives in `state`.
          @inline(__always) func key(_ state: Int) -> Int {
            isFullyObserved ? state : observe[state]
          }
          /// The Q-values of what the agent perceives in `state`.
          @inline(__always) func row(_ state: Int) -> UnsafeBufferPointer<Double> {
            let key = key(state)
            return UnsafeBufferPointer(start: q.baseAddress! + key &* actions, count: actions)
          }
          @inline(__always) func choose(
            _ state: Int, using random: inout SeededGenerator
          ) -> Int {
            ActionSelection.epsilonGreedy(row(state), epsilon: epsilon, using: &random)
          }
          var budget = maximumSteps
          for episode in 0..<episodes {
            guard budget > 0 else { break }
            let learns = options.learns(inEpisode: episode)
            let isTraced = options.traces(episode: episode, recorded: record.trace.count)
            var state = environment.reset(using: &random)
            var action = choose(state, using: &random)
            var total = 0.0
            var step = 0
            var finished = false
            while true {
              let outcome = tables.sample(state: state, action: action, using: &random)
              total += outcome.reward
              let next = outcome.nextState
              let nextAction =
                method == .sarsa && !outcome.terminates ? choose(next, using: &random) : 0
              if learns {
                var bootstrap = 0.0
                if !outcome.terminates {
                  switch method {
                  case .qLearning: bootstrap = Self.maximum(row(next))
                  case .sarsa: bootstrap = q[key(next) &* actions &+ nextAction]
                  case .expectedSARSA: bootstrap = Self.expectation(row(next), epsilon: epsilon)
                  }
                }
                let index = key(state) &* actions &+ action
                let estimate = q[index]
                let tdError = outcome.reward + gamma * bootstrap - estimate
                if isTraced, record.trace.count < options.traceSteps {
                  // Recorded before the update: the Q-row the agent acted on.
                  record.trace.append(
                    TraceStep(
                      episode: episode, step: step, state: state, action: action,
                      reward: outcome.reward, nextState: next, terminates: outcome.terminates,
                      estimate: estimate, nextEstimate: bootstrap, tdError: tdError,
                      update: alpha * tdError, actionValues: Array(row(state))))
                }
                q[index] = estimate + alpha * tdError
              }
              step &+= 1
              budget &-= 1
              finished = outcome.terminates || step >= limit
              if finished || budget == 0 { break }
              state = next
              action = method == .sarsa ? nextAction : choose(next, using: &random)
            }
            if !finished { break }  // cut short by the step budget
            record.log.record(return: total, length: step)
            if options.snapshotEpisodes.contains(episode + 1) {
              record.snapshots.append(Snapshot(episode: episode + 1, values: Array(q)))
            }
          }
        }
      }
    }
    return record
  }

  @inlinable
  static func maximum(_ values: UnsafeBufferPointer<Double>) -> Double {
    if values.count == 4 {
      return Swift.max(Swift.max(values[0], values[1]), Swift.max(values[2], values[3]))
    }
    var best = values[0]
    for value in values.dropFirst() where value > best { best = value }
    return best
  }

  /// Σ_a π(a) Q(a) under ε-greedy: ε times the mean plus 1 − ε times the maximum
  /// (however the maximizers share 1 − ε, they all hold the maximum).
  @inlinable
  static func expectation(_ values: UnsafeBufferPointer<Double>, epsilon: Double) -> Double {
    let best = maximum(values)
    var sum = 0.0
    for value in values { sum += value }
    return epsilon * sum / Double(values.count) + (1 - epsilon) * best
  }
}
