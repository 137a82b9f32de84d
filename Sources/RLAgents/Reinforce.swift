public import NeuralNet
public import RLCore

/// REINFORCE (Williams, 1992): a policy learned directly from whole episodes.
///
/// After each episode, every step's log π(a_t∣s_t) is pushed up in proportion
/// to how good what followed was: the return G_t, minus a baseline when there
/// is one. The loss −Σ_t A_t log π(a_t∣s_t) is high when the agent did
/// something that turned out badly. With `baseline: .value` a second network
/// learns V(s) from the returns and A_t = G_t − V(s_t); with
/// `standardize` the episode's A_t are rescaled to mean 0 and deviation 1.
/// Discrete actions use a softmax over the network's outputs; continuous ones
/// a Gaussian whose mean and log standard deviation the network outputs. With
/// no hidden layers on a one-hot environment the policy is a softmax over a table.
public struct Reinforce: Sendable {
  /// What is subtracted from the return.
  public enum Baseline: String, Sendable, CaseIterable {
    /// Nothing: A_t = G_t.
    case none
    /// A learned state value: A_t = G_t − V(s_t).
    case value
  }

  /// The settings lessons give REINFORCE, each with its one default.
  public enum Parameters {
    /// The policy's learning rate.
    public static let lr = Hyperparameter(
      "lr", .real(1e-6...1), default: 0.01, "learning rate of the policy (Adam)")
    /// The discount factor γ.
    public static let gamma = Hyperparameter(
      "gamma", .real(0...1), default: 0.99, "discount factor γ")
    /// The hidden layers.
    public static let hidden = Hyperparameter(
      "hidden", .integers(1...512, maximumCount: 4), default: .integers([32]),
      "hidden layer sizes")
    /// The baseline.
    public static let baseline = Hyperparameter(
      "baseline", .choice(Baseline.allCases.map(\.rawValue)),
      default: .text(Baseline.value.rawValue),
      "what is subtracted from Gₜ")
    /// Whether advantages are standardised.
    public static let standardize = Hyperparameter(
      "standardize", .flag, default: true,
      "rescale each episode's advantages to mean 0, deviation 1")
    /// All of them, in the order `rlbook agents` lists them.
    public static let all = [lr, gamma, hidden, baseline, standardize, NetworkParameters.optimizer]
  }

  /// The policy network: logits, or `[mean, log std]`.
  public private(set) var policy: Network
  /// The value network, when there is a baseline.
  public private(set) var critic: Network?
  /// The discount factor.
  public let gamma: Double
  /// Whether advantages are standardised per episode.
  public let standardize: Bool
  private let head: PolicyHead
  private var policyOptimizer: Optimizer
  private var criticOptimizer: Optimizer?

  /// An agent for states of `featureCount` numbers and the given actions.
  public init(
    featureCount: Int, actionSpace: ActionSpace, hidden: [Int] = Parameters.hidden.integers,
    learningRate: Double = Parameters.lr.real,
    gamma: Double = Parameters.gamma.real, baseline: Baseline = Parameters.baseline.choice(),
    standardize: Bool = Parameters.standardize.flag,
    optimizer: Optimizer.Method = NetworkParameters.optimizer.choice(),
    using generator: inout SeededGenerator
  ) {
    head = PolicyHead(actionSpace: actionSpace)
    policy = Network(
      sizes: [featureCount] + hidden + [head.outputSize], activation: .tanh, outputScale: 0.1,
      using: &generator)
    policyOptimizer = Optimizer(
      optimizer, parameterCount: policy.parameterCount, learningRate: learningRate)
    if baseline == .value {
      let critic = Network(
        sizes: [featureCount] + hidden + [1], activation: .tanh, using: &generator)
      self.critic = critic
      criticOptimizer = Optimizer(
        optimizer, parameterCount: critic.parameterCount, learningRate: learningRate)
    }
    self.gamma = gamma
    self.standardize = standardize
  }

  /// π(·∣s) for discrete actions, `[mean, standard deviation]` for continuous ones.
  public func policy(features: [Double]) -> [Double] {
    head.distribution(of: policy, at: features)
  }

  /// The baseline's V(s), if there is one.
  public func value(features: [Double]) -> Double? {
    guard let critic else { return nil }
    var workspace = critic.makeWorkspace()
    critic.forward(features, workspace: &workspace)
    return workspace.output[0]
  }

  private struct Visit {
    var features: [Double]
    var action: Double
    var reward: Double
  }

  /// Trains for `episodes` episodes, until `maximumSteps` steps have been taken,
  /// or until `stop` says so after an episode.
  public mutating func train<E: FeatureEnvironment>(
    on environment: inout E, episodes: Int, maximumSteps: Int = .max,
    options: TrainingOptions = TrainingOptions(), stop: (EpisodeLog) -> Bool = { _ in false },
    using generator: inout SeededGenerator
  ) -> PolicyTrainingRecord {
    var record = PolicyTrainingRecord()
    var policyWorkspace = policy.makeWorkspace()
    var criticWorkspace = critic?.makeWorkspace()
    var policyGradient = policy.makeGradient()
    var criticGradient = critic?.makeGradient() ?? []
    var outputGradient = [Double](repeating: 0, count: head.outputSize)
    var visits: [Visit] = []
    var stepsTaken = 0
    for episode in 0..<episodes {
      guard stepsTaken < maximumSteps, !stop(record.log) else { break }
      visits.removeAll(keepingCapacity: true)
      var features = environment.reset(using: &generator)
      var total = 0.0
      var finished = false
      while stepsTaken < maximumSteps {
        policy.forward(features, workspace: &policyWorkspace)
        let action = head.sample(policyWorkspace.output, using: &generator)
        let result = head.act(action, in: &environment, using: &generator)
        visits.append(Visit(features: features, action: action, reward: result.reward))
        total += result.reward
        stepsTaken += 1
        finished = result.terminated || result.truncated
        if finished { break }
        features = result.features
      }
      // An episode cut short by the step budget is neither logged nor learned from.
      guard finished else { break }
      record.log.record(return: total, length: visits.count)
      guard options.learns(inEpisode: episode) else { continue }
      // Returns G_t, from the end.
      var returns = [Double](repeating: 0, count: visits.count)
      var running = 0.0
      for index in visits.indices.reversed() {
        running = visits[index].reward + gamma * running
        returns[index] = running
      }
      var baselines = [Double](repeating: 0, count: visits.count)
      if let critic, criticWorkspace != nil {
        // The baseline learns V(s_t) ≈ G_t by squared error.
        var valueGradient = [0.0]
        for index in visits.indices {
          critic.forward(visits[index].features, workspace: &criticWorkspace!)
          baselines[index] = criticWorkspace!.output[0]
          valueGradient[0] = baselines[index] - returns[index]
          critic.backward(
            outputGradient: valueGradient, workspace: &criticWorkspace!, gradient: &criticGradient)
        }
        criticOptimizer!.update(
          &self.critic!.parameters, gradient: &criticGradient, scale: 1 / Double(visits.count))
      }
      var advantages = zip(returns, baselines).map { $0 - $1 }
      if standardize, advantages.count > 1 {
        let mean = advantages.reduce(0, +) / Double(advantages.count)
        let deviation =
          (advantages.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(advantages.count))
          .squareRoot()
        advantages = advantages.map { ($0 - mean) / (deviation + 1e-8) }
      }
      for index in visits.indices {
        policy.forward(visits[index].features, workspace: &policyWorkspace)
        let logProbability = head.logProbabilityGradient(
          policyWorkspace.output, action: visits[index].action, weight: advantages[index],
          gradient: &outputGradient)
        if options.traces(episode: episode, recorded: record.trace.count) {
          record.trace.append(
            PolicyTraceStep(
              episode: episode, step: index, features: visits[index].features,
              action: visits[index].action,
              policy: head.distribution(policyWorkspace.output), logProbability: logProbability,
              reward: visits[index].reward, value: critic == nil ? nil : baselines[index],
              futureReturn: returns[index], weight: advantages[index],
              loss: -advantages[index] * logProbability))
        }
        policy.backward(
          outputGradient: outputGradient, workspace: &policyWorkspace, gradient: &policyGradient)
      }
      policyOptimizer.update(
        &policy.parameters, gradient: &policyGradient, scale: 1 / Double(visits.count))
    }
    return record
  }
}
