import TeXMath

/// Text made safe for HTML: every character that could open markup escaped.
enum HTMLText {
  /// Text for element content and attribute values (quoted with `"`).
  static func escaped(_ text: String) -> String { MarkupText.escaped(text) }

  /// A link target that cannot run script: `http`, `https`, `mailto`, a fragment
  /// or a relative path; anything else (`javascript:`, `data:`) becomes `#`.
  /// Links to lessons (`02-return.md#anchor`) point at their pages.
  static func safeURL(_ destination: String) -> String {
    let trimmed = destination.trimmingSpaces
    let lowered = trimmed.lowercased()
    if let colon = lowered.firstIndex(of: ":"),
      !lowered[..<colon].contains("/"), !lowered[..<colon].contains("#")
    {
      let scheme = lowered[..<colon]
      guard ["http", "https", "mailto"].contains(scheme) else { return "#" }
      return escaped(trimmed)
    }
    return escaped(pageURL(trimmed))
  }

  /// `03-the-q-function.md#x` → `03-the-q-function.html#x`; other paths unchanged.
  static func pageURL(_ path: String) -> String {
    let parts = path.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
    guard let file = parts.first, file.hasSuffix(".md") else { return path }
    let page = file.dropLast(3) + ".html"
    return parts.count > 1 ? page + "#" + parts[1] : String(page)
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    var text = Substring(self)
    while text.first?.isWhitespace == true { text = text.dropFirst() }
    while text.last?.isWhitespace == true { text = text.dropLast() }
    return String(text)
  }
}
