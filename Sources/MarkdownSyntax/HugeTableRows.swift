/// The lines of a text with more `|` than a table row may have.
///
/// cmark-gfm's table extension takes time quadratic in a row's cells (a row of
/// 100,000 took 5 s, and 2,000 lines of 1,000 took as long), so such a line
/// never reaches it: the scan for code lines sees its pipes as letters, and the
/// extension scanner keeps the line whole and gives it back as text.
struct HugeTableRows {
  /// The most `|` a line may hold and still be read as a table row.
  static let widestTableRow = 200

  /// Each such line's start offset → its end (before the line ending).
  let lines: [Int: Int]

  /// Finds the lines of `text` (nothing to do unless the whole text has that many pipes).
  init(_ text: LineIndex) {
    let pipe = UInt8(ascii: "|")
    var lines: [Int: Int] = [:]
    if text.bytes.count(where: { $0 == pipe }) > Self.widestTableRow {
      for line in 1...text.lineCount {
        let range = text.byteRange(ofLine: line)
        if text.bytes[range].count(where: { $0 == pipe }) > Self.widestTableRow {
          lines[range.lowerBound] = range.upperBound
        }
      }
    }
    self.lines = lines
  }

  /// Whether the text has no such line.
  var isEmpty: Bool { lines.isEmpty }

  /// `bytes` (the text's) with the pipes of these lines replaced by `x`: the same
  /// number of bytes, so lines and blocks stay where they are.
  func masking(_ bytes: [UInt8]) -> [UInt8] {
    guard !lines.isEmpty else { return bytes }
    var result = bytes
    for (start, end) in lines {
      for index in start..<end where result[index] == UInt8(ascii: "|") {
        result[index] = UInt8(ascii: "x")
      }
    }
    return result
  }
}
