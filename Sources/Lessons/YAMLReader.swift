import MarkdownSyntax
internal import Yams

/// Reads YAML embedded in a lesson (front matter, `rl` block bodies) into
/// ``YAMLValue``s located in the lesson file.
///
/// libyaml (through Yams) counts columns in Unicode scalars and lines from the
/// start of the embedded text; this converts both to the lesson file's lines
/// and UTF-8 byte columns.
struct YAMLReader {
  /// The lesson file's lines.
  let file: LineIndex
  /// The file line holding the YAML's first line.
  let firstLine: Int
  /// The YAML text's lines.
  private let lines: [Substring]
  /// For each YAML line, the file column (0-based, in bytes) of its first character.
  private let lineStartColumns: [Int]
  /// For each YAML line, the byte offset of each of its Unicode scalars, and the line's end.
  private let scalarOffsets: [[Int]]

  init(yaml: String, file: LineIndex, firstLine: Int) {
    self.file = file
    self.firstLine = firstLine
    let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
    self.lines = lines
    lineStartColumns = lines.indices.map { index in
      let fileLine = firstLine + index
      guard fileLine <= file.lineCount else { return 0 }
      let fileText = file.text(ofLine: fileLine)
      let content = lines[index]
      return fileText.hasSuffix(content) ? fileText.utf8.count - content.utf8.count : 0
    }
    scalarOffsets = lines.map { line in
      var offsets: [Int] = [0]
      offsets.reserveCapacity(line.utf8.count + 1)
      for scalar in line.unicodeScalars { offsets.append(offsets.last! + UTF8.width(scalar)) }
      return offsets
    }
  }

  /// The result of reading: a value, or the diagnostic that explains why there is none.
  enum Outcome {
    case value(YAMLValue?)
    case failure(Diagnostic)
  }

  /// The most values one piece of YAML may hold (a demo needs a few dozen).
  static let largestValueCount = 10_000

  /// Reads the YAML text; `nil` value for an empty document.
  ///
  /// Aliases are refused before the text is parsed (``YAMLAliasScan``), and
  /// reading stops at ``largestValueCount`` values, so no text expands.
  func read(_ yaml: String, what: String) -> Outcome {
    if let (line, column) = YAMLAliasScan.firstAlias(in: yaml) {
      let at = location(line: line, column: column) ?? fallback
      return .failure(
        .error(
          "YAML aliases (`*name`) are not allowed in \(what)",
          hint:
            "write the value out again; aliases can make a few lines expand to billions of values",
          at: point(at)))
    }
    do {
      guard let node = try Yams.compose(yaml: yaml) else { return .value(nil) }
      var budget = Self.largestValueCount
      guard let value = value(of: node, budget: &budget) else {
        return .failure(
          .error(
            "\(what) holds more than \(Self.largestValueCount) values",
            hint: "a demo's settings and a lesson's front matter are a few short lines",
            at: point(fallback)))
      }
      return .value(value)
    } catch let error as YamlError {
      return .failure(diagnostic(for: error, what: what))
    } catch {
      return .failure(
        .error("cannot read \(what): \(error)", at: location(line: 1, column: 1).map(point)))
    }
  }

  /// The value of `node`, or `nil` once more than `budget` values were built.
  private func value(of node: Node, budget: inout Int) -> YAMLValue? {
    budget -= 1
    guard budget >= 0 else { return nil }
    let start = node.mark.flatMap { location(line: $0.line, column: $0.column) } ?? fallback
    switch node {
    case .scalar(let scalar):
      let isQuoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
      let text = scalar.string
      let written = isQuoted ? text.utf8.count + 2 : text.utf8.count
      let range = SourceRange(start: start, end: endOnLine(start, length: written))
      if !isQuoted, ["", "~", "null", "Null", "NULL"].contains(text) {
        return YAMLValue(.null, range: range)
      }
      let lineStarts: [SourceLocation] =
        switch scalar.style {
        case .literal, .folded: blockLineStarts(text, indicatorLine: node.mark?.line ?? 0)
        case .singleQuoted, .doubleQuoted:
          [SourceLocation(line: start.line, column: start.column + 1)]
        default: text.contains("\n") ? [] : [start]
        }
      return YAMLValue(.scalar(text, isQuoted: isQuoted), range: range, lineStarts: lineStarts)
    case .sequence(let sequence):
      var items: [YAMLValue] = []
      for item in sequence {
        guard let value = value(of: item, budget: &budget) else { return nil }
        items.append(value)
      }
      let isFlow = sequence.style == .flow
      return YAMLValue(.list(items), range: collectionRange(start, items.map(\.range), isFlow))
    case .mapping(let mapping):
      var entries: [YAMLEntry] = []
      for (key, value) in mapping {
        guard let keyValue = self.value(of: key, budget: &budget),
          let entryValue = self.value(of: value, budget: &budget)
        else { return nil }
        entries.append(
          YAMLEntry(key: key.scalar?.string ?? "", keyRange: keyValue.range, value: entryValue))
      }
      let ranges = entries.flatMap { [$0.keyRange, $0.value.range] }
      return YAMLValue(.map(entries), range: collectionRange(start, ranges, mapping.style == .flow))
    case .alias:
      return YAMLValue(.null, range: SourceRange(start: start, end: start))
    }
  }

  /// Where each line of a block scalar's text begins: the block's lines follow the
  /// indicator's line (1-based), each indented by the same amount, which libyaml strips.
  private func blockLineStarts(_ text: String, indicatorLine: Int) -> [SourceLocation] {
    var contents = text.split(separator: "\n", omittingEmptySubsequences: false)
    if contents.last == "" { contents.removeLast() }
    var starts: [SourceLocation] = []
    for (index, content) in contents.enumerated() {
      let yamlLine = indicatorLine + index
      guard indicatorLine >= 1, lines.indices.contains(yamlLine),
        lines[yamlLine].hasSuffix(content)
      else { return [] }
      let indent = lines[yamlLine].utf8.count - content.utf8.count
      starts.append(
        SourceLocation(
          line: firstLine + yamlLine, column: lineStartColumns[yamlLine] + indent + 1))
    }
    return starts
  }

  private var fallback: SourceLocation { SourceLocation(line: firstLine, column: 1) }

  private func collectionRange(_ start: SourceLocation, _ parts: [SourceRange], _ isFlow: Bool)
    -> SourceRange
  {
    let end = parts.map(\.end).max() ?? start
    let closed = isFlow ? SourceLocation(line: end.line, column: end.column + 1) : end
    return SourceRange(start: start, end: closed)
  }

  private func endOnLine(_ start: SourceLocation, length: Int) -> SourceLocation {
    let lineLength = file.byteRange(ofLine: start.line).count
    return SourceLocation(line: start.line, column: min(start.column + length, lineLength + 1))
  }

  private func point(_ location: SourceLocation) -> SourceRange {
    SourceRange(
      start: location, end: SourceLocation(line: location.line, column: location.column + 1))
  }

  /// The file location of a 1-based YAML line and 1-based scalar column.
  func location(line: Int, column: Int) -> SourceLocation? {
    guard line >= 1 else { return nil }
    let fileLine = firstLine + line - 1
    guard line <= lines.count else {
      return SourceLocation(line: fileLine, column: 1)
    }
    let offsets = scalarOffsets[line - 1]
    let bytes = offsets[min(max(column - 1, 0), offsets.count - 1)]
    return SourceLocation(line: fileLine, column: lineStartColumns[line - 1] + bytes + 1)
  }

  /// Where a key is written for the second time (`key:` starting a line), if it is.
  private func secondOccurrence(ofKey key: String) -> SourceLocation? {
    var seen = false
    for (index, line) in lines.enumerated() {
      let text = line.trimmingSpaces
      guard text.hasPrefix(key), text.dropFirst(key.count).trimmingSpaces.hasPrefix(":") else {
        continue
      }
      if seen {
        let column = line.unicodeScalars.count - text.unicodeScalars.count + 1
        return location(line: index + 1, column: column)
      }
      seen = true
    }
    return nil
  }

  private func diagnostic(for error: YamlError, what: String) -> Diagnostic {
    let hint = "write one `key: value` per line; put text with `:` or `#` in quotes"
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      // At the end of the text, the construct left open (`[`, a quote) is the useful place.
      let contentLines = lines.lastIndex { !$0.trimmingSpaces.isEmpty }.map { $0 + 1 } ?? 0
      let useContext = mark.line > contentLines && context != nil
      let primary = useContext ? context!.mark : mark
      let at = location(line: primary.line, column: primary.column) ?? fallback
      let during = context.map { " (\($0.text))" } ?? ""
      return .error("invalid YAML in \(what): \(problem)\(during)", hint: hint, at: point(at))
    case .reader(let problem, let offset?, _, let yaml):
      // libyaml's reader (bad characters) gives an offset in characters, not a mark.
      let before = yaml.prefix(offset)
      let line = before.count(where: { $0 == "\n" }) + 1
      let lineStart =
        before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
      let column = before[lineStart...].unicodeScalars.count + 1
      let at = location(line: line, column: column) ?? fallback
      return .error(
        "invalid YAML in \(what): \(problem)",
        hint: "remove the character: text in a lesson cannot hold control characters",
        at: point(at))
    case .duplicatedKeysInMapping(let duplicates, let context):
      let repeated = duplicates.first.flatMap(secondOccurrence(ofKey:))
      let at =
        repeated ?? location(line: context.mark.line, column: context.mark.column) ?? fallback
      let names = duplicates.map { "`\($0)`" }.joined(separator: ", ")
      return .error(
        "duplicate key \(names) in \(what)",
        hint: "each key may appear once; remove the repeated one",
        at: point(at))
    default:
      return .error("invalid YAML in \(what): \(error)", hint: hint, at: point(fallback))
    }
  }
}

extension Substring {
  fileprivate var trimmingSpaces: Substring {
    drop { $0 == " " || $0 == "\t" || $0 == "\r" }
  }
}
