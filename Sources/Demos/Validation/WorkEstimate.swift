import RLAgents
import RLCore

/// How much computing a demo asks for, in operations that do not depend on the
/// machine, so that whether a demo is accepted is the same everywhere.
///
/// An environment step counts as ``operationsPerStep`` (what a step costs next to
/// a multiply-add on the machines rlbook is measured on), and a network counts
/// its multiply-adds: a forward pass is one per weight, a backward pass about
/// two more, an Adam update about ten per weight. A run is counted at its step
/// budget: the smallest of `steps`, the per-run ceiling (which training
/// enforces) and `episodes` × the environment's time limit, or × ``assumedEpisodeSteps``
/// for an environment without one (the cliff, windy: an episode there ends
/// only at the goal, so no bound short of the ceiling holds).
struct WorkEstimate: Hashable, Sendable {
  /// Operations an environment step counts as.
  static let operationsPerStep = 50.0
  /// Steps an episode is counted as where the environment has no time limit.
  static let assumedEpisodeSteps = 1_000
  /// A rough rate for the guide in seconds (a 2-core x86-64 of 2026 does about this).
  static let operationsPerSecond = 1e9

  /// Steps each run may take.
  var stepsPerRun: Int
  /// Runs × agents × compared values: the runs that train.
  var runCount: Int
  /// Operations per step of the heaviest learner (its network's work included).
  var operationsPerStep: Double
  /// The total, over every run and learner.
  var operations: Double

  /// The estimate for `budget` on `world`, for `agents` with `settings`.
  init(
    budget: Budget, world: DemoWorld, agents: [AgentEntry], settings: DemoSettings,
    stepCeiling: Int, sweepCount: Int
  ) {
    let timeLimit: Int? =
      switch world.body {
      case .tabular(let environment): environment.timeLimit
      case .control(let task): task.timeLimit
      case .bandit: 1
      }
    let episodeSteps = budget.episodes.multipliedReportingOverflow(
      by: timeLimit ?? Self.assumedEpisodeSteps)
    var steps = min(budget.steps ?? stepCeiling, stepCeiling)
    if !episodeSteps.overflow { steps = min(steps, episodeSteps.partialValue) }
    stepsPerRun = steps
    let learners = agents.filter { $0.learns || $0.family == .random }
    runCount = budget.runs * max(learners.count, 1) * sweepCount
    let perStep = learners.map { agent in
      Self.operationsPerStep
        + Self.networkOperationsPerStep(agent, world: world, settings: settings)
    }
    operationsPerStep = perStep.max() ?? Self.operationsPerStep
    operations =
      Double(steps) * Double(budget.runs) * Double(sweepCount)
      * (perStep.isEmpty ? Self.operationsPerStep : perStep.reduce(0, +))
  }

  /// The weights of `agent`'s network on `world` (none for an agent without one).
  static func weights(of agent: AgentEntry, world: DemoWorld, settings: DemoSettings) -> Int {
    guard let hidden = agent.setting("hidden"),
      case .integers(let layers) = agent.value(of: hidden, settings: settings, world: world)
    else { return 0 }
    let sizes = [world.featureCount] + layers + [world.actionNames.count + 1]
    return zip(sizes, sizes.dropFirst()).reduce(0) { $0 + ($1.0 + 1) * $1.1 }
  }

  /// Multiply-adds a learner's network does per environment step.
  private static func networkOperationsPerStep(
    _ agent: AgentEntry, world: DemoWorld, settings: DemoSettings
  ) -> Double {
    let weights = Double(weights(of: agent, world: world, settings: settings))
    guard weights > 0 else { return 0 }
    switch agent.family {
    case .deepQ:
      // Acting (a forward pass), then every `train-every` steps a minibatch:
      // forward and backward through the network, forward through its target, Adam.
      let batch = Double(setting(DQN.Parameters.batch, of: agent, settings, world))
      let every = Double(max(setting(DQN.Parameters.trainEvery, of: agent, settings, world), 1))
      return weights + (4 * batch * weights + 10 * weights) / every
    default:
      // Forward, backward and an update for every step.
      return 14 * weights
    }
  }

  private static func setting(
    _ parameter: Hyperparameter, of agent: AgentEntry, _ settings: DemoSettings,
    _ world: DemoWorld
  ) -> Int {
    agent.value(of: parameter, settings: settings, world: world)?.integer ?? parameter.integer
  }

  /// `7×10¹³`.
  static func scientific(_ value: Double) -> String {
    guard value >= 1000 else { return String(Int(value.rounded())) }
    var exponent = value.log10Floor
    var mantissa = Int((value / pow10(exponent)).rounded())
    if mantissa == 10 {
      mantissa = 1
      exponent += 1
    }
    return "\(mantissa)×10\(superscript(exponent))"
  }

  private static func superscript(_ exponent: Int) -> String {
    let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
    return String(String(exponent).compactMap { $0.wholeNumberValue.map { digits[$0] } })
  }

  private static func pow10(_ exponent: Int) -> Double {
    (0..<exponent).reduce(1.0) { value, _ in value * 10 }
  }

  /// A duration a person reads at a glance: `40 s`, `12 minutes`, `4 days`.
  static func duration(seconds: Double) -> String {
    switch seconds {
    case ..<1: "under a second"
    case ..<90: "\(Int(seconds.rounded())) s"
    case ..<5400: "\(Int((seconds / 60).rounded())) minutes"
    case ..<172_800: "\(Int((seconds / 3600).rounded())) hours"
    default: "\(Int((seconds / 86400).rounded())) days"
    }
  }
}

extension Double {
  /// ⌊log₁₀ x⌋ for x ≥ 1, without Foundation.
  fileprivate var log10Floor: Int {
    var exponent = 0
    var value = self
    while value >= 10 {
      value /= 10
      exponent += 1
    }
    return exponent
  }
}
