/// Renders TeX as MathML Core for browsers, with no script and no network:
/// `\gamma^{i-t} r_i` → `<math><msup><mi>γ</mi>…</msup>…</math>`.
///
/// It reads the same TeX subset as ``UnicodeMath``. Every character of the
/// source that reaches the output is escaped.
public enum MathML {
  /// `tex` as a `<math>` element; `isDisplay` makes it a centred block.
  public static func render(_ tex: String, isDisplay: Bool) -> String {
    let body = row(TeXParser.parse(tex))
    let display = isDisplay ? " display=\"block\"" : ""
    return "<math\(display)>\(body)</math>"
  }

  private static func row(_ items: [MathItem]) -> String {
    let parts = items.map { element($0.node) }.filter { !$0.isEmpty }
    return parts.count == 1 ? parts[0] : "<mrow>" + parts.joined() + "</mrow>"
  }

  private static func element(_ node: MathNode) -> String {
    switch node {
    case .atom(let symbol, let mathClass):
      return atom(symbol, mathClass)
    case .group(let items):
      return row(items)
    case .scripts(let base, let sub, let sup):
      let baseElement = element(base.node)
      switch (sub, sup) {
      case (let sub?, let sup?): return "<msubsup>\(baseElement)\(row(sub))\(row(sup))</msubsup>"
      case (let sub?, nil): return "<msub>\(baseElement)\(row(sub))</msub>"
      case (nil, let sup?): return "<msup>\(baseElement)\(row(sup))</msup>"
      case (nil, nil): return baseElement
      }
    case .fraction(let numerator, let denominator):
      return "<mfrac>\(row(numerator))\(row(denominator))</mfrac>"
    case .root(let items):
      return "<msqrt>\(row(items))</msqrt>"
    case .text(let text):
      return "<mtext>\(MarkupText.escaped(text))</mtext>"
    case .accent(let items, let mark):
      var scalars = String.UnicodeScalarView()
      scalars.append(mark)
      return
        "<mover accent=\"true\">\(row(items))<mo>\(MarkupText.escaped(String(scalars)))</mo></mover>"
    }
  }

  private static func atom(_ symbol: String, _ mathClass: MathClass) -> String {
    let text = MarkupText.escaped(symbol == "-" ? "−" : symbol)
    switch mathClass {
    case .binary, .relation, .opening, .closing, .punctuation, .largeOperator:
      return "<mo>\(text)</mo>"
    case .operatorName:
      return "<mi mathvariant=\"normal\">\(text)</mi>"
    case .ordinary:
      if symbol.allSatisfy({ $0.isNumber || $0 == "." }) { return "<mn>\(text)</mn>" }
      if symbol.count > 1, symbol.allSatisfy(\.isLetter) {
        return "<mi mathvariant=\"normal\">\(text)</mi>"
      }
      return symbol.first?.isLetter == true ? "<mi>\(text)</mi>" : "<mo>\(text)</mo>"
    }
  }
}

/// Text made safe for HTML and XML: `&`, `<`, `>` and both quotes as entities, so
/// it can stand in element content and in quoted attribute values.
public enum MarkupText {
  /// `text` with every character that could open markup escaped.
  public static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }
}
