/// What an inline value's code span says: an expression and how to write its value,
/// `lake.v(start):.2f` read as `lake.v(start)` and ``ValueFormat/fixed(decimals:)``.
public struct InlineExpression: Hashable, Sendable {
  /// The expression.
  public var expression: Expression
  /// How its value is written.
  public var format: ValueFormat

  /// Reads `source`, the span's text after `{rl} `. An error's span counts from
  /// the start of `source`. The language has no `:`, so the first one starts the format.
  public init(parsing source: String) throws(ExpressionError) {
    let bytes = Array(source.utf8)
    let colon = bytes.firstIndex(of: UInt8(ascii: ":"))
    let text = String(decoding: bytes[..<(colon ?? bytes.count)], as: UTF8.self)
    if text.allSatisfy(\.isWhitespace) {
      throw ExpressionError(
        "an inline value needs an expression", hint: "for example `{rl} lake.v(start):.2f`",
        at: 0..<max(1, bytes.count))
    }
    expression = try ExpressionParser.parse(text)
    guard let colon else {
      format = .automatic
      return
    }
    let suffix = String(decoding: bytes[(colon + 1)...], as: UTF8.self)
    do throws(ExpressionError) {
      format = try ValueFormat(parsing: suffix)
    } catch {
      let start = colon + 1
      throw ExpressionError(
        error.message, hint: error.hint,
        at: (start + error.span.lowerBound)..<max(start + error.span.upperBound, colon + 1))
    }
  }
}
