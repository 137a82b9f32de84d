import Foundation

/// What an expression computes.
public enum ExpressionValue: Hashable, Sendable {
  /// A number.
  case number(Double)
  /// True or false.
  case boolean(Bool)
  /// A name the demo does not bind (a state, an action): compared as written.
  case name(String)
  /// Several names (`argmax` when actions tie).
  case names(Set<String>)
  /// A row of numbers under names: `q(start)` over the actions.
  case row(labels: [String], values: [Double])
  /// A series: a learning curve, or part of one.
  case series([Double])

  /// The value as a reader sees it: `0.542`, `true`, `{left, down}`.
  public var text: String {
    switch self {
    case .number(let value): Self.write(value)
    case .boolean(let value): String(value)
    case .name(let name): name
    case .names(let names): "{" + names.sorted().joined(separator: ", ") + "}"
    case .row(let labels, let values):
      zip(labels, values).map { "\($0) \(Self.write($1))" }.joined(separator: ", ")
    case .series(let values): "\(values.count) values"
    }
  }

  /// What kind of value it is, for messages.
  var kind: String {
    switch self {
    case .number: "a number"
    case .boolean: "true or false"
    case .name: "a name"
    case .names: "a set of names"
    case .row: "a row of values"
    case .series: "a series"
    }
  }

  /// Four significant decimals at most: `0.5421`, `801.3`, `12`.
  static func write(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    let scale = pow10(max(0, 4 - Int(log10(abs(value)).rounded(.down)) - 1))
    return "\((value * scale).rounded() / scale)"
  }

  private static func pow10(_ exponent: Int) -> Double {
    (0..<min(exponent, 12)).reduce(1.0) { product, _ in product * 10 }
  }
}
