extension Expression {
  /// The expression written back, every operation in parentheses: what the parser
  /// understood, for messages and tests (`((a + b) > 1)`).
  public var bracketed: String {
    switch self {
    case .number(let value, _): Self.write(value)
    case .boolean(let value, _): String(value)
    case .name(let name, _): name
    case .member(let base, let name, _): base.bracketed + "." + name
    case .call(let callee, let arguments, _):
      callee.bracketed + "(" + arguments.map(\.bracketed).joined(separator: ", ") + ")"
    case .prefix(let operation, let operand, _):
      operation == .negate
        ? "(-" + operand.bracketed + ")" : "(" + operation.rawValue + " " + operand.bracketed + ")"
    case .binary(let operation, let left, let right, _):
      "(" + left.bracketed + " " + operation.rawValue + " " + right.bracketed + ")"
    case .approximately(let value, let target, let tolerance, _):
      "(" + value.bracketed + " ≈ " + target.bracketed + " ± " + tolerance.bracketed + ")"
    }
  }

  /// `0.5`, `100`, `1e-06`: as briefly as it reads back.
  static func write(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return "\(value)"
  }
}
