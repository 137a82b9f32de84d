/// A table of numbers and words with headers, units and highlighted cells.
public struct OutputTable: Hashable, Sendable, Codable {
  /// A column: its header, unit and how many decimals its numbers show.
  public struct Column: Hashable, Sendable, Codable {
    /// The header (`Q(s,a)`).
    public var header: String
    /// The unit of its numbers, if they have one (`steps`).
    public var unit: String?
    /// Decimals shown for numbers (the values themselves keep full precision).
    public var precision: Int
    /// Whether the column holds numbers (right-aligned) rather than words.
    public var isNumeric: Bool

    /// Creates a column.
    public init(_ header: String, unit: String? = nil, precision: Int = 3, isNumeric: Bool = true) {
      self.header = header
      self.unit = unit
      self.precision = precision
      self.isNumeric = isNumeric
    }

    /// A column of words.
    public static func text(_ header: String) -> Column {
      Column(header, precision: 0, isNumeric: false)
    }
  }

  /// A cell: a number, a word or nothing, possibly highlighted (an argmax).
  public struct Cell: Hashable, Sendable, Codable {
    /// What a cell holds.
    public enum Value: Hashable, Sendable, Codable {
      /// A real number, shown with the column's precision.
      case number(Double)
      /// A whole number.
      case integer(Int)
      /// Words.
      case text(String)
      /// Nothing (a value that does not apply).
      case empty
    }

    /// The value.
    public var value: Value
    /// Whether the cell is marked (the largest of its column, the greedy action).
    public var isHighlighted: Bool

    /// Creates a cell.
    public init(_ value: Value, isHighlighted: Bool = false) {
      self.value = value
      self.isHighlighted = isHighlighted
    }

    /// A number.
    public static func number(_ value: Double, highlighted: Bool = false) -> Cell {
      Cell(.number(value), isHighlighted: highlighted)
    }

    /// Words.
    public static func text(_ value: String, highlighted: Bool = false) -> Cell {
      Cell(.text(value), isHighlighted: highlighted)
    }
  }

  /// What the table shows.
  public var title: String
  /// The columns.
  public var columns: [Column]
  /// The rows, each with one cell per column.
  public var rows: [[Cell]]
  /// Sentences that explain the table (what is highlighted, what a symbol means).
  public var notes: [String]
  /// Each row spelled out as a step of the algorithm (a trace's), or none.
  public var steps: [OutputStep]

  /// Creates a table.
  public init(
    title: String, columns: [Column], rows: [[Cell]], notes: [String] = [],
    steps: [OutputStep] = []
  ) {
    self.title = title
    self.columns = columns
    self.rows = rows
    self.notes = notes
    self.steps = steps
  }
}
