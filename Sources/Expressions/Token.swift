/// One piece of an expression's text, with where it is (UTF-8 byte offsets).
struct Token: Hashable, Sendable {
  /// The kinds of token.
  enum Kind: Hashable, Sendable {
    /// A number (`0.54`, `1e-3`, `100`).
    case number(Double)
    /// A name: letters, digits and `_`, with `-` between them (`q-learning`, `edge-row`).
    case name(String)
    /// A keyword of the language (`and`, `or`, `not`, `in`, `argmax`, `max`, `min`, `abs`).
    case keyword(Keyword)
    /// An operator or punctuation (`<=`, `≈`, `±`, `(`, `.`).
    case symbol(Symbol)
    /// The end of the text.
    case end
  }

  var kind: Kind
  var span: Range<Int>
}

/// The language's keywords, which no name may be.
public enum Keyword: String, CaseIterable, Hashable, Sendable {
  case and, or, not, `in`, argmax, max, min, abs, `true`, `false`
}

/// Operators and punctuation.
enum Symbol: String, Hashable, Sendable {
  case plus = "+"
  case minus = "-"
  case times = "*"
  case divide = "/"
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="
  case equal = "=="
  case notEqual = "!="
  case approximately = "≈"
  case plusOrMinus = "±"
  case open = "("
  case close = ")"
  case comma = ","
  case dot = "."
}
