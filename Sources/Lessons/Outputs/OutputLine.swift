/// A line of words with numbers in it, the numbers kept as numbers so that
/// each renderer chooses how many digits to print.
///
/// Written with string interpolation: `"δ = \(reward) + \(gamma)·\(next)"`
/// keeps `reward`, `gamma` and `next` as numbers.
public struct OutputLine: Hashable, Sendable, Codable, ExpressibleByStringInterpolation {
  /// A piece of the line.
  public enum Part: Hashable, Sendable, Codable {
    case text(String)
    case number(Double)
  }

  /// The pieces, in order.
  public var parts: [Part]

  /// A line of these pieces.
  public init(parts: [Part]) { self.parts = parts }

  public init(stringLiteral value: String) { parts = [.text(value)] }

  public init(stringInterpolation: StringInterpolation) { parts = stringInterpolation.parts }

  /// One line followed by the other.
  public static func + (left: OutputLine, right: OutputLine) -> OutputLine {
    OutputLine(parts: left.parts + right.parts)
  }

  /// Collects the pieces of an interpolated line.
  public struct StringInterpolation: StringInterpolationProtocol {
    var parts: [Part] = []

    public init(literalCapacity: Int, interpolationCount: Int) {}

    public mutating func appendLiteral(_ literal: String) {
      if !literal.isEmpty { parts.append(.text(literal)) }
    }

    /// A number, printed by the renderer.
    public mutating func appendInterpolation(_ value: Double) { parts.append(.number(value)) }

    /// Words.
    public mutating func appendInterpolation(_ text: String) { parts.append(.text(text)) }
  }
}
