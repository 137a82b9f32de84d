import RLAgents
import RLCore

extension AgentEntry {
  /// Every-visit Monte Carlo, control or prediction.
  static let monteCarlo = AgentEntry(
    "monte-carlo", "every-visit Monte Carlo: averages of whole returns", family: .tabular,
    learnsActionValues: true, traces: true, settings: MonteCarlo.Parameters.all,
    adapter: MonteCarloAgent())
}

/// Every-visit Monte Carlo: estimates move toward the whole return that followed.
struct MonteCarloAgent: AgentAdapter {
  var update: UpdateRule? { .monteCarlo }

  /// Control where there is a choice to make; prediction on a one-action walk.
  func derivedDefault(of parameter: Hyperparameter, on world: DemoWorld) -> SettingValue? {
    guard parameter == MonteCarlo.Parameters.target, let environment = world.tabular else {
      return nil
    }
    let target: MonteCarlo.Target = environment.actionCount > 1 ? .control : .prediction
    return .text(target.rawValue)
  }

  func train(_ run: AgentRun) -> TrainedAgent {
    let parameters = MonteCarlo.Parameters.self
    let target: MonteCarlo.Target = run.choice(parameters.target)
    var learner = MonteCarlo(
      target: target, environment: run.tabular, alpha: run.value(parameters.alpha)?.real,
      gamma: run.real(parameters.gamma), epsilon: run.real(parameters.epsilon),
      initialValue: run.real(parameters.initial))
    var generator = run.generator()
    let record = run.train(&learner, using: &generator)
    let learned: any Learned =
      target == .control
      ? LearnedMonteCarloControl(learner: learner)
      : LearnedMonteCarloPrediction(learner: learner, actionCount: run.tabular.actionCount)
    var agent = TrainedAgent(entry: run.entry, learned: learned)
    (agent.gamma, agent.alpha, agent.epsilon) = (learner.gamma, learner.alpha, learner.epsilon)
    agent.finish(with: record, errors: run.rmsErrors(record))
    return agent
  }
}

/// Monte Carlo control: Q, its ε-greedy π, and V.
struct LearnedMonteCarloControl: Learned {
  let learner: MonteCarlo

  func actionValues(_ probe: Probe) -> [Double]? { probe.state.map(learner.actionValues(state:)) }
  func value(_ probe: Probe) -> Double? { probe.state.map(learner.value(state:)) }
  func policy(_ probe: Probe) -> [Double]? {
    probe.state.map {
      ActionSelection.epsilonGreedyProbabilities(
        learner.actionValues(state: $0), epsilon: learner.epsilon)
    }
  }
}

/// Monte Carlo prediction: V of the random policy.
struct LearnedMonteCarloPrediction: Learned {
  let learner: MonteCarlo
  let actionCount: Int

  func value(_ probe: Probe) -> Double? { probe.state.map(learner.value(state:)) }
  func policy(_ probe: Probe) -> [Double]? { ActionSelection.uniform(actionCount) }
}
