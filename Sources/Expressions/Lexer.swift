/// Splits an expression's text into tokens.
///
/// A `-` between two letters or digits with no space is part of a name
/// (`q-learning`, `edge-row`); subtraction is written with spaces (`a - b`).
/// `~=` and `+-` are the ASCII spellings of `≈` and `±`; `≤`, `≥` and `≠` read
/// as `<=`, `>=` and `!=`.
struct Lexer {
  private let bytes: [UInt8]
  private let text: String

  init(_ text: String) {
    self.text = text
    bytes = Array(text.utf8)
  }

  /// Every token, ending with `.end`.
  func tokens() throws(ExpressionError) -> [Token] {
    var tokens: [Token] = []
    var index = 0
    while true {
      while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
      guard index < bytes.count else {
        tokens.append(Token(kind: .end, span: index..<index))
        return tokens
      }
      let (kind, length) = try token(at: index)
      tokens.append(Token(kind: kind, span: index..<index + length))
      index += length
    }
  }

  private static let spelled: [(String, Symbol)] = [
    ("<=", .lessOrEqual), (">=", .greaterOrEqual), ("==", .equal), ("!=", .notEqual),
    ("~=", .approximately), ("+-", .plusOrMinus), ("≤", .lessOrEqual), ("≥", .greaterOrEqual),
    ("≠", .notEqual), ("≈", .approximately), ("±", .plusOrMinus), ("<", .less),
    (">", .greater), ("+", .plus), ("-", .minus), ("*", .times), ("×", .times), ("/", .divide),
    ("(", .open), (")", .close), (",", .comma), (".", .dot),
  ]

  private func token(at index: Int) throws(ExpressionError) -> (Token.Kind, Int) {
    let byte = bytes[index]
    if Self.isDigit(byte)
      || (byte == 0x2E && index + 1 < bytes.count && Self.isDigit(bytes[index + 1]))
    {
      return try number(at: index)
    }
    if Self.isNameStart(byte) { return name(at: index) }
    for (spelling, symbol) in Self.spelled where hasPrefix(spelling, at: index) {
      return (.symbol(symbol), spelling.utf8.count)
    }
    let character = String(decoding: bytes[index...], as: UTF8.self).first.map(String.init) ?? "?"
    throw ExpressionError(
      "`\(character)` is not part of the expression language",
      hint:
        "expressions use names, numbers, + - * /, comparisons, ≈ (or ~=) with ± (or +-), and, or, not, in",
      at: index..<index + character.utf8.count)
  }

  private func number(at start: Int) throws(ExpressionError) -> (Token.Kind, Int) {
    var index = start
    while index < bytes.count,
      Self.isDigit(bytes[index]) || bytes[index] == 0x2E || bytes[index] == 0x5F
    {
      index += 1
    }
    if index < bytes.count, bytes[index] == 0x65 || bytes[index] == 0x45 {
      var exponent = index + 1
      if exponent < bytes.count, bytes[exponent] == 0x2B || bytes[exponent] == 0x2D {
        exponent += 1
      }
      if exponent < bytes.count, Self.isDigit(bytes[exponent]) {
        index = exponent
        while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
      }
    }
    let written = String(decoding: bytes[start..<index], as: UTF8.self)
    guard let value = Double(written.filter { $0 != "_" }), value.isFinite else {
      throw ExpressionError("`\(written)` is not a number", at: start..<index)
    }
    if index < bytes.count, Self.isNameStart(bytes[index]) {
      throw ExpressionError(
        "a number runs into a name here", hint: "put a space or an operator between them",
        at: start..<index + 1)
    }
    return (.number(value), index - start)
  }

  private func name(at start: Int) -> (Token.Kind, Int) {
    var index = start
    while index < bytes.count {
      if Self.isNamePart(bytes[index]) {
        index += 1
      } else if bytes[index] == 0x2D, index + 1 < bytes.count, Self.isNamePart(bytes[index + 1]),
        index > start
      {
        index += 1
      } else {
        break
      }
    }
    let word = String(decoding: bytes[start..<index], as: UTF8.self)
    if let keyword = Keyword(rawValue: word) { return (.keyword(keyword), index - start) }
    return (.name(word), index - start)
  }

  private func hasPrefix(_ spelling: String, at index: Int) -> Bool {
    let wanted = Array(spelling.utf8)
    guard index + wanted.count <= bytes.count else { return false }
    return Array(bytes[index..<index + wanted.count]) == wanted
  }

  private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

  private static func isNameStart(_ byte: UInt8) -> Bool {
    (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x5F
  }

  private static func isNamePart(_ byte: UInt8) -> Bool { isNameStart(byte) || isDigit(byte) }
}
