/// Reads the expression language: names and numbers, member access and calls,
/// prefix `-`, `not`, `argmax`, `max`, `min`, `abs`, then `* /`, `+ -`,
/// comparisons and `in` (which do not chain), `≈ … ± …`, `and`, `or`.
///
/// ```
/// q(start, jump) > q(start, left) and curve.last(100).mean ≈ 0.7 ± 0.1
/// jump in argmax q-learning.q(start)
/// ```
public struct ExpressionParser {
  private var tokens: [Token] = []
  private var position = 0
  /// How many brackets and prefix operators the parser is inside.
  private var depth = 0

  /// The most tokens an expression may have, and the deepest it may nest: a
  /// lesson is untrusted, and parsing and evaluating recurse, so a hostile one
  /// must not exhaust the stack (no real claim comes near either).
  public static let maximumTokens = 256
  public static let maximumDepth = 32

  /// A parser.
  public init() {}

  /// The expression `text` holds, or the first thing wrong with it.
  public static func parse(_ text: String) throws(ExpressionError) -> Expression {
    var parser = ExpressionParser()
    parser.tokens = try Lexer(text).tokens()
    if parser.tokens.count > maximumTokens {
      throw ExpressionError(
        "the expression is too long (\(parser.tokens.count - 1) tokens; at most \(maximumTokens))",
        hint: "split it into several claims", at: 0..<text.utf8.count)
    }
    guard parser.tokens.count > 1 else {
      throw ExpressionError(
        "the expression is empty", hint: "for example `v(start)` or `q(start, left) > 0`",
        at: 0..<0)
    }
    let expression = try parser.expression(loosest: 1)
    guard case .end = parser.current.kind else {
      throw ExpressionError(
        "unexpected \(parser.current.described) after a complete expression",
        hint: Self.hint(after: expression), at: parser.current.span)
    }
    return expression
  }

  /// What to say when more follows a complete `expression`: `lake.argmax q(start)`
  /// puts a prefix function after the demo's name.
  private static func hint(after expression: Expression) -> String {
    guard case .member(let base, let name, _) = expression,
      let function = PrefixOperator(rawValue: name), function != .negate
    else { return "join two conditions with `and` or `or`" }
    let demo = base.chainHeads.first?.name ?? "lake"
    return "`\(name)` goes before what it reads: `\(name) \(demo).q(start)`"
  }

  private var current: Token { tokens[position] }

  private mutating func advance() -> Token {
    defer { position = min(position + 1, tokens.count - 1) }
    return tokens[position]
  }

  /// Binary operators at `loosest` precedence or tighter, left to right; `≈ … ± …`
  /// sits with the comparisons.
  private mutating func expression(loosest: Int) throws(ExpressionError) -> Expression {
    var left = try prefixed()
    var compared = false
    while true {
      if loosest <= 3, case .symbol(.approximately) = current.kind {
        if compared { throw Self.chained(at: current.span) }
        left = try approximation(of: left)
        compared = true
        continue
      }
      guard let (operation, token) = binaryOperator(), operation.precedence >= loosest else {
        return left
      }
      if operation.isComparison {
        if compared { throw Self.chained(at: token.span) }
        compared = true
      } else if operation.precedence < 3 {
        compared = false
      }
      _ = advance()
      if operation == .minus { try requireSpaces(around: token) }
      let right = try expression(loosest: operation.precedence + 1)
      left = .binary(operation, left, right, span: left.span.lowerBound..<right.span.upperBound)
    }
  }

  private static func chained(at span: Range<Int>) -> ExpressionError {
    ExpressionError("comparisons do not chain", hint: "write `a < b and b < c`", at: span)
  }

  /// `value ≈ target ± tolerance`, after `value`.
  private mutating func approximation(of value: Expression) throws(ExpressionError) -> Expression {
    let symbol = advance()
    let target = try expression(loosest: 4)
    guard case .symbol(.plusOrMinus) = current.kind else {
      throw ExpressionError(
        "`≈` needs a tolerance",
        hint: "write `\(Self.text(of: value)) ≈ target ± 0.01` (or `~=` and `+-`)",
        at: symbol.span.lowerBound..<target.span.upperBound)
    }
    _ = advance()
    let tolerance = try expression(loosest: 4)
    return .approximately(
      value, target, tolerance: tolerance, span: value.span.lowerBound..<tolerance.span.upperBound)
  }

  private static func text(of expression: Expression) -> String {
    if case .name(let name, _) = expression { return name }
    return "value"
  }

  private mutating func prefixed() throws(ExpressionError) -> Expression {
    let token = current
    depth += 1
    defer { depth -= 1 }
    guard depth <= Self.maximumDepth else {
      throw ExpressionError(
        "the expression nests too deeply (at most \(Self.maximumDepth) levels)",
        hint: "write it with fewer brackets", at: token.span)
    }
    let operation: PrefixOperator? =
      switch token.kind {
      case .symbol(.minus): .negate
      case .keyword(.not): .not
      case .keyword(.argmax): .argmax
      case .keyword(.max): .max
      case .keyword(.min): .min
      case .keyword(.abs): .abs
      default: nil
      }
    guard let operation else { return try postfix() }
    _ = advance()
    // `not` binds looser than comparisons: `not a < b` is `not (a < b)`.
    let operand = operation == .not ? try expression(loosest: 3) : try prefixed()
    return .prefix(operation, operand, span: token.span.lowerBound..<operand.span.upperBound)
  }

  private mutating func postfix() throws(ExpressionError) -> Expression {
    var expression = try primary()
    while true {
      switch current.kind {
      case .symbol(.dot):
        let dot = advance()
        // After `.`, a keyword is a member's name: `curve.max`, `curve.min`.
        let member: String
        switch current.kind {
        case .name(let name): member = name
        case .keyword(let keyword): member = keyword.rawValue
        default:
          throw ExpressionError(
            "`.` must be followed by a name", hint: "for example `curve.max` or `lake.v(start)`",
            at: dot.span.lowerBound..<current.span.upperBound)
        }
        let name = advance()
        expression = .member(
          expression, member, span: expression.span.lowerBound..<name.span.upperBound)
      case .symbol(.open):
        let open = advance()
        var arguments: [Expression] = []
        if case .symbol(.close) = current.kind {
        } else {
          arguments.append(try self.expression(loosest: 1))
          while case .symbol(.comma) = current.kind {
            _ = advance()
            arguments.append(try self.expression(loosest: 1))
          }
        }
        let close = try closing(open, hint: "separate arguments with `,` and end them with `)`")
        expression = .call(
          expression, arguments, span: expression.span.lowerBound..<close.span.upperBound)
      default:
        return expression
      }
    }
  }

  private mutating func primary() throws(ExpressionError) -> Expression {
    let token = advance()
    switch token.kind {
    case .number(let value): return .number(value, span: token.span)
    case .keyword(.true): return .boolean(true, span: token.span)
    case .keyword(.false): return .boolean(false, span: token.span)
    case .name(let name): return .name(name, span: token.span)
    case .symbol(.open):
      let inner = try expression(loosest: 1)
      let close = try closing(token, hint: "add `)`")
      return Self.respan(inner, token.span.lowerBound..<close.span.upperBound)
    case .end:
      throw ExpressionError(
        "the expression ends too soon", hint: "something is missing after the last operator",
        at: token.span)
    default:
      throw ExpressionError(
        "unexpected \(token.described)", hint: "a value goes here: a number, a name or `(`",
        at: token.span)
    }
  }

  /// The `)` that closes `open`, or an error over what it left open.
  private mutating func closing(_ open: Token, hint: String) throws(ExpressionError) -> Token {
    guard case .symbol(.close) = current.kind else {
      throw ExpressionError(
        "`(` is not closed", hint: hint, at: open.span.lowerBound..<current.span.upperBound)
    }
    return advance()
  }

  /// A parenthesised expression spans its parentheses.
  private static func respan(_ expression: Expression, _ span: Range<Int>) -> Expression {
    switch expression {
    case .number(let value, _): .number(value, span: span)
    case .boolean(let value, _): .boolean(value, span: span)
    case .name(let name, _): .name(name, span: span)
    case .member(let base, let name, _): .member(base, name, span: span)
    case .call(let callee, let arguments, _): .call(callee, arguments, span: span)
    case .prefix(let operation, let operand, _): .prefix(operation, operand, span: span)
    case .binary(let operation, let left, let right, _): .binary(operation, left, right, span: span)
    case .approximately(let value, let target, let tolerance, _):
      .approximately(value, target, tolerance: tolerance, span: span)
    }
  }

  private func binaryOperator() -> (BinaryOperator, Token)? {
    let token = current
    let operation: BinaryOperator? =
      switch token.kind {
      case .keyword(.or): .or
      case .keyword(.and): .and
      case .keyword(.in): .in
      case .symbol(let symbol): BinaryOperator(rawValue: symbol.rawValue)
      default: nil
      }
    return operation.map { ($0, token) }
  }

  /// `a - b` needs its spaces: `a-b` is one name.
  private func requireSpaces(around token: Token) throws(ExpressionError) {
    let before = tokens[position - 2].span.upperBound
    let after = current.span.lowerBound
    if before == token.span.lowerBound || after == token.span.upperBound {
      throw ExpressionError(
        "write subtraction with spaces around `-`",
        hint: "names may hold `-` (`q-learning`), so `a - b` subtracts and `a-b` is a name",
        at: token.span)
    }
  }
}

extension Token {
  /// The token as a message names it (`` `)` ``, `the end`).
  var described: String {
    switch kind {
    case .number(let value): "number `\(value)`"
    case .name(let name): "name `\(name)`"
    case .keyword(let keyword): "`\(keyword.rawValue)`"
    case .symbol(let symbol): "`\(symbol.rawValue)`"
    case .end: "end of the expression"
    }
  }
}
