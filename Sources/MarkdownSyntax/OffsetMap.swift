/// Maps byte offsets in text with placeholders back to the original text.
///
/// The text is a sequence of runs: verbatim runs copied unchanged, and
/// placeholders that stand for a span of different length. An offset inside a
/// verbatim run maps one to one; the start of a placeholder maps to the start
/// of its span and anything later in it to the span's end.
struct OffsetMap: Sendable {
  private struct Run: Sendable {
    var transformedStart: Int
    var originalStart: Int
    var transformedLength: Int
    var originalLength: Int
    var isVerbatim: Bool { transformedLength == originalLength }
  }

  private var runs: [Run] = []
  private(set) var transformedLength = 0
  private(set) var originalLength = 0

  /// Appends a run copied unchanged.
  mutating func appendVerbatim(length: Int) {
    guard length > 0 else { return }
    append(transformedLength: length, originalLength: length)
  }

  /// Appends a placeholder of `transformedLength` bytes standing for `originalLength` bytes.
  mutating func appendReplacement(transformedLength: Int, originalLength: Int) {
    append(transformedLength: transformedLength, originalLength: originalLength)
  }

  private mutating func append(transformedLength length: Int, originalLength: Int) {
    runs.append(
      Run(
        transformedStart: transformedLength, originalStart: self.originalLength,
        transformedLength: length, originalLength: originalLength))
    transformedLength += length
    self.originalLength += originalLength
  }

  /// The original offset of a transformed offset.
  func originalOffset(_ offset: Int) -> Int {
    guard !runs.isEmpty else { return offset }
    var low = 0
    var high = runs.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if runs[middle].transformedStart <= offset { low = middle } else { high = middle - 1 }
    }
    let run = runs[low]
    let delta = offset - run.transformedStart
    if run.isVerbatim || delta < 0 { return run.originalStart + delta }
    if delta >= run.transformedLength {
      return run.originalStart + run.originalLength + (delta - run.transformedLength)
    }
    return run.originalStart + (delta == 0 ? 0 : run.originalLength)
  }
}
