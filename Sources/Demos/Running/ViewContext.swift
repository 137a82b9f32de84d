import Lessons
import RLCore

/// What every view draws from: the plan, the world and the trained agents.
struct ViewContext {
  let plan: DemoPlan
  let world: DemoWorld
  let agents: [TrainedAgent]

  /// The action names of the environment.
  var actionNames: [String] { world.actionNames }

  /// The environment's name and the agents', for titles (`q-learning on cliff`).
  func subject(_ agent: TrainedAgent) -> String {
    "\(agent.label) on \(world.entry.name)"
  }

  /// How a title says the agent came by its values: an exact method computes
  /// them from the model, every other agent learns them from experience.
  func obtained(by agent: TrainedAgent) -> String {
    agent.entry.family == .exact ? "computed by" : "learned by"
  }

  /// The states a table shows: the block's `state`, else every non-terminal
  /// state of a small environment, else the start.
  func probes(allowAll: Bool = true) -> [Probe] {
    if !plan.probes.isEmpty { return plan.probes }
    switch world.body {
    case .tabular(let environment):
      if allowAll, environment.stateCount <= 48 {
        return (0..<environment.stateCount).filter { !environment.model.isTerminal[$0] }.map {
          Probe(label: label(of: $0), kind: .state($0))
        }
      }
      let start = environment.state(named: "start") ?? 0
      return [Probe(label: label(of: start), kind: .state(start))]
    case .control(let task):
      return task.namedProbe("start").map { [$0] } ?? []
    case .bandit:
      return [Probe(label: "the bandit", kind: .state(0))]
    }
  }

  /// A table row's label: the probe's, with what the agent sees of the state
  /// when it sees only part of it (`2 · sees [.M.]`), since states that look
  /// the same share one row of values.
  func rowLabel(of probe: Probe) -> String {
    guard case .state(let state) = probe.kind, let environment = world.tabular,
      !environment.isFullyObserved, let sees = world.observationLabel
    else { return probe.label }
    return probe.label + " · sees " + sees(state)
  }

  /// A state's label: its index, with its name when it has one (`36 start`).
  func label(of state: Int) -> String {
    if let label = world.stateLabel { return label(state) }
    guard let environment = world.tabular else { return String(state) }
    let names = environment.stateNames.filter { $0.value == state && Int($0.key) == nil }.keys
    if let layout = environment.layout {
      let (row, column) = layout.cell(of: state)
      let name = names.sorted().first.map { " " + $0 } ?? ""
      return "\(state) (\(row),\(column))\(name)"
    }
    return ([String(state)] + names.sorted()).joined(separator: " ")
  }

  /// The cells of a column that hold its largest value.
  static func highlighted(_ values: [Double]) -> Set<Int> {
    Set(ActionSelection.maximizers(values, tolerance: ActionSelection.tieTolerance))
  }
}
