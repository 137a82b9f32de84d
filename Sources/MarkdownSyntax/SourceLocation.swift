/// A position in a source file, as compilers and cmark count it.
///
/// Lines are 1-based. Columns are 1-based and counted in UTF-8 bytes, so a
/// column stays correct whatever the characters before it are.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The 1-based line number.
  public var line: Int
  /// The 1-based column, in UTF-8 bytes from the start of the line.
  public var column: Int

  /// Creates a location from a 1-based line and a 1-based byte column.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  /// `line:column`, as diagnostics print it.
  public var description: String { "\(line):\(column)" }
}

/// A half-open range of source text: `start` is the first byte, `end` the one after the last.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
  /// The location of the first byte.
  public var start: SourceLocation
  /// The location just past the last byte.
  public var end: SourceLocation

  /// Creates a range from its first location and the location just past its end.
  public init(start: SourceLocation, end: SourceLocation) {
    self.start = start
    self.end = max(start, end)
  }

  /// A range covering one line from `column` for `length` bytes.
  public init(line: Int, column: Int, length: Int) {
    self.init(
      start: SourceLocation(line: line, column: column),
      end: SourceLocation(line: line, column: column + length))
  }

  /// `start-end`, for example `3:1-5:4`.
  public var description: String { "\(start)-\(end)" }

  /// The smallest range covering both ranges.
  public func union(_ other: SourceRange) -> SourceRange {
    SourceRange(start: min(start, other.start), end: max(end, other.end))
  }
}
