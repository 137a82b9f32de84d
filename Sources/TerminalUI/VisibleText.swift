/// Text from a lesson made safe to show: control characters as visible escapes.
///
/// A lesson is untrusted, and a control character that reaches a terminal
/// acts instead of showing (`ESC ] 0 ;` retitles the window, `ESC [ 2 J`
/// clears it). So every piece of lesson text a renderer writes shows C0
/// controls and DEL in caret notation (`^[`, `^G`, `^?`), C1 controls as
/// `\u{9B}`, and the bidirectional overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069, which reorder what follows them) as `\u{202E}`. Newlines and
/// tabs stay as they are; so do zero-width and combining characters.
public enum VisibleText {
  /// `text` with every control character written as a visible escape.
  public static func escapingControls(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      guard needsEscape(scalar) else {
        scalars.append(scalar)
        continue
      }
      scalars.append(contentsOf: escape(scalar).unicodeScalars)
    }
    return String(scalars)
  }

  /// Whether a scalar must not reach a terminal or a page as it is.
  public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x09: false
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  private static func escape(_ scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x00...0x1F: "^" + String(Character(Unicode.Scalar(UInt8(scalar.value) + 0x40)))
    case 0x7F: "^?"
    default: "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }
  }
}
