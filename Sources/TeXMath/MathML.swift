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
      // MathML trims an mtext's outer spaces; `\text{if }` keeps its space.
      let kept = text.replacing(/^ +| +$/) { String(repeating: "\u{00A0}", count: $0.output.count) }
      return "<mtext>\(MarkupText.escaped(kept))</mtext>"
    case .accent(let items, let mark):
      var scalars = String.UnicodeScalarView()
      scalars.append(mark)
      return
        "<mover accent=\"true\">\(row(items))<mo>\(MarkupText.escaped(String(scalars)))</mo></mover>"
    case .table(let table):
      return self.table(table)
    case .underOver(let base, let under, let over, let mark):
      var core = row(base)
      switch mark {
      case .none: break
      case .brace:
        core =
          under != nil
          ? "<munder>\(core)<mo stretchy=\"true\">⏟</mo></munder>"
          : "<mover>\(core)<mo stretchy=\"true\">⏞</mo></mover>"
      case .arrow(let arrow):
        core = "<mo stretchy=\"true\">\(MarkupText.escaped(arrow))</mo>"
      }
      switch (under, over) {
      case (let under?, let over?):
        return "<munderover>\(core)\(row(under))\(row(over))</munderover>"
      case (let under?, nil): return "<munder>\(core)\(row(under))</munder>"
      case (nil, let over?): return "<mover>\(core)\(row(over))</mover>"
      case (nil, nil): return core
      }
    case .tag(let label):
      return "<mspace width=\"2em\"></mspace><mtext>(\(MarkupText.escaped(label)))</mtext>"
    }
  }

  /// An environment as an `<mtable>`: its columns aligned as written (the
  /// `columnalign` attribute for MathML renderers, a class for MathML Core's
  /// CSS), a `\tag` as a last column, and its delimiters around it.
  private static func table(_ table: MathTable) -> String {
    let columns = max(table.columnCount, 1)
    let hasTags = table.tags.contains { $0 != nil }
    let alignments = (0..<columns).map { index -> String in
      switch table.alignment(ofColumn: table.pairsColumns ? index % 2 : index) {
      case .left: "left"
      case .center: "center"
      case .right: "right"
      }
    }
    let classes = alignments.enumerated().map { index, alignment in
      table.pairsColumns ? alignment + (index % 2 == 0 ? " pair-left" : " pair-right") : alignment
    }
    var html =
      "<mtable columnalign=\"\((alignments + (hasTags ? ["right"] : [])).joined(separator: " "))\">"
    for (index, cells) in table.rows.enumerated() {
      html += "<mtr>"
      for column in 0..<columns {
        let cell = column < cells.count ? row(cells[column]) : ""
        html += "<mtd class=\"\(classes[column])\">\(cell)</mtd>"
      }
      if hasTags {
        let label = table.tags[index].map { "<mtext>(\(MarkupText.escaped($0)))</mtext>" } ?? ""
        html += "<mtd class=\"right tag\">\(label)</mtd>"
      }
      html += "</mtr>"
    }
    html += "</mtable>"
    guard table.left != nil || table.right != nil else { return html }
    let left = table.left.map { "<mo>\(MarkupText.escaped($0))</mo>" } ?? ""
    let right = table.right.map { "<mo>\(MarkupText.escaped($0))</mo>" } ?? ""
    return "<mrow>\(left)\(html)\(right)</mrow>"
  }

  private static func atom(_ symbol: String, _ mathClass: MathClass) -> String {
    let text = MarkupText.escaped(symbol == "-" ? "−" : symbol)
    switch mathClass {
    case .opening, .closing:
      // A bracket written in the formula keeps its size beside a tall table;
      // an environment's own delimiters stretch.
      return "<mo stretchy=\"false\">\(text)</mo>"
    case .binary, .relation, .punctuation, .largeOperator:
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
