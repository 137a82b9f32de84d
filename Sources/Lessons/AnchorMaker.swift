/// Makes unique, GitHub-style anchors for headings: `Return & discounting` → `return--discounting`.
struct AnchorMaker {
  private var used: [String: Int] = [:]

  /// The anchor for a heading's text, unique among those made so far.
  mutating func anchor(for text: String) -> String {
    var base = ""
    for character in text.lowercased() {
      if character.isLetter || character.isNumber || character == "-" || character == "_" {
        base.append(character)
      } else if character == " " {
        base.append("-")
      }
    }
    if base.isEmpty { base = "section" }
    let count = used[base, default: 0]
    used[base] = count + 1
    return count == 0 ? base : "\(base)-\(count)"
  }
}
