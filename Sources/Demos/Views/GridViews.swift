import Lessons
import RLCore

/// `value-grid` and `policy-arrows`: the values and greedy actions laid out on the map.
enum GridViews {
  static func valueGrids(_ context: ViewContext) -> [Output] {
    context.agents.compactMap { agent in
      grid(context, agent: agent, showsValues: true)
    }
  }

  static func arrowGrids(_ context: ViewContext) -> [Output] {
    context.agents.compactMap { agent in
      grid(context, agent: agent, showsValues: false)
    }
  }

  private static func grid(_ context: ViewContext, agent: TrainedAgent, showsValues: Bool)
    -> Output?
  {
    guard let map = context.world.map, let environment = context.world.tabular else { return nil }
    let label =
      agent.entry.learnsActionValues && agent.entry.family != .exact ? "max_a Q(s,a)" : "V(s)"
    var hasValues = false
    let cells = map.tiles.indices.map { index -> OutputGrid.Cell in
      let tile = map.tiles[index]
      guard let state = map.states[index] else { return OutputGrid.Cell(tile: tile) }
      let probe = Probe(label: "", kind: .state(state))
      let isTerminal = environment.model.isTerminal[state]
      if showsValues {
        // Nothing follows a terminal state: its value is 0 by definition.
        let value = isTerminal ? 0 : agent.value(probe)
        hasValues = hasValues || value != nil
        return OutputGrid.Cell(tile: tile, value: value, isTerminal: isTerminal)
      }
      let greedy = isTerminal ? [] : agent.greedyActions(probe)
      let ties = greedy.count == map.arrows.count && greedy.count > 1
      let arrows = ties ? ["·"] : greedy.map { map.arrows[$0] }
      return OutputGrid.Cell(tile: tile, arrows: arrows, isTerminal: isTerminal)
    }
    if showsValues, !hasValues { return nil }
    let legend = SettingParser.listed(
      zip(map.arrows, context.actionNames).map { "\($0) \($1)" }.uniqued())
    let notes =
      showsValues
      ? ["Letters are the map's tiles; the shading follows the value."]
      : [
        "Arrows are the greedy actions (several on ties): " + legend
          + "; · where every action ties (a state never learned about)."
      ]
    return .grid(
      OutputGrid(
        title: showsValues
          ? "\(label) learned by \(context.subject(agent))"
          : "Greedy policy of \(context.subject(agent))",
        valueLabel: showsValues ? label : nil, rows: map.rows, columns: map.columns,
        cells: cells, notes: notes))
  }
}
