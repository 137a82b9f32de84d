import RLCore

/// How an environment's states lie on a map, for `value-grid` and `policy-arrows`.
struct StateMap: Sendable {
  /// The number of rows.
  let rows: Int
  /// The number of columns.
  let columns: Int
  /// The letter of each cell, row by row.
  let tiles: [String]
  /// The state each cell stands for, if any.
  private(set) var states: [Int?]
  /// How each action is drawn.
  let arrows: [String]

  /// The map of a grid environment: one state per cell.
  init(layout: GridLayout, actionCount: Int) {
    rows = layout.rows
    columns = layout.columns
    tiles = layout.tiles.map(String.init)
    states = Array(0..<(layout.rows * layout.columns))
    arrows = (0..<actionCount).map(layout.arrow(for:))
  }

  /// A one-row map (mario's level, the random walk).
  init(row tiles: [String], states: [Int?], arrows: [String]) {
    rows = 1
    columns = tiles.count
    self.tiles = tiles
    self.states = states
    self.arrows = arrows
  }

  /// The map with `cells` standing for no state (a drawn grid's walls).
  func without(cells: [Int]) -> StateMap {
    var map = self
    for cell in cells { map.states[cell] = nil }
    return map
  }
}
