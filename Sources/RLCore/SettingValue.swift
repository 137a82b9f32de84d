/// A setting's value after validation: typed, in range.
public enum SettingValue: Hashable, Sendable {
  /// A real number.
  case real(Double)
  /// A whole number.
  case integer(Int)
  /// True or false.
  case flag(Bool)
  /// Whole numbers (layer sizes).
  case integers([Int])
  /// Real numbers (a reward sequence, several γ).
  case reals([Double])
  /// A word or a text (a choice, a level).
  case text(String)
  /// Several texts (levels, a map's rows).
  case texts([String])
  /// Characters and their numbers, in the order written (a grid's exits).
  case legend([LegendEntry])

  /// The value as a lesson would write it (`0.95`, `[64, 64]`, `true`).
  public var written: String {
    switch self {
    case .real(let value): Self.write(value)
    case .integer(let value): String(value)
    case .flag(let value): String(value)
    case .integers(let values): "[" + values.map(String.init).joined(separator: ", ") + "]"
    case .reals(let values): "[" + values.map(Self.write).joined(separator: ", ") + "]"
    case .text(let text): text
    case .texts(let texts): "[" + texts.joined(separator: ", ") + "]"
    case .legend(let entries):
      "{" + entries.map { "\"\($0.symbol)\": " + Self.write($0.value) }.joined(separator: ", ")
        + "}"
    }
  }

  /// A real number written as briefly as it reads back exactly (`0.1`, `1`, `1e-06`).
  public static func write(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return "\(value)"
  }

  /// The value as a real number, if it is a number.
  public var real: Double? {
    switch self {
    case .real(let value): value
    case .integer(let value): Double(value)
    default: nil
    }
  }

  /// The value as a whole number, if it is one.
  public var integer: Int? {
    if case .integer(let value) = self { return value }
    return nil
  }

  /// The value as a flag, if it is one.
  public var flag: Bool? {
    if case .flag(let value) = self { return value }
    return nil
  }

  /// The value as texts; a single text counts as a list of one.
  public var texts: [String]? {
    switch self {
    case .texts(let texts): texts
    case .text(let text): [text]
    default: nil
    }
  }

  /// The value as a text, if it is one.
  public var text: String? {
    if case .text(let value) = self { return value }
    return nil
  }
}

extension SettingValue: ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByBooleanLiteral, ExpressibleByStringLiteral
{
  /// A real number, as a declaration writes its default (`0.1`).
  public init(floatLiteral value: Double) { self = .real(value) }
  /// A whole number (`10`); it reads as a real number too.
  public init(integerLiteral value: Int) { self = .integer(value) }
  /// A flag (`true`).
  public init(booleanLiteral value: Bool) { self = .flag(value) }
  /// A word (`adam`).
  public init(stringLiteral value: String) { self = .text(value) }
}

/// One character of a legend and its number (`+` pays 10).
public struct LegendEntry: Hashable, Sendable {
  /// The character, as drawn in the map.
  public var symbol: Character
  /// Its number.
  public var value: Double

  /// Creates an entry.
  public init(_ symbol: Character, _ value: Double) {
    self.symbol = symbol
    self.value = value
  }
}
