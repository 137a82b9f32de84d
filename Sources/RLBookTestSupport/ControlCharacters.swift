/// What must never reach a terminal or a page from a lesson.
public enum ControlCharacters {
  /// Whether `text` holds a character of Unicode category Cc other than newline and tab,
  /// or a bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069).
  public static func found(in text: String) -> Bool {
    text.unicodeScalars.contains { scalar in
      switch scalar.value {
      case 0x0A, 0x09: false
      case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
      default: false
      }
    }
  }
}
