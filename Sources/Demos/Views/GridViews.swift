import Lessons
import RLCore

extension ViewEntry {
  /// Values on the map.
  static let valueGrid = ViewEntry(
    "value-grid", "V(s) or maxₐ Q(s,a) on the map, shaded", reads: "`v(s)` (0 at terminal states)",
    adapter: GridViews(showsValues: true))
  /// Greedy arrows on the map.
  static let policyArrows = ViewEntry(
    "policy-arrows", "the greedy policy on the map (← ↑ → ↓)",
    reads: "`argmax q(s)`, the arrows (a set when actions tie)",
    adapter: GridViews(showsValues: false))
}

/// `value-grid` and `policy-arrows`: the values and greedy actions laid out on the map.
struct GridViews: ViewAdapter {
  /// Values (`value-grid`) or greedy arrows (`policy-arrows`).
  let showsValues: Bool

  func problems(
    agents: [AgentEntry], environment: EnvironmentEntry, settings: DemoSettings
  ) -> [ViewProblem] {
    let name = showsValues ? ViewEntry.valueGrid.name : ViewEntry.policyArrows.name
    var problems: [ViewProblem] = []
    if !environment.hasMap {
      problems.append(
        ViewProblem(
          "\(name) draws on a map, and \(environment.name) has none",
          hint: "show q-table or policy-table with a `state`, or learning-curve"))
    }
    if !showsValues, environment.hasOneAction {
      problems.append(
        ViewProblem(
          "\(environment.name) has one action, so there is no policy to draw",
          hint: "show value-grid"))
    }
    return problems
  }

  func outputs(_ context: ViewContext) -> [Output] {
    context.agents.compactMap { agent in
      Self.grid(context, agent: agent, showsValues: showsValues)
    }
  }

  /// Which terminal states are goals rather than hazards: reaching a goal pays
  /// (FrozenLake's G, +1), or costs no more than an ordinary step when no other
  /// ending pays more (the cliff's G, −1 like every step); a hole, a pit or a
  /// cliff pays less than another ending, or less than a step.
  static func goals(in model: TabularModel) -> Set<Int> {
    var entering: [Int: Double] = [:]
    var stepRewards: [Double: Int] = [:]
    for state in 0..<model.stateCount where !model.isTerminal[state] {
      for action in 0..<model.actionCount {
        for outcome in model.outcomes(state: state, action: action) where outcome.probability > 0 {
          if model.isTerminal[outcome.nextState] {
            entering[outcome.nextState] = max(
              entering[outcome.nextState] ?? -.infinity, outcome.reward)
          } else {
            stepRewards[outcome.reward, default: 0] += 1
          }
        }
      }
    }
    let ordinary = stepRewards.max { $0.value < $1.value }?.key ?? 0
    let best = entering.values.max() ?? 0
    return Set(
      entering.filter { _, reward in reward > 0 || (reward >= ordinary && reward >= best) }.keys)
  }

  private static func grid(_ context: ViewContext, agent: TrainedAgent, showsValues: Bool)
    -> Output?
  {
    guard let map = context.world.map, let environment = context.world.tabular else { return nil }
    let label =
      agent.entry.learnsActionValues && agent.entry.family != .exact ? "maxₐ Q(s,a)" : "V(s)"
    var hasValues = false
    let goals = Self.goals(in: environment.model)
    let cells = map.tiles.indices.map { index -> OutputGrid.Cell in
      let tile = map.tiles[index]
      guard let state = map.states[index] else { return OutputGrid.Cell(tile: tile) }
      let probe = Probe(label: "", kind: .state(state))
      let isTerminal = environment.model.isTerminal[state]
      let isGoal = isTerminal ? goals.contains(state) : nil
      if showsValues {
        // Nothing follows a terminal state: its value is 0 by definition.
        let value = isTerminal ? 0 : agent.value(probe)
        hasValues = hasValues || value != nil
        return OutputGrid.Cell(tile: tile, value: value, isTerminal: isTerminal, isGoal: isGoal)
      }
      let greedy = isTerminal ? [] : agent.greedyActions(probe)
      let ties = greedy.count == map.arrows.count && greedy.count > 1
      let arrows = ties ? ["·"] : greedy.map { map.arrows[$0] }
      return OutputGrid.Cell(tile: tile, arrows: arrows, isTerminal: isTerminal, isGoal: isGoal)
    }
    if showsValues, !hasValues { return nil }
    // A note is plain text in every renderer: no code marks around the arrows.
    let legend = zip(map.arrows, context.actionNames).map { "\($0) \($1)" }.uniqued()
      .joined(separator: ", ")
    let notes =
      showsValues
      ? ["Letters are the map's tiles; the shading follows the value."]
      : [
        "Arrows are the greedy actions (several on ties): " + legend
          + (agent.entry.family == .exact
            ? "; · where every action is equally good."
            : "; · where every action ties (often a state never visited).")
      ]
    return .grid(
      OutputGrid(
        title: showsValues
          ? "\(label) \(context.obtained(by: agent)) \(context.subject(agent))"
          : "Greedy policy of \(context.subject(agent))",
        valueLabel: showsValues ? label : nil, rows: map.rows, columns: map.columns,
        cells: cells, notes: notes))
  }
}
