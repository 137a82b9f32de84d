/// Whole numbers as Unicode superscripts and subscripts (`γ⁰·r₀`, `γ¹²`), so that
/// headers read as notation in a terminal and a page alike, with no `^` or `_`.
enum ScriptDigits {
  /// `12` as `¹²`, `-1` as `⁻¹`.
  static func superscript(_ number: Int) -> String {
    written(number, digits: Array("⁰¹²³⁴⁵⁶⁷⁸⁹"), minus: "⁻")
  }

  /// `12` as `₁₂`, `-1` as `₋₁`.
  static func `subscript`(_ number: Int) -> String {
    written(number, digits: Array("₀₁₂₃₄₅₆₇₈₉"), minus: "₋")
  }

  private static func written(_ number: Int, digits: [Character], minus: Character) -> String {
    let text = String(number.magnitude).map { digits[Int(String($0))!] }
    return (number < 0 ? String(minus) : "") + String(text)
  }
}
