/// Environments (`\begin{aligned}` … `\end{aligned}`), labels, and what is set
/// under or over a base.
extension TeXParser {
  /// The environments understood, with their delimiters and column alignment.
  private static let environments: [String: (left: String?, right: String?, columns: String)] = [
    "matrix": (nil, nil, "c"), "smallmatrix": (nil, nil, "c"), "pmatrix": ("(", ")", "c"),
    "bmatrix": ("[", "]", "c"), "Bmatrix": ("{", "}", "c"), "vmatrix": ("|", "|", "c"),
    "Vmatrix": ("‖", "‖", "c"), "cases": ("{", nil, "ll"), "dcases": ("{", nil, "ll"),
    "aligned": (nil, nil, "rl"), "align": (nil, nil, "rl"), "align*": (nil, nil, "rl"),
    "alignat": (nil, nil, "rl"), "alignat*": (nil, nil, "rl"), "split": (nil, nil, "rl"),
    "flalign": (nil, nil, "rl"), "flalign*": (nil, nil, "rl"), "eqnarray": (nil, nil, "rcl"),
    "eqnarray*": (nil, nil, "rcl"), "gathered": (nil, nil, "c"), "gather": (nil, nil, "c"),
    "gather*": (nil, nil, "c"), "equation": (nil, nil, "c"), "equation*": (nil, nil, "c"),
    "multline": (nil, nil, "c"), "multline*": (nil, nil, "c"), "array": (nil, nil, "c"),
    "subarray": (nil, nil, "c"),
  ]

  /// A command understood that shows nothing (`\\color{red}`, `\\label{…}`).
  static let nothing = MathItem(.group([]))

  /// What ends a cell at the current position, consuming it: `&`, `\\`, or `\end{…}`.
  mutating func endOfCell() -> CellEnd? {
    let character = scalars[position]
    if character == "&" {
      position += 1
      return .cell
    }
    guard character == "\\", position + 1 < scalars.count else { return nil }
    if scalars[position + 1] == "\\" {
      position += 2
      // `\\[4pt]`: extra space between rows, which text has no use for.
      var look = position
      while look < scalars.count, scalars[look].isWhitespace { look += 1 }
      if look < scalars.count, scalars[look] == "[",
        let close = scalars[look...].firstIndex(of: "]")
      {
        position = close + 1
      }
      return .row
    }
    let word = Array("end")
    guard position + 1 + word.count <= scalars.count,
      Array(scalars[position + 1..<position + 1 + word.count]) == word,
      position + 1 + word.count == scalars.count
        || !scalars[position + 1 + word.count].isLetter
    else { return nil }
    position += 1 + word.count
    _ = rawArgument()
    return .end
  }

  /// The structures that are more than one symbol: environments, labels,
  /// under- and over-sets, colours, stacked limits.
  mutating func structure(named name: String) -> MathItem? {
    switch name {
    case "begin":
      return environment()
    case "end":
      // An `\end` with no `\begin`: nothing to close.
      unknown.append("\\end{" + rawArgument() + "}")
      return Self.nothing
    case "tag", "tag*":
      return MathItem(.tag(rawArgument()))
    case "notag", "nonumber", "label":
      if name == "label" { _ = rawArgument() }
      return Self.nothing
    case "underbrace", "overbrace":
      let base = parseArgument()
      let isUnder = name == "underbrace"
      let label = labelScript(isUnder ? "_" : "^")
      return MathItem(
        .underOver(
          base: base, under: isUnder ? label : nil, over: isUnder ? nil : label, mark: .brace))
    case "underset", "overset", "stackrel":
      let set = parseArgument()
      let base = parseArgument()
      let isUnder = name == "underset"
      return MathItem(
        .underOver(base: base, under: isUnder ? set : nil, over: isUnder ? nil : set, mark: .none),
        spaceBefore: false)
    case "xrightarrow", "xleftarrow", "xRightarrow", "xLeftarrow", "xmapsto":
      let arrows = [
        "xrightarrow": "→", "xleftarrow": "←", "xRightarrow": "⇒", "xLeftarrow": "⇐",
        "xmapsto": "↦",
      ]
      let below = optionalArgument().map { TeXParser.parseNested($0, into: &self) }
      let above = parseArgument()
      return MathItem(
        .underOver(
          base: [], under: below, over: above.isEmpty ? nil : above,
          mark: .arrow(arrows[name] ?? "→")))
    case "substack":
      var inner = TeXParser(Array(rawArgument()))
      let rows = inner.rows()
      unknown += inner.unknown
      return MathItem(
        .table(
          MathTable(
            rows: rows, alignments: [.center], left: nil, right: nil,
            tags: rows.map { _ in nil }, pairsColumns: false, stacksRows: false)))
    case "color":
      // A terminal shows no colour, and a page keeps the lesson's own.
      _ = rawArgument()
      return Self.nothing
    case "textcolor", "colorbox":
      _ = rawArgument()
      return MathItem(name == "colorbox" ? .text(rawArgument()) : .group(parseArgument()))
    case "boxed", "mathop", "mathrel", "mathbin", "mathord", "displaylimits":
      return MathItem(.group(parseArgument()))
    default:
      return nil
    }
  }

  /// `\begin{name}` … `\end{name}`, read after `\begin`.
  private mutating func environment() -> MathItem {
    let name = rawArgument()
    var shape = Self.environments[name]
    if shape == nil { unknown.append("\\begin{\(name)}") }
    if name == "array" || name == "subarray" {
      let spec = rawArgument().filter { "lcr".contains($0) }
      shape?.columns = spec.isEmpty ? "c" : spec
    } else if name.hasPrefix("alignat") {
      _ = rawArgument()
    }
    var rows = self.rows()
    var tags: [String?] = []
    for index in rows.indices {
      var tag: String?
      rows[index] = rows[index].map { cell in
        cell.filter { item in
          guard case .tag(let text) = item.node else { return true }
          tag = text
          return false
        }
      }
      tags.append(tag)
    }
    let columns = (shape?.columns ?? "c").map { character -> MathTable.Alignment in
      character == "l" ? .left : character == "r" ? .right : .center
    }
    let isDerivation =
      shape != nil && shape?.left == nil && !name.contains("matrix")
      && !name.contains("array")
    return MathItem(
      .table(
        MathTable(
          rows: rows, alignments: columns, left: shape?.left, right: shape?.right, tags: tags,
          pairsColumns: shape?.columns == "rl", stacksRows: isDerivation)))
  }

  /// Rows of cells up to `\end{…}` or the end of the input; a last row left
  /// empty by a trailing `\\` is dropped.
  mutating func rows() -> [[[MathItem]]] {
    var rows: [[[MathItem]]] = []
    var row: [[MathItem]] = []
    while true {
      let cell = parseList(until: nil, inCell: true)
      let end = cellEnd
      row.append(cell)
      if end == .cell { continue }
      if !(end != .row && row.count == 1 && row[0].isEmpty && !rows.isEmpty) {
        rows.append(row)
      }
      row = []
      if end != .row { break }
    }
    return rows
  }

  /// A `_{label}` or `^{label}` right after a brace, if there is one.
  private mutating func labelScript(_ mark: Character) -> [MathItem]? {
    var look = position
    while look < scalars.count, scalars[look].isWhitespace { look += 1 }
    guard look < scalars.count, scalars[look] == mark else { return nil }
    position = look + 1
    return parseArgument()
  }

  /// `[…]` at the current position, without its brackets, if there is one.
  private mutating func optionalArgument() -> String? {
    var look = position
    while look < scalars.count, scalars[look].isWhitespace { look += 1 }
    guard look < scalars.count, scalars[look] == "[",
      let close = scalars[look...].firstIndex(of: "]")
    else { return nil }
    position = close + 1
    return String(scalars[look + 1..<close])
  }

  /// `text` parsed on its own, its unknown commands added to `parser`'s.
  private static func parseNested(_ text: String, into parser: inout TeXParser) -> [MathItem] {
    var inner = TeXParser(Array(text))
    let items = inner.parseList(until: nil)
    parser.unknown += inner.unknown
    return items
  }
}
