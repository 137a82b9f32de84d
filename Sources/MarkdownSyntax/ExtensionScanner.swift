/// Finds math and Obsidian embeds in raw Markdown and replaces them with placeholders.
///
/// The scan skips lines that cmark-gfm sees as code or HTML blocks (found by a
/// first parse), code spans, and backslash-escaped dollars. Inline math
/// follows Pandoc's rule so prices are not math: the opening `$` has a
/// non-space right after it, the closing `$` a non-space right before it and
/// no digit right after it; it stays on one line. Display math `$$…$$` may span
/// lines of one paragraph. A line of ``HugeTableRows`` is kept from cmark-gfm
/// whole and comes back as text.
struct ExtensionScanner {
  private let bytes: [UInt8]
  private let skippedLines: Set<Int>
  private let lines: LineIndex
  private let hugeRows: HugeTableRows

  /// The text with placeholders in place of spans.
  private(set) var transformed: [UInt8] = []
  /// The spans found, in order; a placeholder's number is its index here.
  private(set) var spans: [ProtectedSpan] = []
  /// Maps offsets in `transformed` back to the original text.
  private(set) var offsetMap = OffsetMap()

  /// Scans `lines`, leaving the 1-based lines in `skippedLines` untouched and
  /// keeping each of `hugeRows` whole.
  init(lines: LineIndex, skippedLines: Set<Int>, hugeRows: HugeTableRows) {
    self.lines = lines
    self.hugeRows = hugeRows
    self.bytes = lines.bytes
    self.skippedLines = skippedLines
    transformed.reserveCapacity(bytes.count)
    scan()
  }

  private mutating func scan() {
    var copiedUpTo = 0
    var line = 1
    while line <= lines.lineCount {
      guard !skippedLines.contains(line), !isBlank(line: line) else {
        line += 1
        continue
      }
      // A chunk: consecutive lines that are neither blank nor skipped.
      var lastLine = line
      while lastLine < lines.lineCount, !skippedLines.contains(lastLine + 1),
        !isBlank(line: lastLine + 1)
      {
        lastLine += 1
      }
      let start = lines.byteRange(ofLine: line).lowerBound
      let end = lines.byteRange(ofLine: lastLine).upperBound
      for (kind, range, content) in findSpans(in: start..<end) {
        copyVerbatim(copiedUpTo..<range.lowerBound)
        let index = spans.count
        let source = String(decoding: bytes[range], as: UTF8.self)
        spans.append(ProtectedSpan(kind: kind, content: content, source: source, offsets: range))
        let placeholder = Array(ProtectedSpan.placeholder(index: index).utf8)
        transformed.append(contentsOf: placeholder)
        offsetMap.appendReplacement(
          transformedLength: placeholder.count, originalLength: range.count)
        copiedUpTo = range.upperBound
      }
      line = lastLine + 1
    }
    copyVerbatim(copiedUpTo..<bytes.count)
  }

  private mutating func copyVerbatim(_ range: Range<Int>) {
    guard !range.isEmpty else { return }
    transformed.append(contentsOf: bytes[range])
    offsetMap.appendVerbatim(length: range.count)
  }

  private func isBlank(line: Int) -> Bool {
    bytes[lines.byteRange(ofLine: line)].allSatisfy { $0 == 0x20 || $0 == 0x09 }
  }

  private func findSpans(in chunk: Range<Int>) -> [(ProtectedSpan.Kind, Range<Int>, String)] {
    var found: [(ProtectedSpan.Kind, Range<Int>, String)] = []
    var index = chunk.lowerBound
    let end = chunk.upperBound
    while index < end {
      if let lineEnd = hugeRows.lines[index], lineEnd <= end {
        let text = String(decoding: bytes[index..<lineEnd], as: UTF8.self)
        found.append((.literal, index..<lineEnd, text))
        index = lineEnd
        continue
      }
      switch bytes[index] {
      case UInt8(ascii: "\\"):
        index += (index + 1 < end && bytes[index + 1].isASCIIPunctuation) ? 2 : 1
      case UInt8(ascii: "`"):
        index = endOfCodeSpan(at: index, end: end)
      case UInt8(ascii: "$") where index + 1 < end && bytes[index + 1] == UInt8(ascii: "$"):
        if let close = find([UInt8(ascii: "$"), UInt8(ascii: "$")], from: index + 2, end: end),
          let content = nonBlankContent(index + 2..<close)
        {
          found.append((.displayMath, index..<close + 2, content))
          index = close + 2
        } else {
          index += 2
        }
      case UInt8(ascii: "$"):
        if let close = closingDollar(openingAt: index, end: end) {
          found.append(
            (
              .inlineMath, index..<close + 1,
              String(decoding: bytes[index + 1..<close], as: UTF8.self)
            ))
          index = close + 1
        } else {
          index += 1
        }
      case UInt8(ascii: "!") where startsEmbed(at: index, end: end):
        if let close = find([UInt8(ascii: "]"), UInt8(ascii: "]")], from: index + 3, end: end),
          !bytes[index + 3..<close].contains(where: { $0 == 0x0A || $0 == 0x5B || $0 == 0x5D }),
          let content = nonBlankContent(index + 3..<close)
        {
          found.append((.embed, index..<close + 2, content))
          index = close + 2
        } else {
          index += 1
        }
      default:
        index += 1
      }
    }
    return found
  }

  private func startsEmbed(at index: Int, end: Int) -> Bool {
    index + 2 < end && bytes[index + 1] == UInt8(ascii: "[")
      && bytes[index + 2] == UInt8(ascii: "[")
  }

  /// Skips a code span that opens with a run of backticks at `index`.
  private func endOfCodeSpan(at index: Int, end: Int) -> Int {
    var runEnd = index
    while runEnd < end, bytes[runEnd] == UInt8(ascii: "`") { runEnd += 1 }
    let length = runEnd - index
    var search = runEnd
    while search < end {
      if bytes[search] == UInt8(ascii: "`") {
        var closeEnd = search
        while closeEnd < end, bytes[closeEnd] == UInt8(ascii: "`") { closeEnd += 1 }
        if closeEnd - search == length { return closeEnd }
        search = closeEnd
      } else {
        search += 1
      }
    }
    return runEnd
  }

  /// The closing `$` of inline math opened at `index`, on the same line.
  private func closingDollar(openingAt index: Int, end: Int) -> Int? {
    let first = index + 1
    guard first < end, !bytes[first].isSpaceOrNewline else { return nil }
    var search = first
    while search < end, bytes[search] != 0x0A {
      let byte = bytes[search]
      if byte == UInt8(ascii: "\\") {
        search += 2
        continue
      }
      if byte == UInt8(ascii: "$") {
        let isClosing =
          search > first && !bytes[search - 1].isSpaceOrNewline
          && !(search + 1 < end && bytes[search + 1].isASCIIDigit)
        if isClosing { return search }
        if search == first { return nil }
      }
      search += 1
    }
    return nil
  }

  private func find(_ needle: [UInt8], from start: Int, end: Int) -> Int? {
    var index = start
    while index + needle.count <= end {
      if bytes[index] == UInt8(ascii: "\\") {
        index += 2
        continue
      }
      if bytes[index..<index + needle.count].elementsEqual(needle) { return index }
      index += 1
    }
    return nil
  }

  private func nonBlankContent(_ range: Range<Int>) -> String? {
    let text = String(decoding: bytes[range], as: UTF8.self)
    return text.trimmingSpaces.isEmpty ? nil : text.trimmingSpaces
  }
}

extension UInt8 {
  var isASCIIPunctuation: Bool {
    (0x21...0x2F).contains(self) || (0x3A...0x40).contains(self) || (0x5B...0x60).contains(self)
      || (0x7B...0x7E).contains(self)
  }

  var isSpaceOrNewline: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D }

  var isASCIIDigit: Bool { (0x30...0x39).contains(self) }
}
