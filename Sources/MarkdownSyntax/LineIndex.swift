/// Converts between byte offsets and line/column locations in one text.
///
/// Built once per text in O(n); each conversion is a binary search.
public struct LineIndex: Sendable {
  /// The text's UTF-8 bytes.
  public let bytes: [UInt8]
  /// The byte offset at which each line starts; `lineStarts[0] == 0`.
  public let lineStarts: [Int]

  /// Indexes the lines of `text`.
  public init(_ text: String) {
    self.init(bytes: Array(text.utf8))
  }

  /// Indexes the lines of UTF-8 `bytes`.
  ///
  /// A line ends at a line feed, a carriage return, or both (`\r\n`), as in CommonMark.
  public init(bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    for (offset, byte) in bytes.enumerated() {
      if byte == UInt8(ascii: "\n") {
        starts.append(offset + 1)
      } else if byte == UInt8(ascii: "\r"),
        offset + 1 == bytes.count || bytes[offset + 1] != UInt8(ascii: "\n")
      {
        starts.append(offset + 1)
      }
    }
    lineStarts = starts
  }

  /// The number of lines (a final newline does not open another line of text,
  /// but still counts as an empty last line).
  public var lineCount: Int { lineStarts.count }

  /// The location of a byte offset (clamped to the text).
  public func location(ofOffset offset: Int) -> SourceLocation {
    let offset = min(max(offset, 0), bytes.count)
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return SourceLocation(line: low + 1, column: offset - lineStarts[low] + 1)
  }

  /// The byte offset of a location (clamped to the text).
  public func offset(of location: SourceLocation) -> Int {
    let line = min(max(location.line, 1), lineStarts.count)
    let start = lineStarts[line - 1]
    return min(max(start + location.column - 1, start), bytes.count)
  }

  /// The byte range of a 1-based line, without its line ending.
  public func byteRange(ofLine line: Int) -> Range<Int> {
    guard line >= 1, line <= lineStarts.count else { return bytes.count..<bytes.count }
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
    if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return start..<end
  }

  /// The text of a 1-based line, without its newline.
  public func text(ofLine line: Int) -> String {
    String(decoding: bytes[byteRange(ofLine: line)], as: UTF8.self)
  }
}
