/// Turns cmark-gfm's positions in the text it parsed into ranges in the original file.
///
/// cmark reports 1-based lines and byte columns with an inclusive end; the text
/// it parsed has placeholders in place of math and embeds. This maps both back
/// to half-open ranges in the original text.
struct PositionMapper: Sendable {
  let parsed: LineIndex
  let original: LineIndex
  let offsets: OffsetMap

  /// The original range of a node cmark placed from `start` to `end` (inclusive), if it tracked one.
  func range(
    startLine: Int, startColumn: Int, endLine: Int, endColumn: Int
  ) -> SourceRange? {
    guard startLine > 0, endLine > 0, (startLine, startColumn) <= (endLine, endColumn + 1) else {
      return nil
    }
    let startOffset = parsed.offset(
      of: SourceLocation(line: startLine, column: max(startColumn, 1)))
    let endOffset = parsed.offset(of: SourceLocation(line: endLine, column: max(endColumn, 0) + 1))
    return SourceRange(
      start: original.location(ofOffset: offsets.originalOffset(startOffset)),
      end: original.location(ofOffset: offsets.originalOffset(endOffset)))
  }

  /// The original range of a span's byte offsets.
  func range(ofOriginalOffsets offsets: Range<Int>) -> SourceRange {
    SourceRange(
      start: original.location(ofOffset: offsets.lowerBound),
      end: original.location(ofOffset: offsets.upperBound))
  }
}
