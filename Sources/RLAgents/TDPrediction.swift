public import RLCore

/// TD(0) prediction: learns V of the uniformly random policy, one step at a time.
///
/// After each step, V(s) += α [r + γ V(s′) − V(s)], with V(s′) = 0 when the
/// step ends the episode. On the random walk, where the one action moves left
/// or right at random, this is Example 6.2's TD(0).
public struct TDPrediction: Sendable {
  /// The settings lessons give TD(0), each with its one default.
  public enum Parameters {
    /// The step size α.
    public static let alpha = Hyperparameter("alpha", .real(0...1), default: 0.1, "step size α")
    /// The discount factor γ.
    public static let gamma = Hyperparameter("gamma", .real(0...1), default: 1, "discount factor γ")
    /// The initial estimate.
    public static let initial = Hyperparameter(
      "initial", .real(-1e6...1e6), default: 0.5, "initial value of every non-terminal V(s)")
    /// All of them, in the order `rlbook agents` lists them.
    public static let all = [alpha, gamma, initial]
  }

  /// The step size α.
  public var alpha: Double
  /// The discount factor γ.
  public var gamma: Double
  /// V(s) by state (terminal states stay 0).
  public private(set) var values: [Double]

  /// An agent for `model`, with every non-terminal state starting at `initialValue`.
  public init(
    model: TabularModel, alpha: Double = Parameters.alpha.real,
    gamma: Double = Parameters.gamma.real,
    initialValue: Double = Parameters.initial.real
  ) {
    self.alpha = alpha
    self.gamma = gamma
    values = model.isTerminal.map { $0 ? 0 : initialValue }
  }

  /// Trains for `episodes` episodes, acting uniformly at random, or until
  /// `maximumSteps` steps have been taken (an episode cut short by that budget is not logged).
  public mutating func train(
    on environment: TabularEnvironment, episodes: Int, maximumSteps: Int = .max,
    options: TrainingOptions = TrainingOptions(), using generator: inout SeededGenerator
  ) -> TrainingRecord {
    var record = TrainingRecord()
    let limit = environment.timeLimit ?? Int.max
    var budget = maximumSteps
    for episode in 0..<episodes {
      guard budget > 0 else { break }
      let learns = options.learns(inEpisode: episode)
      var state = environment.reset(using: &generator)
      var total = 0.0
      var step = 0
      while true {
        let action =
          environment.actionCount == 1 ? 0 : generator.index(below: environment.actionCount)
        let outcome = environment.step(from: state, action: action, using: &generator)
        total += outcome.reward
        if learns {
          let estimate = values[state]
          let nextEstimate = outcome.terminates ? 0 : values[outcome.nextState]
          let tdError = outcome.reward + gamma * nextEstimate - estimate
          values[state] = estimate + alpha * tdError
          if options.traces(episode: episode, recorded: record.trace.count) {
            record.trace.append(
              TraceStep(
                episode: episode, step: step, state: state, action: action, reward: outcome.reward,
                nextState: outcome.nextState, terminates: outcome.terminates, estimate: estimate,
                nextEstimate: nextEstimate, tdError: tdError, update: alpha * tdError))
          }
        }
        step += 1
        budget -= 1
        if outcome.terminates || step >= limit || budget == 0 {
          if !outcome.terminates && step < limit { return record }  // cut short by the budget
          break
        }
        state = outcome.nextState
      }
      record.log.record(return: total, length: step)
      if options.snapshotEpisodes.contains(episode + 1) {
        record.snapshots.append(Snapshot(episode: episode + 1, values: values))
      }
    }
    return record
  }
}
