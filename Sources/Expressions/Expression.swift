/// An expression over a demo's results, as written: parsed once, evaluated later.
///
/// Every node knows its span (UTF-8 byte offsets into the expression's text), so
/// that a type error or a missing value is reported at the characters responsible.
public indirect enum Expression: Hashable, Sendable {
  /// A number.
  case number(Double, span: Range<Int>)
  /// `true` or `false`.
  case boolean(Bool, span: Range<Int>)
  /// A name: an id, an agent, a state, an action, a built-in (`curve`, `path`).
  case name(String, span: Range<Int>)
  /// `base.name`: a member (`curve.max`, `lake.v`), `base` absent for a bare name.
  case member(Expression, String, span: Range<Int>)
  /// `callee(arguments…)`: `q(start, jump)`, `curve.last(100)`.
  case call(Expression, [Expression], span: Range<Int>)
  /// A prefix operator: `-x`, `not x`, `argmax q(start)`, `max …`, `min …`, `abs …`.
  case prefix(PrefixOperator, Expression, span: Range<Int>)
  /// A binary operator: arithmetic, comparison, `and`, `or`, `in`.
  case binary(BinaryOperator, Expression, Expression, span: Range<Int>)
  /// `value ≈ target ± tolerance`.
  case approximately(Expression, Expression, tolerance: Expression, span: Range<Int>)

  /// Where the expression is in its text.
  public var span: Range<Int> {
    switch self {
    case .number(_, let span), .boolean(_, let span), .name(_, let span),
      .member(_, _, let span), .call(_, _, let span), .prefix(_, _, let span),
      .binary(_, _, _, let span), .approximately(_, _, _, let span):
      span
    }
  }
}

/// Operators written before their operand.
public enum PrefixOperator: String, Hashable, Sendable {
  case negate = "-"
  case not, argmax, max, min, abs
}

/// Operators written between their operands, loosest first in ``precedence``.
public enum BinaryOperator: String, Hashable, Sendable {
  case or, and
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="
  case equal = "=="
  case notEqual = "!="
  case `in`
  case plus = "+"
  case minus = "-"
  case times = "*"
  case divide = "/"

  /// How tightly it binds: `or` 1, `and` 2, comparisons and `in` 3, `+ -` 4, `* /` 5.
  var precedence: Int {
    switch self {
    case .or: 1
    case .and: 2
    case .less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual, .in: 3
    case .plus, .minus: 4
    case .times, .divide: 5
    }
  }

  /// Whether it compares (comparisons do not chain: `a < b < c` is an error).
  var isComparison: Bool { precedence == 3 }
}
