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
