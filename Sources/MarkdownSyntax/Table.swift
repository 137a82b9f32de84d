/// A GFM table: a header row, body rows and a column alignment each.
public struct Table: Hashable, Sendable {
  /// How a column's cells are aligned.
  public enum Alignment: String, Hashable, Sendable {
    /// No alignment was asked for (`---`).
    case none
    /// `:---`
    case left
    /// `:---:`
    case center
    /// `---:`
    case right
  }

  /// One alignment per column.
  public var alignments: [Alignment]
  /// The header row.
  public var header: [TableCell]
  /// The body rows; each has as many cells as there are columns.
  public var rows: [[TableCell]]

  /// Creates a table.
  public init(alignments: [Alignment], header: [TableCell], rows: [[TableCell]]) {
    self.alignments = alignments
    self.header = header
    self.rows = rows
  }

  /// The number of columns.
  public var columnCount: Int { alignments.count }
}

/// One cell of a table.
public struct TableCell: Hashable, Sendable {
  /// The cell's inline content.
  public var content: [Inline]
  /// Where the cell is in the source file.
  public var range: SourceRange?

  /// Creates a cell.
  public init(content: [Inline], range: SourceRange? = nil) {
    self.content = content
    self.range = range
  }
}
