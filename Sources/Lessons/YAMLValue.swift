public import MarkdownSyntax

/// A YAML value read from a lesson, with where it is in the lesson file.
///
/// Used for `rl` block bodies and front matter, so that every key and every
/// value can be pointed at by a diagnostic.
public struct YAMLValue: Hashable, Sendable {
  /// The shape of a value.
  public enum Kind: Hashable, Sendable {
    /// A scalar as written (`0.9`, `q-learning`, `"text"`); quoted scalars are never numbers.
    case scalar(String, isQuoted: Bool)
    /// An empty value (`key:` with nothing after it, `~`, `null`).
    case null
    /// A sequence (`[a, b]` or `- a` lines).
    case list([YAMLValue])
    /// A mapping, in source order.
    case map([YAMLEntry])
  }

  /// The value.
  public var kind: Kind
  /// Where the value is.
  public var range: SourceRange
  /// For a scalar, where each line of its text begins in the file: one line for
  /// a plain or quoted scalar (after the quote), one per line of a block (`|`).
  /// Empty when unknown.
  public var lineStarts: [SourceLocation]

  /// Creates a value.
  public init(_ kind: Kind, range: SourceRange, lineStarts: [SourceLocation] = []) {
    self.kind = kind
    self.range = range
    self.lineStarts = lineStarts
  }

  /// Where the character at `offset` UTF-8 bytes into line `line` (from 0) of the
  /// scalar's text is, as a one-character range; the whole value when that is unknown.
  public func range(line: Int, byteOffset offset: Int, length: Int = 1) -> SourceRange {
    guard lineStarts.indices.contains(line) else { return range }
    let start = lineStarts[line]
    let first = SourceLocation(line: start.line, column: start.column + offset)
    return SourceRange(
      start: first, end: SourceLocation(line: start.line, column: first.column + max(length, 1)))
  }

  /// The text of a scalar; `nil` for other kinds.
  public var text: String? {
    if case .scalar(let text, _) = kind { return text }
    return nil
  }

  /// The value as an integer, if it is a plain scalar that reads as one (`3`, `1_000`, `1e3`).
  public var int: Int? {
    guard case .scalar(let text, false) = kind else { return nil }
    let cleaned = text.replacingUnderscores
    if let value = Int(cleaned) { return value }
    if let value = Double(cleaned), value.rounded() == value, abs(value) < 9e18 {
      return Int(value)
    }
    return nil
  }

  /// The value as a number, if it is a plain scalar that reads as one.
  public var double: Double? {
    guard case .scalar(let text, false) = kind else { return nil }
    switch text.lowercased() {
    case ".inf", "+.inf": return .infinity
    case "-.inf": return -.infinity
    case ".nan": return .nan
    default: return Double(text.replacingUnderscores)
    }
  }

  /// The value as a Boolean, if it is a plain `true`/`false` (or `yes`/`no`, `on`/`off`).
  public var bool: Bool? {
    guard case .scalar(let text, false) = kind else { return nil }
    switch text.lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default: return nil
    }
  }

  /// The items of a list; a scalar counts as a list of one; `null` as empty.
  public var items: [YAMLValue]? {
    switch kind {
    case .list(let items): return items
    case .scalar: return [self]
    case .null: return []
    case .map: return nil
    }
  }

  /// A short name of the kind, for messages (`a number`, `a list`, …).
  public var kindDescription: String {
    switch kind {
    case .scalar: int != nil ? "a whole number" : double != nil ? "a number" : "text"
    case .null: "nothing"
    case .list: "a list"
    case .map: "a map"
    }
  }
}

/// One `key: value` pair of a YAML map, each with its own location.
public struct YAMLEntry: Hashable, Sendable {
  /// The key.
  public var key: String
  /// Where the key is.
  public var keyRange: SourceRange
  /// The value.
  public var value: YAMLValue

  /// Creates an entry.
  public init(key: String, keyRange: SourceRange, value: YAMLValue) {
    self.key = key
    self.keyRange = keyRange
    self.value = value
  }
}

extension String {
  fileprivate var replacingUnderscores: String {
    contains("_") ? String(filter { $0 != "_" }) : self
  }
}

extension YAMLValue {
  /// The value on one line, as `--set` and a learner's answer take it: a
  /// scalar as written, a list in brackets (`[64, 64]`); empty for `null` and
  /// maps, which no setting takes.
  public var flowText: String {
    switch kind {
    case .scalar(let text, _): text
    case .list(let items): "[" + items.map(\.flowText).joined(separator: ", ") + "]"
    case .null, .map: ""
    }
  }
}
