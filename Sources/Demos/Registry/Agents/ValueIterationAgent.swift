import RLAgents
import RLCore

extension AgentEntry {
  /// Value iteration on the model.
  static let valueIteration = AgentEntry(
    "value-iteration", "solves the Bellman optimality equation from the model", family: .exact,
    learnsActionValues: true, settings: ValueIteration.Parameters.all,
    adapter: ValueIterationAgent())
}

/// Value iteration: Q*, V* and the optimal policy, from the model.
struct ValueIterationAgent: AgentAdapter {
  func train(_ run: AgentRun) -> TrainedAgent {
    let parameters = ValueIteration.Parameters.self
    let solver = ValueIteration(
      model: run.tabular.model, gamma: run.real(parameters.gamma),
      tolerance: run.real(parameters.tolerance))
    return TrainedAgent(
      entry: run.entry,
      learned: LearnedOptimalValues(solver: solver, actionCount: run.tabular.actionCount))
  }
}

/// Q*, V*, and π* sharing its probability among the optimal actions.
struct LearnedOptimalValues: Learned {
  let solver: ValueIteration
  let actionCount: Int

  func actionValues(_ probe: Probe) -> [Double]? { probe.state.map(solver.actionValues(state:)) }
  func value(_ probe: Probe) -> Double? { probe.state.map { solver.values[$0] } }
  func policy(_ probe: Probe) -> [Double]? {
    probe.state.map { state in
      let best = solver.optimalActions(state: state)
      return (0..<actionCount).map { best.contains($0) ? 1 / Double(best.count) : 0 }
    }
  }

  /// The best Q only (π* ties are Q ties).
  func act(_ probe: Probe, using generator: inout SeededGenerator) -> Double? {
    actionValues(probe).map { Double(ActionSelection.argmax($0, using: &generator)) }
  }
}
