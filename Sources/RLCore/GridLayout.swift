/// How a grid world's states sit on a map, so views can draw values and arrows on it.
public struct GridLayout: Hashable, Sendable {
  /// Rows, top to bottom.
  public let rows: Int
  /// Columns, left to right.
  public let columns: Int
  /// One character per cell (`S`, `F`, `H`, `G`, `.`, …), row by row.
  public let tiles: [Character]
  /// For each action, its move as (row change, column change), or `nil` for non-moves.
  public let moves: [(row: Int, column: Int)?]

  /// Creates a layout.
  public init(rows: Int, columns: Int, tiles: [Character], moves: [(row: Int, column: Int)?]) {
    precondition(tiles.count == rows * columns, "one tile per cell")
    self.rows = rows
    self.columns = columns
    self.tiles = tiles
    self.moves = moves
  }

  public static func == (lhs: GridLayout, rhs: GridLayout) -> Bool {
    lhs.rows == rhs.rows && lhs.columns == rhs.columns && lhs.tiles == rhs.tiles
      && lhs.moves.map { $0.map { [$0.row, $0.column] } }
        == rhs.moves.map { $0.map { [$0.row, $0.column] } }
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(rows)
    hasher.combine(columns)
    hasher.combine(tiles)
  }

  /// The cell of a state numbered `row * columns + column`.
  public func cell(of state: Int) -> (row: Int, column: Int) {
    (state / columns, state % columns)
  }

  /// The arrow for an action's move (`←`, `↓`, `→`, `↑`, diagonals, `·` for staying).
  public func arrow(for action: Int) -> String {
    guard action < moves.count, let move = moves[action] else { return "·" }
    switch (move.row.signum(), move.column.signum()) {
    case (0, -1): return "←"
    case (0, 1): return "→"
    case (-1, 0): return "↑"
    case (1, 0): return "↓"
    case (-1, -1): return "↖"
    case (-1, 1): return "↗"
    case (1, -1): return "↙"
    case (1, 1): return "↘"
    default: return "·"
    }
  }
}
