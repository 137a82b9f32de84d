/// Finds math and Obsidian embeds in raw Markdown and replaces them with placeholders.
///
/// The scan skips lines that cmark-gfm sees as code or HTML blocks (found by a
/// first parse), code spans, backslash-escaped dollars, link destinations and
/// titles, link reference definitions, autolinks and inline HTML. Inline math
/// follows Pandoc's `tex_math_dollars`, so prices are not math: the opening
/// `$` has a non-space right after it, and the span ends at the next unescaped
/// `$`; if that one has a space right before it or a digit right after it,
/// the opening `$` is a plain dollar. Inline math and display math `$$…$$` may
/// span the lines of one paragraph (never a blank line); inside a block quote
/// the quote's `>` markers on its later lines are not part of the formula. A
/// line of ``HugeTableRows`` is kept from cmark-gfm whole and comes back as text.
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
      if index == chunk.lowerBound || bytes[index - 1] == 0x0A,
        let definitionEnd = endOfReferenceDefinition(at: index, end: end)
      {
        index = definitionEnd
        continue
      }
      switch bytes[index] {
      case UInt8(ascii: "<"):
        index = endOfTagOrAutolink(at: index, end: end) ?? index + 1
      case UInt8(ascii: "]") where index + 1 < end && bytes[index + 1] == UInt8(ascii: "("):
        index = endOfLinkDestination(at: index + 2, end: end) ?? index + 1
      case UInt8(ascii: "\\"):
        index += (index + 1 < end && bytes[index + 1].isASCIIPunctuation) ? 2 : 1
      case UInt8(ascii: "`"):
        index = endOfCodeSpan(at: index, end: end)
      case UInt8(ascii: "$") where index + 1 < end && bytes[index + 1] == UInt8(ascii: "$"):
        if let close = find([UInt8(ascii: "$"), UInt8(ascii: "$")], from: index + 2, end: end),
          let content = nonBlankContent(unquoted(index + 2..<close, openingAt: index))
        {
          found.append((.displayMath, index..<close + 2, content))
          index = close + 2
        } else {
          index += 2
        }
      case UInt8(ascii: "$"):
        if let close = closingDollar(openingAt: index, end: end) {
          found.append(
            (.inlineMath, index..<close + 1, unquoted(index + 1..<close, openingAt: index)))
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

  /// The closing `$` of inline math opened at `index`: the next unescaped `$`
  /// of the paragraph, if it can close (no space before it, no digit after).
  private func closingDollar(openingAt index: Int, end: Int) -> Int? {
    let first = index + 1
    guard first < end, !bytes[first].isSpaceOrNewline else { return nil }
    var search = first
    while search < end {
      let byte = bytes[search]
      if byte == UInt8(ascii: "\\") {
        search += 2
        continue
      }
      if byte == UInt8(ascii: "$") {
        let canClose =
          search > first && !bytes[search - 1].isSpaceOrNewline
          && !(search + 1 < end && bytes[search + 1].isASCIIDigit)
        return canClose ? search : nil
      }
      search += 1
    }
    return nil
  }

  /// The text of `range`, its later lines without what their container puts
  /// before them: the block-quote markers, when the line of the opening
  /// delimiter at `opening` is quoted, and a list item's indentation (white
  /// space, which TeX ignores).
  private func unquoted(_ range: Range<Int>, openingAt opening: Int) -> String {
    let text = String(decoding: bytes[range], as: UTF8.self)
    guard text.contains("\n") else { return text }
    var lineStart = opening
    while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
    let depth = Self.quoteDepth(of: bytes[lineStart..<opening])
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    return
      ([String(lines[0])]
      + lines.dropFirst().map {
        String(Self.droppingQuoteMarkers($0, depth).drop { $0 == " " || $0 == "\t" })
      })
      .joined(separator: "\n")
  }

  /// How many `>` markers open a line (`> > text` is 2).
  private static func quoteDepth(of prefix: ArraySlice<UInt8>) -> Int {
    var depth = 0
    var index = prefix.startIndex
    while true {
      var spaces = 0
      while index < prefix.endIndex, prefix[index] == 0x20, spaces < 3 {
        index += 1
        spaces += 1
      }
      guard index < prefix.endIndex, prefix[index] == UInt8(ascii: ">") else { return depth }
      depth += 1
      index += 1
      if index < prefix.endIndex, prefix[index] == 0x20 { index += 1 }
    }
  }

  /// `line` without up to `depth` leading `>` markers.
  private static func droppingQuoteMarkers(_ line: Substring, _ depth: Int) -> String {
    var rest = line
    for _ in 0..<depth {
      let trimmed = rest.drop { $0 == " " }
      guard trimmed.first == ">", rest.count - trimmed.count <= 3 else { break }
      rest = trimmed.dropFirst()
      if rest.first == " " { rest = rest.dropFirst() }
    }
    return String(rest)
  }

  /// The end of an autolink (`<https://…>`) or a raw HTML tag (`<span title="$5">`,
  /// `</b>`, `<!-- … -->`) at `index`, which math never reaches into.
  private func endOfTagOrAutolink(at index: Int, end: Int) -> Int? {
    guard index + 1 < end else { return nil }
    let next = bytes[index + 1]
    let isLetter = (0x41...0x5A).contains(next) || (0x61...0x7A).contains(next)
    guard
      isLetter || next == UInt8(ascii: "/") || next == UInt8(ascii: "!")
        || next == UInt8(ascii: "?")
    else { return nil }
    var search = index + 1
    var quote: UInt8?
    while search < end {
      let byte = bytes[search]
      if let open = quote {
        if byte == open { quote = nil }
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        quote = byte
      } else if byte == UInt8(ascii: ">") {
        return search + 1
      } else if byte == UInt8(ascii: "<")
        || (byte == 0x0A && search + 1 < end && bytes[search + 1] == 0x0A)
      {
        return nil
      }
      search += 1
    }
    return nil
  }

  /// The end of a link's `(destination "title")` that starts at `index`, just
  /// after `](`, if it reads as one.
  private func endOfLinkDestination(at index: Int, end: Int) -> Int? {
    var search = skippingSpaces(from: index, end: end)
    if search < end, bytes[search] == UInt8(ascii: "<") {
      while search < end, bytes[search] != UInt8(ascii: ">") {
        if bytes[search] == 0x0A { return nil }
        search += bytes[search] == UInt8(ascii: "\\") ? 2 : 1
      }
      search += 1
    } else {
      var depth = 0
      while search < end, !bytes[search].isSpaceOrNewline {
        let byte = bytes[search]
        if byte == UInt8(ascii: "(") { depth += 1 }
        if byte == UInt8(ascii: ")") {
          if depth == 0 { break }
          depth -= 1
        }
        search += byte == UInt8(ascii: "\\") ? 2 : 1
      }
    }
    search = skippingSpaces(from: search, end: end)
    if search < end, let close = Self.titleCloser(bytes[search]) {
      search += 1
      while search < end, bytes[search] != close {
        search += bytes[search] == UInt8(ascii: "\\") ? 2 : 1
      }
      search = skippingSpaces(from: search + 1, end: end)
    }
    guard search < end, bytes[search] == UInt8(ascii: ")") else { return nil }
    return search + 1
  }

  /// The end of the line of a link reference definition (`[x]: url "title"`)
  /// that starts at `index`, if one does.
  private func endOfReferenceDefinition(at index: Int, end: Int) -> Int? {
    var search = index
    var spaces = 0
    while search < end, bytes[search] == 0x20, spaces < 3 {
      search += 1
      spaces += 1
    }
    guard search < end, bytes[search] == UInt8(ascii: "[") else { return nil }
    search += 1
    let labelStart = search
    while search < end, bytes[search] != UInt8(ascii: "]") {
      if bytes[search] == UInt8(ascii: "[") { return nil }
      search += bytes[search] == UInt8(ascii: "\\") ? 2 : 1
    }
    guard search > labelStart, search + 1 < end, bytes[search + 1] == UInt8(ascii: ":") else {
      return nil
    }
    while search < end, bytes[search] != 0x0A { search += 1 }
    return search
  }

  private func skippingSpaces(from index: Int, end: Int) -> Int {
    var search = index
    while search < end, bytes[search] == 0x20 || bytes[search] == 0x09 || bytes[search] == 0x0A {
      search += 1
    }
    return search
  }

  private static func titleCloser(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "\""): UInt8(ascii: "\"")
    case UInt8(ascii: "'"): UInt8(ascii: "'")
    case UInt8(ascii: "("): UInt8(ascii: ")")
    default: nil
    }
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
    nonBlankContent(String(decoding: bytes[range], as: UTF8.self))
  }

  private func nonBlankContent(_ text: String) -> String? {
    text.trimmingSpaces.isEmpty ? nil : text.trimmingSpaces
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
