/// A piece of rlbook's Markdown that cmark-gfm must not see: math and Obsidian embeds.
///
/// Before cmark parses a lesson, each span is replaced by a placeholder
/// (`U+E000`, its index, `U+E001`), so `$a*b*c$` is not emphasis and a `|`
/// inside math does not split a table cell. After the parse, placeholders are
/// turned back into ``Inline`` values carrying the span's exact source range.
struct ProtectedSpan: Hashable, Sendable {
  enum Kind: Hashable, Sendable {
    case inlineMath
    case displayMath
    case embed
    /// Text that cmark-gfm must not parse: a line with more table cells than it
    /// reads in reasonable time (its table extension takes time quadratic in a
    /// row's cells). It comes back as the text it was.
    case literal
  }

  var kind: Kind
  /// The span's text between its delimiters (`$…$`, `$$…$$`, `![[…]]`).
  var content: String
  /// The whole span as written, delimiters included.
  var source: String
  /// The span's byte offsets in the original text.
  var offsets: Range<Int>

  static let open: Unicode.Scalar = "\u{E000}"
  static let close: Unicode.Scalar = "\u{E001}"

  /// The placeholder that stands for the span with this index.
  static func placeholder(index: Int) -> String {
    "\(Character(open))\(index)\(Character(close))"
  }

  /// The span as an inline value.
  func inline(range: SourceRange?) -> Inline {
    switch kind {
    case .inlineMath:
      return Inline(.math(content), range: range)
    case .displayMath:
      return Inline(.displayMath(content), range: range)
    case .literal:
      return Inline(.text(source), range: range)
    case .embed:
      let parts = content.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
      let target = parts[0].trimmingSpaces
      let label = parts.count > 1 ? parts[1].trimmingSpaces : ""
      return Inline(.embed(Embed(target: target, label: label)), range: range)
    }
  }
}

/// A piece of text that may hold placeholders.
enum PlaceholderPiece: Equatable {
  case text(String)
  case span(Int)

  /// Splits `text` at placeholders, keeping text between them.
  static func split(_ text: String) -> [PlaceholderPiece] {
    guard text.unicodeScalars.contains(ProtectedSpan.open) else { return [.text(text)] }
    var pieces: [PlaceholderPiece] = []
    var current = String.UnicodeScalarView()
    var digits: String?
    for scalar in text.unicodeScalars {
      if var number = digits {
        if scalar == ProtectedSpan.close, let index = Int(number) {
          if !current.isEmpty { pieces.append(.text(String(current))) }
          current = String.UnicodeScalarView()
          pieces.append(.span(index))
          digits = nil
        } else if scalar.properties.numericType != nil, scalar.isASCII {
          number.unicodeScalars.append(scalar)
          digits = number
        } else {
          current.append(ProtectedSpan.open)
          current.append(contentsOf: number.unicodeScalars)
          current.append(scalar)
          digits = nil
        }
      } else if scalar == ProtectedSpan.open {
        digits = ""
      } else {
        current.append(scalar)
      }
    }
    if let number = digits {
      current.append(ProtectedSpan.open)
      current.append(contentsOf: number.unicodeScalars)
    }
    if !current.isEmpty { pieces.append(.text(String(current))) }
    return pieces
  }
}

extension StringProtocol {
  /// The string without leading and trailing spaces, tabs and newlines.
  var trimmingSpaces: String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let first = firstIndex(where: { !isSpace($0) }),
      let last = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[first...last])
  }
}
