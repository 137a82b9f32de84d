public import MarkdownSyntax

/// Source text with emoji markers (`1️⃣`, `2️⃣`, …) that name positions, as swift-format's tests do.
///
/// The markers are removed; each one's location is where the next character
/// of the cleaned text is, as a line and UTF-8 byte column.
public struct MarkedText {
  /// The text without its markers.
  public let text: String
  /// Each marker's location in `text`.
  public let markers: [String: SourceLocation]

  private static let names = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣", "🔟"]

  /// Finds and removes the markers of `marked`.
  public init(_ marked: String) {
    var text = ""
    var markers: [String: SourceLocation] = [:]
    var line = 1
    var column = 1
    for character in marked {
      let name = String(character)
      if Self.names.contains(name) {
        markers[name] = SourceLocation(line: line, column: column)
        continue
      }
      text.append(character)
      if character == "\n" {
        line += 1
        column = 1
      } else {
        column += character.utf8.count
      }
    }
    self.text = text
    self.markers = markers
  }

  /// The location of a marker; traps if the text has no such marker (a broken test).
  public subscript(marker: String) -> SourceLocation {
    guard let location = markers[marker] else { preconditionFailure("no marker \(marker)") }
    return location
  }
}
