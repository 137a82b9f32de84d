/// Renders TeX as plain Unicode text for terminals: `\gamma^{i-t} r_i` → `γⁱ⁻ᵗ rᵢ`.
///
/// Sub- and superscripts use Unicode's small forms when every character has
/// one; otherwise they are written out (`x_{max}`). Limits of big operators are
/// always written out, which reads best: `Σ_{i=t}^{∞}`. Fractions become
/// `a/b`, with parentheses around compound parts. Relations and binary
/// operators get a space on each side, operator names one after.
public enum UnicodeMath {
  /// `tex` as Unicode text.
  public static func render(_ tex: String) -> String {
    render(TeXParser.parse(tex), isCompact: false)
  }

  private struct Piece {
    var text: String
    var mathClass: MathClass
    var spaceBefore: Bool
  }

  /// Parsed items as Unicode text; compact text (scripts) drops operator spacing.
  static func render(_ items: [MathItem], isCompact: Bool) -> String {
    var pieces = items.map {
      Piece(text: text(of: $0.node), mathClass: mathClass(of: $0.node), spaceBefore: $0.spaceBefore)
    }
    pieces.removeAll { $0.text.isEmpty }
    // A binary operator with nothing to its left is a sign: `-1`, `(−x)`.
    for index in pieces.indices where pieces[index].mathClass == .binary {
      let previous = index > 0 ? pieces[index - 1].mathClass : nil
      if previous == nil || [.binary, .relation, .opening, .punctuation].contains(previous!) {
        pieces[index].mathClass = .ordinary
      }
    }
    var result = ""
    for (index, piece) in pieces.enumerated() {
      if index > 0, !result.hasSuffix(" "), !result.hasSuffix("\n"),
        needsSpace(between: pieces[index - 1], and: piece, isCompact: isCompact)
      {
        result += " "
      }
      result += piece.text
    }
    return result
  }

  private static func needsSpace(between left: Piece, and right: Piece, isCompact: Bool) -> Bool {
    if isCompact { return right.spaceBefore && left.mathClass != .opening }
    let spacedClasses: [MathClass] = [.binary, .relation]
    if spacedClasses.contains(left.mathClass) || spacedClasses.contains(right.mathClass) {
      return true
    }
    let operators: [MathClass] = [.largeOperator, .operatorName]
    if operators.contains(left.mathClass) {
      return ![.opening, .closing, .punctuation].contains(right.mathClass)
    }
    if operators.contains(right.mathClass) { return left.mathClass != .opening }
    if left.mathClass == .opening || right.mathClass == .closing { return false }
    return right.spaceBefore
  }

  private static func mathClass(of node: MathNode) -> MathClass {
    switch node {
    case .atom(_, let mathClass): mathClass
    case .scripts(let base, _, _): mathClass(of: base.node)
    case .underOver(_, _, _, .arrow): .relation
    default: .ordinary
    }
  }

  /// An environment on one line, or one line per row: a derivation's rows
  /// one under the other, a matrix or cases in its delimiters with `;`
  /// between rows.
  static func linear(_ table: MathTable) -> String {
    let rows = table.rows.enumerated().map { index, cells in
      cells.map { render($0, isCompact: false) }.filter { !$0.isEmpty }
        .joined(separator: table.pairsColumns ? " " : "  ")
        + (table.tags[index].map { "   (\($0))" } ?? "")
    }
    if table.stacksRows { return rows.joined(separator: "\n") }
    return (table.left ?? "") + rows.joined(separator: "; ") + (table.right ?? "")
  }

  private static func text(of node: MathNode) -> String {
    switch node {
    case .atom(let symbol, _):
      return symbol == "-" ? "−" : symbol == "*" ? "∗" : symbol
    case .group(let items):
      return render(items, isCompact: false)
    case .text(let text):
      return text
    case .root(let items):
      let inner = render(items, isCompact: false)
      return "√" + (isCompound(inner) ? "(\(inner))" : inner)
    case .fraction(let numerator, let denominator):
      let top = render(numerator, isCompact: false)
      let bottom = render(denominator, isCompact: false)
      return (isCompound(top) ? "(\(top))" : top) + "/"
        + (isCompound(bottom) ? "(\(bottom))" : bottom)
    case .accent(let items, let mark):
      let base = render(items, isCompact: false)
      guard base.count == 1 else { return base + String(Character(mark)) }
      var scalars = base.unicodeScalars
      scalars.append(mark)
      return String(scalars)
    case .table(let table):
      return linear(table)
    case .underOver(let base, let under, let over, let mark):
      var result = render(base, isCompact: false)
      if case .arrow(let arrow) = mark { result = arrow }
      if let under { result += script(under, table: TeXSymbols.subscripts, mark: "_", false) }
      if let over { result += script(over, table: TeXSymbols.superscripts, mark: "^", false) }
      return result
    case .tag(let label):
      return "   (\(label))"
    case .scripts(let base, let sub, let sup):
      var result = text(of: base.node)
      let isLimit = mathClass(of: base.node) == .largeOperator
      if let sub { result += script(sub, table: TeXSymbols.subscripts, mark: "_", isLimit) }
      if let sup { result += script(sup, table: TeXSymbols.superscripts, mark: "^", isLimit) }
      return result
    }
  }

  private static func script(
    _ items: [MathItem], table: [Character: Character], mark: String, _ isLimit: Bool
  ) -> String {
    let text = render(items, isCompact: true)
    let hasWords = items.contains {
      switch $0.node {
      case .text, .atom(_, .operatorName): true
      default: false
      }
    }
    let compact = text.filter { $0 != " " }
    if !isLimit, !hasWords, !compact.isEmpty, compact.allSatisfy({ table[$0] != nil }) {
      return String(compact.map { table[$0]! })
    }
    return compact.count == 1 && !isLimit ? mark + compact : mark + "{" + text + "}"
  }

  private static func isCompound(_ text: String) -> Bool {
    text.contains { " +−-=,/×·".contains($0) }
  }
}
