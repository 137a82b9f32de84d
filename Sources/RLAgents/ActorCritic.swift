public import NeuralNet
public import RLCore

/// One-step actor-critic: the notes' five steps, after every step of every episode.
///
/// 1. The actor picks a_t from π(a∣s_t).
/// 2. The environment returns r_t and s_{t+1}.
/// 3. The critic computes δ_t = r_t + γV(s_{t+1}) − V(s_t) (V(s_{t+1}) = 0 at the end).
/// 4. The actor's parameters θ move to make a_t more likely in proportion to δ_t:
///    θ ← θ + α δ_t ∇ log π(a_t∣s_t).
/// 5. The critic's V moves toward r_t + γV(s_{t+1}) by squared error on δ_t.
///
/// Networks for continuous states; with no hidden layers on a one-hot
/// environment both actor and critic are tables. Discrete actions use a
/// softmax, continuous ones a Gaussian (mean and log standard deviation).
public struct ActorCritic: Sendable {
  /// The settings lessons give actor-critic, each with its one default.
  public enum Parameters {
    /// The actor's learning rate.
    public static let lr = Hyperparameter(
      "lr", .real(1e-6...1), default: 0.003, "learning rate of the actor")
    /// The critic's learning rate.
    public static let criticLR = Hyperparameter(
      "critic-lr", .real(1e-6...1), default: 0.01, "learning rate of the critic")
    /// The discount factor γ.
    public static let gamma = Hyperparameter(
      "gamma", .real(0...1), default: 0.99, "discount factor γ")
    /// The hidden layers.
    public static let hidden = Hyperparameter(
      "hidden", .integers(1...512, maximumCount: 4), default: .integers([32]),
      "hidden layer sizes")
    /// All of them, in the order `rlbook agents` lists them.
    public static let all = [lr, criticLR, gamma, hidden, NetworkParameters.optimizer]
  }

  /// The actor: logits, or `[mean, log std]`.
  public private(set) var actor: Network
  /// The critic: V(s).
  public private(set) var critic: Network
  /// The discount factor.
  public let gamma: Double
  private let head: PolicyHead
  private var actorOptimizer: Optimizer
  private var criticOptimizer: Optimizer

  /// An agent for states of `featureCount` numbers and the given actions.
  public init(
    featureCount: Int, actionSpace: ActionSpace, hidden: [Int] = Parameters.hidden.integers,
    learningRate: Double = Parameters.lr.real,
    criticLearningRate: Double = Parameters.criticLR.real, gamma: Double = Parameters.gamma.real,
    optimizer: Optimizer.Method = NetworkParameters.optimizer.choice(),
    using generator: inout SeededGenerator
  ) {
    head = PolicyHead(actionSpace: actionSpace)
    actor = Network(
      sizes: [featureCount] + hidden + [head.outputSize], activation: .tanh, outputScale: 0.1,
      using: &generator)
    critic = Network(sizes: [featureCount] + hidden + [1], activation: .tanh, using: &generator)
    actorOptimizer = Optimizer(
      optimizer, parameterCount: actor.parameterCount, learningRate: learningRate)
    criticOptimizer = Optimizer(
      optimizer, parameterCount: critic.parameterCount, learningRate: criticLearningRate)
    self.gamma = gamma
  }

  /// π(·∣s) for discrete actions, `[mean, standard deviation]` for continuous ones.
  public func policy(features: [Double]) -> [Double] {
    head.distribution(of: actor, at: features)
  }

  /// The critic's V(s).
  public func value(features: [Double]) -> Double {
    var workspace = critic.makeWorkspace()
    critic.forward(features, workspace: &workspace)
    return workspace.output[0]
  }

  /// Trains for `episodes` episodes, until `maximumSteps` steps have been taken,
  /// or until `stop` says so after an episode.
  public mutating func train<E: FeatureEnvironment>(
    on environment: inout E, episodes: Int, maximumSteps: Int = .max,
    options: TrainingOptions = TrainingOptions(), stop: (EpisodeLog) -> Bool = { _ in false },
    using generator: inout SeededGenerator
  ) -> PolicyTrainingRecord {
    var record = PolicyTrainingRecord()
    var actorWorkspace = actor.makeWorkspace()
    var criticWorkspace = critic.makeWorkspace()
    var actorGradient = actor.makeGradient()
    var criticGradient = critic.makeGradient()
    var outputGradient = [Double](repeating: 0, count: head.outputSize)
    var valueGradient = [0.0]
    var stepsTaken = 0
    for episode in 0..<episodes {
      guard stepsTaken < maximumSteps, !stop(record.log) else { break }
      let learns = options.learns(inEpisode: episode)
      var features = environment.reset(using: &generator)
      var total = 0.0
      var step = 0
      var finished = false
      while stepsTaken < maximumSteps {
        // 1. The actor picks a_t from π(a∣s_t).
        actor.forward(features, workspace: &actorWorkspace)
        let action = head.sample(actorWorkspace.output, using: &generator)
        // 2. The environment returns r_t and s_{t+1}.
        let result = head.act(action, in: &environment, using: &generator)
        total += result.reward
        stepsTaken += 1
        if learns {
          // 3. The critic's score δ_t = r_t + γV(s_{t+1}) − V(s_t).
          var nextValue = 0.0
          if !result.terminated {
            critic.forward(result.features, workspace: &criticWorkspace)
            nextValue = criticWorkspace.output[0]
          }
          critic.forward(features, workspace: &criticWorkspace)
          let value = criticWorkspace.output[0]
          let tdError = result.reward + gamma * nextValue - value
          // 4. The actor: θ ← θ + α δ_t ∇ log π(a_t∣s_t) (descending −δ log π).
          let logProbability = head.logProbabilityGradient(
            actorWorkspace.output, action: action, weight: tdError, gradient: &outputGradient)
          if options.traces(episode: episode, recorded: record.trace.count) {
            record.trace.append(
              PolicyTraceStep(
                episode: episode, step: step, features: features, action: action,
                policy: head.distribution(actorWorkspace.output), logProbability: logProbability,
                reward: result.reward, value: value, nextValue: nextValue, tdError: tdError,
                weight: tdError, loss: -tdError * logProbability))
          }
          actor.backward(
            outputGradient: outputGradient, workspace: &actorWorkspace, gradient: &actorGradient)
          actorOptimizer.update(&actor.parameters, gradient: &actorGradient)
          // 5. The critic: squared error on δ_t (gradient −δ_t with respect to V(s_t)).
          valueGradient[0] = -tdError
          critic.backward(
            outputGradient: valueGradient, workspace: &criticWorkspace, gradient: &criticGradient)
          criticOptimizer.update(&critic.parameters, gradient: &criticGradient)
        }
        step += 1
        finished = result.terminated || result.truncated
        if finished { break }
        features = result.features
      }
      guard finished else { break }  // cut short by the step budget: not logged
      record.log.record(return: total, length: step)
    }
    return record
  }
}
