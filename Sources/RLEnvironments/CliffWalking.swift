public import RLCore

/// Gymnasium's CliffWalking-v1 (Sutton & Barto Example 6.6): walk along a cliff from start to goal.
///
/// A 4x12 grid; states `row * 12 + column`; start 36 (bottom left), goal 47
/// (bottom right), the cliff between them. Actions UP, RIGHT, DOWN, LEFT (0–3).
/// Every move costs −1; stepping into the cliff costs −100 and sends the agent
/// back to the start without ending the episode. Reaching the goal ends it.
/// No time limit.
///
/// With `isSlippery` (Gymnasium's `is_slippery`, `CliffWalkingSlippery-v1`) a move
/// goes the intended way or to either side of it, 1/3 each, listed in
/// Gymnasium's order: action − 1, the action, action + 1 (mod 4).
public enum CliffWalking {
  /// Action names, in Gymnasium's numbering.
  public static let actionNames = ["up", "right", "down", "left"]

  private static let moves: [(row: Int, column: Int)?] = [(-1, 0), (0, 1), (1, 0), (0, -1)]

  /// The start state.
  public static let start = 36
  /// The goal state.
  public static let goal = 47

  /// The environment; slippery moves go sideways 2 times in 3.
  public static func make(isSlippery: Bool = false) -> TabularEnvironment {
    let rows = 4
    let columns = 12
    let tiles: [Character] = (0..<rows * columns).map { state in
      state == start ? "S" : state == goal ? "G" : (37...46).contains(state) ? "C" : "."
    }
    let layout = GridLayout(rows: rows, columns: columns, tiles: tiles, moves: moves)
    let isTerminal = (0..<rows * columns).map { $0 == goal }
    let model = TabularModel(stateCount: rows * columns, actionCount: 4, isTerminal: isTerminal) {
      state, action in
      let (row, column) = layout.cell(of: state)
      let taken = isSlippery ? [(action + 3) % 4, action, (action + 1) % 4] : [action]
      let probability = 1 / Double(taken.count)
      return taken.map { direction in
        let move = moves[direction]!
        let (newRow, newColumn) = GridDrawing.clamp(
          row + move.row, column + move.column, rows: rows, columns: columns)
        let next = newRow * columns + newColumn
        if tiles[next] == "C" {
          return .init(probability: probability, nextState: start, reward: -100, terminates: false)
        }
        return .init(
          probability: probability, nextState: next, reward: -1, terminates: next == goal)
      }
    }
    return TabularEnvironment(
      name: "cliff", model: model, actionNames: actionNames, startStates: [start], timeLimit: nil,
      layout: layout, stateNames: ["start": start, "goal": goal],
      drawing: { GridDrawing.draw(layout, agentAt: $0) })
  }
}
