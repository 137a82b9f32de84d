public import NeuralNet
public import RLCore

/// Deep Q-learning (Mnih et al., 2015): a network that predicts Q(s, ·), one output per action.
///
/// The network takes a state and returns every action's value at once (the
/// shape DQN uses: one forward pass ranks all actions). It acts ε-greedily,
/// with ε falling linearly from 1 to `epsilon` over the first `exploration`
/// steps; it stores transitions in a replay buffer and, every `trainEvery`
/// steps once `warmup` steps are stored, fits a random minibatch to the
/// targets r + γ Q̂(s′, argmax_a′ Q(s′, a′)) of a target network Q̂ (Double DQN;
/// plain DQN uses max_a′ Q̂(s′, a′)), copied from the online network every
/// `targetEvery` steps, with the Huber loss and Adam. Hidden units are tanh:
/// with ReLU, a single hidden layer here tended to die and freeze the greedy
/// action. The defaults solve CartPole-v1 for 9 of seeds 0–9 within 150k steps
/// (87k–150k; seed 0 takes 337k). A minibatch is one batch pass of each
/// network, forward and back, not 32 passes of one sample.
public struct DQN: Sendable {
  /// The settings lessons give DQN, each with its default from ``Settings``.
  public enum Parameters {
    private static let defaults = Settings()
    /// The learning rate.
    public static let lr = Hyperparameter(
      "lr", .real(1e-6...1), default: .real(defaults.learningRate), "learning rate (Adam)")
    /// The discount factor γ.
    public static let gamma = Hyperparameter(
      "gamma", .real(0...1), default: .real(defaults.gamma), "discount factor γ")
    /// The final exploration rate.
    public static let epsilon = Hyperparameter(
      "epsilon", .real(0...1), default: .real(defaults.finalEpsilon), "final exploration rate ε")
    /// How long ε falls.
    public static let exploration = Hyperparameter(
      "exploration", .integer(1...10_000_000), default: .integer(defaults.explorationSteps),
      "steps over which ε falls from 1")
    /// The hidden layers.
    public static let hidden = Hyperparameter(
      "hidden", .integers(1...512, maximumCount: 4), default: .integers(defaults.hidden),
      "hidden layer sizes (tanh)")
    /// The replay buffer's capacity.
    public static let buffer = Hyperparameter(
      "buffer", .integer(100...10_000_000), default: .integer(defaults.bufferCapacity),
      "replay buffer capacity")
    /// The minibatch size.
    public static let batch = Hyperparameter(
      "batch", .integer(1...1024), default: .integer(defaults.batchSize), "minibatch size")
    /// Steps before learning.
    public static let warmup = Hyperparameter(
      "warmup", .integer(1...10_000_000), default: .integer(defaults.warmup),
      "steps stored before learning starts")
    /// Steps between updates.
    public static let trainEvery = Hyperparameter(
      "train-every", .integer(1...1000), default: .integer(defaults.trainEvery),
      "steps between minibatch updates")
    /// Steps between target copies.
    public static let targetEvery = Hyperparameter(
      "target-every", .integer(1...1_000_000), default: .integer(defaults.targetEvery),
      "steps between target-network copies")
    /// Double DQN.
    public static let double = Hyperparameter(
      "double", .flag, default: .flag(defaults.isDouble),
      "Double DQN: the online network picks a′, the target values it")
    /// All of them, in the order `rlbook agents` lists them.
    public static let all = [
      lr, gamma, epsilon, exploration, hidden, buffer, batch, warmup, trainEvery, targetEvery,
      double,
    ]

    /// The settings with `value(parameter)` for every parameter a block may give.
    public static func settings(_ value: (Hyperparameter) -> SettingValue?) -> Settings {
      var settings = Settings()
      settings.learningRate = value(lr)?.real ?? settings.learningRate
      settings.gamma = value(gamma)?.real ?? settings.gamma
      settings.finalEpsilon = value(epsilon)?.real ?? settings.finalEpsilon
      settings.explorationSteps = value(exploration)?.integer ?? settings.explorationSteps
      if case .integers(let layers) = value(hidden) { settings.hidden = layers }
      settings.bufferCapacity = value(buffer)?.integer ?? settings.bufferCapacity
      settings.batchSize = value(batch)?.integer ?? settings.batchSize
      settings.warmup = value(warmup)?.integer ?? settings.warmup
      settings.trainEvery = value(trainEvery)?.integer ?? settings.trainEvery
      settings.targetEvery = value(targetEvery)?.integer ?? settings.targetEvery
      settings.isDouble = value(double)?.flag ?? settings.isDouble
      return settings
    }
  }

  /// The settings of a DQN agent.
  public struct Settings: Sendable {
    public var learningRate = 0.001
    public var gamma = 0.99
    public var finalEpsilon = 0.02
    public var explorationSteps = 10_000
    public var hidden = [32]
    public var bufferCapacity = 50_000
    public var batchSize = 32
    public var warmup = 1000
    public var trainEvery = 2
    public var targetEvery = 250
    /// When set, the target follows the online network softly after every update:
    /// Q̂ ← τ Q + (1 − τ) Q̂ (instead of a copy every `targetEvery` steps).
    public var softUpdate: Double? = nil
    /// Double DQN: the online network picks a′, the target network values it.
    public var isDouble = true

    /// The defaults.
    public init() {}
  }

  /// The online Q-network.
  public private(set) var network: Network
  /// The target network.
  public private(set) var target: Network
  /// The settings.
  public let settings: Settings
  private var optimizer: Adam
  private var buffer: ReplayBuffer
  /// Steps taken so far (drives ε and the schedules).
  public private(set) var stepsTaken = 0

  /// An agent for states of `featureCount` numbers and `actionCount` actions.
  public init(
    featureCount: Int, actionCount: Int, settings: Settings = Settings(),
    using generator: inout SeededGenerator
  ) {
    self.settings = settings
    network = Network(
      sizes: [featureCount] + settings.hidden + [actionCount], activation: .tanh, using: &generator)
    target = network
    optimizer = Adam(parameterCount: network.parameterCount, learningRate: settings.learningRate)
    buffer = ReplayBuffer(capacity: settings.bufferCapacity, featureCount: featureCount)
  }

  /// The exploration rate after `steps` steps.
  public func epsilon(afterSteps steps: Int) -> Double {
    let fraction = min(Double(steps) / Double(max(settings.explorationSteps, 1)), 1)
    return 1 + fraction * (settings.finalEpsilon - 1)
  }

  /// Q(s, ·).
  public func actionValues(features: [Double]) -> [Double] {
    var workspace = network.makeWorkspace()
    network.forward(features, workspace: &workspace)
    return workspace.output
  }

  /// Trains for `episodes` episodes, until `maximumSteps` steps have been taken,
  /// or until `stop` says so after an episode.
  public mutating func train<E: FeatureEnvironment>(
    on environment: inout E, episodes: Int, maximumSteps: Int = .max,
    options: TrainingOptions = TrainingOptions(), stop: (EpisodeLog) -> Bool = { _ in false },
    using generator: inout SeededGenerator
  ) -> TrainingRecord {
    var record = TrainingRecord()
    let batchSize = settings.batchSize
    var workspace = network.makeWorkspace()
    var batch = network.makeWorkspace(batchSize: batchSize)
    var nextBatch = network.makeWorkspace(batchSize: batchSize)
    var targetBatch = target.makeWorkspace(batchSize: batchSize)
    var gradient = network.makeGradient()
    var samples = [Int](repeating: 0, count: batchSize)
    var outcomes: [ReplayBuffer.Outcome] = []
    outcomes.reserveCapacity(batchSize)
    var budget = maximumSteps
    for episode in 0..<episodes {
      guard budget > 0, !stop(record.log) else { break }
      let learns = options.learns(inEpisode: episode)
      var features = environment.reset(using: &generator)
      var total = 0.0
      var step = 0
      var finished = false
      while budget > 0 {
        network.forward(features, workspace: &workspace)
        let action = workspace.output.withUnsafeBufferPointer {
          ActionSelection.epsilonGreedy(
            $0, epsilon: epsilon(afterSteps: stepsTaken), using: &generator)
        }
        let result = environment.step(action, using: &generator)
        total += result.reward
        budget -= 1
        step += 1
        if learns {
          stepsTaken += 1
          buffer.append(
            features: features, action: action, reward: result.reward,
            nextFeatures: result.features,
            terminated: result.terminated)
          if buffer.count >= settings.warmup, stepsTaken % settings.trainEvery == 0 {
            for row in 0..<batchSize { samples[row] = buffer.sampleIndex(using: &generator) }
            buffer.loadFeatures(
              samples, into: &batch, nextInto: &targetBatch, outcomes: &outcomes)
            fitMinibatch(
              outcomes, batch: &batch, next: &nextBatch, target: &targetBatch, gradient: &gradient)
            if let tau = settings.softUpdate {
              let rate = Float(tau)
              for index in target.parameters.indices {
                target.parameters[index] +=
                  rate * (network.parameters[index] - target.parameters[index])
              }
            }
          }
          if settings.softUpdate == nil, stepsTaken % settings.targetEvery == 0 { target = network }
        }
        finished = result.terminated || result.truncated
        if finished { break }
        features = result.features
      }
      guard finished else { break }  // cut short by the step budget: not logged
      record.log.record(return: total, length: step)
    }
    return record
  }

  /// One step of Adam on the Huber loss of a minibatch, whose states are in
  /// `batch` and next states in `target`: the targets from one batch pass of
  /// the target network (and of the online one, for Double DQN), the gradient
  /// from one batch pass back.
  private mutating func fitMinibatch(
    _ outcomes: [ReplayBuffer.Outcome], batch: inout Network.Workspace,
    next: inout Network.Workspace,
    target targetBatch: inout Network.Workspace, gradient: inout [Float]
  ) {
    let rows = outcomes.count
    let actionCount = network.outputSize
    target.forward(rows: rows, workspace: &targetBatch)
    if settings.isDouble {
      next.copyInputs(from: targetBatch, rows: rows)
      network.forward(rows: rows, workspace: &next)
    }
    network.forward(rows: rows, workspace: &batch)
    for row in 0..<rows {
      let transition = outcomes[row]
      var bootstrap = 0.0
      if !transition.terminated {
        if settings.isDouble {
          var best = 0
          for action in 1..<actionCount
          where next.output(row: row, column: action) > next.output(row: row, column: best) {
            best = action
          }
          bootstrap = Double(targetBatch.output(row: row, column: best))
        } else {
          var largest = targetBatch.output(row: row, column: 0)
          for action in 1..<actionCount {
            largest = max(largest, targetBatch.output(row: row, column: action))
          }
          bootstrap = Double(largest)
        }
      }
      let error =
        Double(batch.output(row: row, column: transition.action))
        - (transition.reward + settings.gamma * bootstrap)
      batch.setOutputGradient(
        Float(Loss.huberGradient(error: error)), row: row, column: transition.action)
    }
    network.backward(rows: rows, workspace: &batch, gradient: &gradient)
    optimizer.update(&network.parameters, gradient: &gradient, scale: 1 / Double(rows))
  }
}
