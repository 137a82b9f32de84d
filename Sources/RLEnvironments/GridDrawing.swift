import RLCore

/// Draws a grid world's map as text with the agent's cell marked.
enum GridDrawing {
  /// The map, one row per line, tiles separated by spaces, the agent's cell as `@`.
  static func draw(_ layout: GridLayout, agentAt state: Int) -> String {
    var lines: [String] = []
    for row in 0..<layout.rows {
      var cells: [String] = []
      for column in 0..<layout.columns {
        let index = row * layout.columns + column
        cells.append(index == state ? "@" : String(layout.tiles[index]))
      }
      lines.append(cells.joined(separator: " "))
    }
    return lines.joined(separator: "\n")
  }

  /// Moves one cell, staying inside the grid.
  static func clamp(_ row: Int, _ column: Int, rows: Int, columns: Int) -> (Int, Int) {
    (min(max(row, 0), rows - 1), min(max(column, 0), columns - 1))
  }
}
