/// How an inline value writes a number: the suffix after `:` in
/// `` `{rl} lake.v(start):.2f` ``.
///
/// `.2f` gives two decimals (`0.54`), `%` a whole percentage (`54%`), `.1%` one
/// decimal of a percentage (`54.2%`), `d` a whole number (`12`). Without a
/// suffix a number has at most four significant digits (`0.5421`, `801.3`).
public enum ValueFormat: Hashable, Sendable {
  /// Four significant digits at most.
  case automatic
  /// A fixed number of decimals.
  case fixed(decimals: Int)
  /// A percentage with a fixed number of decimals.
  case percent(decimals: Int)

  /// The most decimals a format may ask for.
  public static let maximumDecimals = 12

  /// The format a suffix spells, or an error saying which suffixes there are.
  public init(parsing suffix: String) throws(ExpressionError) {
    let hint =
      "a format is `.2f` (two decimals), `%` or `.1%` (a percentage) or `d` (a whole number)"
    let whole = 0..<suffix.utf8.count
    switch suffix {
    case "d": self = .fixed(decimals: 0)
    case "%": self = .percent(decimals: 0)
    default:
      guard suffix.hasPrefix("."), let last = suffix.last, last == "f" || last == "%",
        let decimals = Int(suffix.dropFirst().dropLast()), decimals >= 0,
        String(decimals) == suffix.dropFirst().dropLast()
      else {
        throw ExpressionError(
          suffix.isEmpty ? "nothing follows `:`" : "`\(suffix)` is not a format", hint: hint,
          at: whole)
      }
      guard decimals <= Self.maximumDecimals else {
        throw ExpressionError(
          "at most \(Self.maximumDecimals) decimals", hint: hint, at: whole)
      }
      self = last == "f" ? .fixed(decimals: decimals) : .percent(decimals: decimals)
    }
  }

  /// `number` written in this format; `nil` for ``automatic``, which the value's
  /// own text covers.
  public func write(_ number: Double) -> String? {
    switch self {
    case .automatic: return nil
    case .fixed(let decimals): return Self.fixed(number, decimals: decimals)
    case .percent(let decimals): return Self.fixed(number * 100, decimals: decimals) + "%"
    }
  }

  /// `number` rounded half away from zero to `decimals` places, never `-0.00`.
  static func fixed(_ number: Double, decimals: Int) -> String {
    guard number.isFinite else { return number.isNaN ? "nan" : number < 0 ? "-∞" : "∞" }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (abs(number) * scale).rounded(.toNearestOrAwayFromZero)
    guard scaled < 9e15 else { return String(number) }
    let digits = String(Int64(scaled))
    let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
    let integer = padded.dropLast(decimals)
    let fraction = padded.suffix(decimals)
    let sign = number < 0 && scaled > 0 ? "-" : ""
    return sign + integer + (decimals > 0 ? "." + fraction : "")
  }
}
