/// How a math atom behaves in spacing, as TeX classifies it.
public enum MathClass: Hashable, Sendable {
  /// Letters, digits, symbols.
  case ordinary
  /// Binary operators: `+`, `−`, `×`, `·`.
  case binary
  /// Relations: `=`, `←`, `∈`, `≤`.
  case relation
  /// Opening delimiters.
  case opening
  /// Closing delimiters.
  case closing
  /// Punctuation: `,`, `;`.
  case punctuation
  /// Big operators: `Σ`, `Π`, `∫`; their scripts are limits.
  case largeOperator
  /// Operator names set upright: `log`, `max`, `argmax`.
  case operatorName
}

/// One node of a parsed formula.
public indirect enum MathNode: Hashable, Sendable {
  /// A symbol, already in Unicode (`γ`, `←`, `x`, `12`).
  case atom(String, MathClass)
  /// A braced group.
  case group([MathItem])
  /// A base with a subscript, a superscript, or both.
  case scripts(base: MathItem, sub: [MathItem]?, sup: [MathItem]?)
  /// `\frac{numerator}{denominator}`.
  case fraction([MathItem], [MathItem])
  /// `\sqrt{…}`.
  case root([MathItem])
  /// Upright text (`\text{…}`, `\mathrm{…}`).
  case text(String)
  /// A base with a combining accent (`\hat{x}` → x̂).
  case accent([MathItem], Unicode.Scalar)
  /// Rows and columns: an environment (`aligned`, `cases`, `pmatrix`, …) or `\substack`.
  case table(MathTable)
  /// A base with something set under or over it: `\underbrace{…}_{label}`,
  /// `\overset{top}{base}`, `\xrightarrow{above}`.
  case underOver(base: [MathItem], under: [MathItem]?, over: [MathItem]?, mark: UnderOverMark)
  /// An equation's label, `\tag{1}`, shown at the right as `(1)`.
  case tag(String)
}

/// What stands between a base and what is set under or over it.
public enum UnderOverMark: Hashable, Sendable {
  /// Nothing: `\underset`, `\overset`, `\stackrel`.
  case none
  /// A horizontal brace: `\underbrace`, `\overbrace`.
  case brace
  /// An arrow that stretches over its label: `\xrightarrow`, `\xleftarrow`.
  case arrow(String)
}

/// The rows of a TeX environment, each a list of cells, with how its columns
/// align and the delimiters around it.
public struct MathTable: Hashable, Sendable {
  /// How a column's cells line up.
  public enum Alignment: Hashable, Sendable {
    case left, center, right
  }

  /// The rows, each a list of cells.
  public var rows: [[[MathItem]]]
  /// Each column's alignment; columns past the end repeat the last.
  public var alignments: [Alignment]
  /// The delimiter on the left (`(`, `[`, `{`, `|`), if any.
  public var left: String?
  /// The delimiter on the right, if any.
  public var right: String?
  /// Each row's `\tag`, if it has one.
  public var tags: [String?]
  /// Whether pairs of columns meet with no gap (`aligned`: `lhs &= rhs`).
  public var pairsColumns: Bool
  /// Whether the rows are the lines of a derivation (`aligned`, `gathered`),
  /// which text writes one per line; a matrix's or cases' rows share a line.
  public var stacksRows: Bool

  /// The alignment of column `index`.
  public func alignment(ofColumn index: Int) -> Alignment {
    alignments.isEmpty ? .center : alignments[min(index, alignments.count - 1)]
  }

  /// The number of columns of the widest row.
  public var columnCount: Int { rows.map(\.count).max() ?? 0 }
}

/// A node and whether the source had white space before it (kept for readability).
public struct MathItem: Hashable, Sendable {
  /// The node.
  public var node: MathNode
  /// Whether white space preceded the node in the source.
  public var spaceBefore: Bool

  /// Creates an item.
  public init(_ node: MathNode, spaceBefore: Bool = false) {
    self.node = node
    self.spaceBefore = spaceBefore
  }
}
