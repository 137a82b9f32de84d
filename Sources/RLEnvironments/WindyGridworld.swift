public import RLCore

/// Sutton & Barto's windy grid world (Example 6.5, and Exercise 6.9's king's moves).
///
/// 7 rows, 10 columns; start (3,0), goal (3,7). A crosswind blows up with the
/// strength of the column the agent is in *before* it moves (`0 0 0 1 1 1 2 2 1 0`);
/// positions are clipped to the grid. −1 per step; the goal ends the episode.
public enum WindyGridworld {
  /// The wind of each column.
  public static let wind = [0, 0, 0, 1, 1, 1, 2, 2, 1, 0]
  /// The start state.
  public static let start = 30
  /// The goal state.
  public static let goal = 37

  private static let allMoves: [(name: String, move: (row: Int, column: Int)?)] = [
    ("up", (-1, 0)), ("down", (1, 0)), ("left", (0, -1)), ("right", (0, 1)),
    ("up-left", (-1, -1)), ("up-right", (-1, 1)), ("down-left", (1, -1)), ("down-right", (1, 1)),
    ("stay", (0, 0)),
  ]

  /// The move sets: the four compass moves (the book's, and the default), 8 (king's moves)
  /// or 9 (king's moves and staying put).
  public static let supportedMoves = [4, 8, 9]

  /// The grid world with 4 moves, 8 (king's moves) or 9 (king's moves and staying put).
  public static func make(moves count: Int = supportedMoves[0]) throws(EnvironmentError)
    -> TabularEnvironment
  {
    guard supportedMoves.contains(count) else {
      throw .invalidParameter(
        name: "moves", reason: "use 4, 8 (king's moves) or 9 (king's moves and stay)")
    }
    let rows = 7
    let columns = 10
    let moves = allMoves.prefix(count)
    let tiles: [Character] = (0..<rows * columns).map { state in
      state == start ? "S" : state == goal ? "G" : Character(String(wind[state % columns]))
    }
    let layout = GridLayout(rows: rows, columns: columns, tiles: tiles, moves: moves.map(\.move))
    let isTerminal = (0..<rows * columns).map { $0 == goal }
    let model = TabularModel(stateCount: rows * columns, actionCount: count, isTerminal: isTerminal)
    {
      state, action in
      if state == goal {
        return [.init(probability: 1, nextState: state, reward: 0, terminates: true)]
      }
      let (row, column) = layout.cell(of: state)
      let move = moves[moves.startIndex + action].move!
      let (newRow, newColumn) = GridDrawing.clamp(
        row + move.row - wind[column], column + move.column, rows: rows, columns: columns)
      let next = newRow * columns + newColumn
      return [.init(probability: 1, nextState: next, reward: -1, terminates: next == goal)]
    }
    return TabularEnvironment(
      name: "windy", model: model, actionNames: moves.map(\.name), startStates: [start],
      timeLimit: nil,
      layout: layout, stateNames: ["start": start, "goal": goal],
      drawing: { GridDrawing.draw(layout, agentAt: $0) })
  }
}
