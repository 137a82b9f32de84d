/// Numbers as text, the same on every platform and run (no locale, no Foundation).
enum NumberText {
  /// `value` with exactly `digits` decimals (`0.125` → `0.13` with 2), `-0` written as `0`.
  static func fixed(_ value: Double, digits: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : value < 0 ? "-∞" : "∞" }
    let digits = max(0, min(digits, 12))
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    guard scaled < 9e15 else { return compact(value) }
    let units = UInt64(scaled)
    let factor = UInt64(scale)
    let whole = String(units / factor)
    let isNegative = value < 0 && units > 0
    guard digits > 0 else { return (isNegative ? "-" : "") + whole }
    let fraction = String(units % factor)
    let padded = String(repeating: "0", count: digits - fraction.count) + fraction
    return (isNegative ? "-" : "") + whole + "." + padded
  }

  /// A short form for axis labels: up to 4 significant figures, no trailing zeros.
  static func compact(_ value: Double) -> String {
    guard value.isFinite else { return fixed(value, digits: 0) }
    let magnitude = abs(value)
    if magnitude >= 1e6 || (magnitude < 1e-3 && magnitude > 0) { return "\(value)" }
    let digits = magnitude >= 1000 ? 0 : magnitude >= 100 ? 1 : magnitude >= 10 ? 2 : 3
    var text = fixed(value, digits: digits)
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return text == "-0" ? "0" : text
  }
}
