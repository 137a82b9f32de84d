/// Display math laid out in two dimensions for a terminal: an aligned
/// derivation one row per line with its `&` columns lined up, cases behind a
/// tall brace, a matrix in tall brackets, a fraction over a rule, a brace's
/// label under it, and scripts that Unicode has no small letters for (`∇_θ`,
/// `max_{a′}`) below and above their base, a big operator's limits centred.
///
/// Widths count characters, which is what math's Unicode needs (no wide
/// characters; combining accents ride on their base).
public enum MathLayout {
  /// `tex` as lines no wider than `width`, or `nil` when a line of text says it
  /// as well (nothing to stack) or the layout does not fit: then the caller
  /// writes ``UnicodeMath/render(_:)``, wrapped.
  public static func lines(_ tex: String, width: Int) -> [String]? {
    let items = TeXParser.parse(tex)
    guard items.contains(where: { isStacked($0.node) }) else { return nil }
    let box = row(items)
    guard box.width <= width else { return nil }
    return box.lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
  }

  private static func isStacked(_ node: MathNode) -> Bool {
    switch node {
    case .table, .fraction: true
    case .underOver(_, _, _, .brace): true
    case .scripts: isWrittenOut(node)
    default: false
    }
  }

  /// Whether one line of Unicode writes these scripts out (`_{a′}`, `^{t−1}`).
  private static func isWrittenOut(_ node: MathNode) -> Bool {
    let text = UnicodeMath.render([MathItem(node)], isCompact: false)
    return text.contains("_") || text.contains("^")
  }

  /// Lines of equal width and the line of the baseline.
  struct Box {
    var lines: [String]
    var baseline: Int
    /// Whether what follows goes right after it, with no gap: a base's scripts
    /// are part of it (`q∗(s, a)`, not `q∗ (s, a)`).
    var joinsNext = false
    var width: Int { lines.first?.count ?? 0 }

    init(_ text: String) {
      lines = [text]
      baseline = 0
    }

    init(lines: [String], baseline: Int) {
      let width = lines.map(\.count).max() ?? 0
      self.lines = lines.map { $0 + String(repeating: " ", count: width - $0.count) }
      self.baseline = baseline
    }

    /// `boxes` side by side, baselines level, `gap` spaces apart.
    static func beside(_ boxes: [Box], gap: Int = 1) -> Box {
      let boxes = boxes.filter { $0.width > 0 }
      guard !boxes.isEmpty else { return Box("") }
      let above = boxes.map(\.baseline).max()!
      let below = boxes.map { $0.lines.count - 1 - $0.baseline }.max()!
      var lines = Array(repeating: "", count: above + below + 1)
      for (index, box) in boxes.enumerated() {
        let blank = String(repeating: " ", count: box.width)
        let space = index > 0 && !boxes[index - 1].joinsNext ? gap : 0
        for line in lines.indices {
          let source = line - (above - box.baseline)
          lines[line] += String(repeating: " ", count: space)
          lines[line] += box.lines.indices.contains(source) ? box.lines[source] : blank
        }
      }
      return Box(lines: lines, baseline: above)
    }

    /// `text` padded to `width` as `alignment` says.
    static func aligned(_ text: String, _ width: Int, _ alignment: MathTable.Alignment) -> String {
      let room = max(0, width - text.count)
      switch alignment {
      case .left: return text + String(repeating: " ", count: room)
      case .right: return String(repeating: " ", count: room) + text
      case .center:
        return String(repeating: " ", count: room / 2) + text
          + String(repeating: " ", count: room - room / 2)
      }
    }
  }

  /// A list of items: runs of plain items as one line of text, and each
  /// stacked item as its own box.
  static func row(_ items: [MathItem]) -> Box {
    var boxes: [Box] = []
    var run: [MathItem] = []
    func flush() {
      if !run.isEmpty { boxes.append(Box(UnicodeMath.render(run, isCompact: false))) }
      run = []
    }
    for item in items {
      if case .tag(let label) = item.node {
        flush()
        boxes.append(Box("  (\(label))"))
      } else if isStacked(item.node) {
        flush()
        boxes.append(box(item.node))
      } else {
        run.append(item)
      }
    }
    flush()
    return Box.beside(boxes)
  }

  private static func box(_ node: MathNode) -> Box {
    switch node {
    case .table(let table): return self.table(table)
    case .fraction(let numerator, let denominator):
      let top = row(numerator)
      let bottom = row(denominator)
      let width = max(top.width, bottom.width) + 2
      let center = { (box: Box) in box.lines.map { Box.aligned($0, width, .center) } }
      return Box(
        lines: center(top) + [String(repeating: "─", count: width)] + center(bottom),
        baseline: top.lines.count)
    case .underOver(let base, let under, let over, _):
      let core = row(base)
      let brace = String(repeating: "─", count: max(core.width - 2, 0))
      let half = brace.count / 2
      if let under {
        let mark =
          core.width < 3 ? "┬" : "╰" + brace.prefix(half) + "┬" + brace.dropFirst(half + 1) + "╯"
        let label = row(under).lines.map { Box.aligned($0, core.width, .center) }
        return Box(
          lines: core.lines + [Box.aligned(String(mark), core.width, .center)] + label,
          baseline: core.baseline)
      }
      let mark =
        core.width < 3 ? "┴" : "╭" + brace.prefix(half) + "┴" + brace.dropFirst(half + 1) + "╮"
      let label = row(over ?? []).lines.map { Box.aligned($0, core.width, .center) }
      return Box(
        lines: label + [Box.aligned(String(mark), core.width, .center)] + core.lines,
        baseline: label.count + 1 + core.baseline)
    case .scripts(let base, let sub, let sup):
      return scripts(base: base, sub: sub, sup: sup)
    default:
      return row([MathItem(node)])
    }
  }

  /// A base with its subscript on the line below and its superscript on the line
  /// above, after it; a big operator's or a `max`'s limits centred under and over it.
  private static func scripts(base: MathItem, sub: [MathItem]?, sup: [MathItem]?) -> Box {
    let core = row([base])
    let low = sub.map(row)
    let high = sup.map(row)
    var isLimits = false
    if case .atom(_, let kind) = base.node { isLimits = kind == .largeOperator }
    if case .atom(_, .operatorName) = base.node { isLimits = true }
    if isLimits {
      let width = max(core.width, low?.width ?? 0, high?.width ?? 0)
      let center = { (box: Box) in box.lines.map { Box.aligned($0, width, .center) } }
      let above = high.map(center) ?? []
      return Box(
        lines: above + center(core) + (low.map(center) ?? []),
        baseline: above.count + core.baseline)
    }
    let scriptWidth = max(low?.width ?? 0, high?.width ?? 0)
    let pad = String(repeating: " ", count: core.width)
    let above = (high?.lines ?? []).map { pad + $0 }
    let below = (low?.lines ?? []).map { pad + $0 }
    let middle = core.lines.map { $0 + String(repeating: " ", count: scriptWidth) }
    var box = Box(lines: above + middle + below, baseline: above.count + core.baseline)
    box.joinsNext = true
    return box
  }

  /// An environment's rows, one per line, its columns lined up, between tall
  /// delimiters; its tags at the right.
  private static func table(_ table: MathTable) -> Box {
    let cells = table.rows.map { $0.map { UnicodeMath.render($0, isCompact: false) } }
    let columns = max(table.columnCount, 1)
    let widths = (0..<columns).map { column in
      cells.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
    }
    var lines = cells.map { row in
      (0..<columns).map { column -> String in
        let alignment = table.alignment(ofColumn: table.pairsColumns ? column % 2 : column)
        let text = Box.aligned(column < row.count ? row[column] : "", widths[column], alignment)
        guard column > 0 else { return text }
        let gap = table.pairsColumns ? (column % 2 == 1 ? " " : "   ") : "  "
        return gap + text
      }.joined()
    }
    if table.tags.contains(where: { $0 != nil }) {
      let width = lines.map(\.count).max() ?? 0
      lines = zip(lines, table.tags).map { line, tag in
        Box.aligned(line, width, .left) + (tag.map { "   (\($0))" } ?? "")
      }
    }
    let count = lines.count
    let baseline = (count - 1) / 2
    var boxes: [Box] = []
    if let left = table.left {
      boxes.append(Box(lines: delimiter(left, isLeft: true, rows: count), baseline: baseline))
    }
    boxes.append(Box(lines: lines, baseline: baseline))
    if let right = table.right {
      boxes.append(Box(lines: delimiter(right, isLeft: false, rows: count), baseline: baseline))
    }
    return Box.beside(boxes)
  }

  /// A delimiter `rows` lines tall, drawn with its pieces (⎛ ⎜ ⎝, ⎧ ⎨ ⎩ …).
  static func delimiter(_ symbol: String, isLeft: Bool, rows: Int) -> [String] {
    guard rows > 1 else { return [symbol] }
    let pieces: (top: String, middle: String, bottom: String, center: String?)
    switch (symbol, isLeft) {
    case ("(", _): pieces = ("⎛", "⎜", "⎝", nil)
    case (")", _): pieces = ("⎞", "⎟", "⎠", nil)
    case ("[", _): pieces = ("⎡", "⎢", "⎣", nil)
    case ("]", _): pieces = ("⎤", "⎥", "⎦", nil)
    case ("{", _): pieces = ("⎧", "⎪", "⎩", "⎨")
    case ("}", _): pieces = ("⎫", "⎪", "⎭", "⎬")
    default: return Array(repeating: symbol == "|" ? "│" : symbol, count: rows)
    }
    return (0..<rows).map { row in
      if row == 0 { return pieces.top }
      if row == rows - 1 { return pieces.bottom }
      if let center = pieces.center, row == (rows - 1) / 2 { return center }
      return pieces.middle
    }
  }
}
