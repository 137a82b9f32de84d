/// An environment's map with a value and the greedy actions in each cell.
public struct OutputGrid: Hashable, Sendable, Codable {
  /// One cell of the map.
  public struct Cell: Hashable, Sendable, Codable {
    /// The map's letter for the cell (`S`, `H`, `G`, `.`), as the environment writes it.
    public var tile: String
    /// The value shown, if the cell is a state that has one.
    public var value: Double?
    /// The greedy actions drawn as arrows (`←`, `↑`, …); several on ties.
    public var arrows: [String]
    /// Whether the cell ends an episode (nothing is chosen there).
    public var isTerminal: Bool
    /// For a terminal cell, whether reaching it pays (a goal) or not (a hole, a
    /// cliff): drawn differently, since both are worth 0 once there.
    public var isGoal: Bool?

    /// Creates a cell.
    public init(
      tile: String, value: Double? = nil, arrows: [String] = [], isTerminal: Bool = false,
      isGoal: Bool? = nil
    ) {
      self.tile = tile
      self.value = value
      self.arrows = arrows
      self.isTerminal = isTerminal
      self.isGoal = isGoal
    }
  }

  /// What the grid shows.
  public var title: String
  /// What the values are (`V(s)`, `max_a Q(s,a)`); `nil` when only arrows are shown.
  public var valueLabel: String?
  /// The number of rows.
  public var rows: Int
  /// The number of columns.
  public var columns: Int
  /// The cells, row by row.
  public var cells: [Cell]
  /// Sentences that explain the grid (what the letters and arrows mean).
  public var notes: [String]

  /// Creates a grid.
  public init(
    title: String, valueLabel: String?, rows: Int, columns: Int, cells: [Cell],
    notes: [String] = []
  ) {
    precondition(cells.count == rows * columns, "a grid needs rows × columns cells")
    self.title = title
    self.valueLabel = valueLabel
    self.rows = rows
    self.columns = columns
    self.cells = cells
    self.notes = notes
  }

  /// The cell at a row and column.
  public subscript(row: Int, column: Int) -> Cell { cells[row * columns + column] }

  /// The smallest and largest value shown, if any.
  public var valueRange: ClosedRange<Double>? {
    // A terminal cell's 0 is a definition, not something learned: it sets no shade.
    let learned = cells.filter { !$0.isTerminal }.compactMap(\.value).filter(\.isFinite)
    let values = learned.isEmpty ? cells.compactMap(\.value).filter(\.isFinite) : learned
    guard let low = values.min(), let high = values.max() else { return nil }
    return low...high
  }
}
