/// A terminal text style: SGR attributes and a colour, as one small value.
///
/// Styles are data until the very end: only ``StyledText/rendered(colors:)``
/// turns them into escape codes, and only when colours are on.
public struct TextStyle: Hashable, Sendable {
  /// Bold (SGR 1).
  public var isBold = false
  /// Dim (SGR 2).
  public var isDim = false
  /// Italic (SGR 3).
  public var isItalic = false
  /// Underlined (SGR 4).
  public var isUnderlined = false
  /// Struck through (SGR 9).
  public var isStruck = false
  /// Reversed foreground and background (SGR 7).
  public var isInverse = false
  /// A foreground colour.
  public var color: Color?
  /// A background from the 256-colour palette (16–231 a colour cube, 232–255 greys).
  public var background: UInt8?

  /// The eight standard terminal colours, as SGR foreground codes.
  public enum Color: Int, Hashable, Sendable {
    case black = 30
    case red, green, yellow, blue, magenta, cyan, white
  }

  /// No styling.
  public static let plain = TextStyle()

  /// Creates a style.
  public init(
    bold: Bool = false, dim: Bool = false, italic: Bool = false, underlined: Bool = false,
    struck: Bool = false, inverse: Bool = false, color: Color? = nil, background: UInt8? = nil
  ) {
    isBold = bold
    isDim = dim
    isItalic = italic
    isUnderlined = underlined
    isStruck = struck
    isInverse = inverse
    self.color = color
    self.background = background
  }

  /// This style with another laid over it (set attributes win).
  public func merged(with other: TextStyle) -> TextStyle {
    TextStyle(
      bold: isBold || other.isBold, dim: isDim || other.isDim, italic: isItalic || other.isItalic,
      underlined: isUnderlined || other.isUnderlined, struck: isStruck || other.isStruck,
      inverse: isInverse || other.isInverse, color: other.color ?? color,
      background: other.background ?? background)
  }

  /// The escape sequence that switches this style on; empty for plain text.
  public var escapeSequence: String {
    var codes: [Int] = []
    if isBold { codes.append(1) }
    if isDim { codes.append(2) }
    if isItalic { codes.append(3) }
    if isUnderlined { codes.append(4) }
    if isInverse { codes.append(7) }
    if isStruck { codes.append(9) }
    if let color { codes.append(color.rawValue) }
    if let background { codes += [48, 5, Int(background)] }
    guard !codes.isEmpty else { return "" }
    return "\u{1B}[" + codes.map(String.init).joined(separator: ";") + "m"
  }

  /// The escape sequence that resets every attribute.
  public static let reset = "\u{1B}[0m"
}
