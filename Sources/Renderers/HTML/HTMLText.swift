import TeXMath

/// Text made safe for HTML: every character that could open markup escaped.
enum HTMLText {
  /// Text for element content and attribute values (quoted with `"`).
  static func escaped(_ text: String) -> String { MarkupText.escaped(text) }

  /// A link target that cannot run script, by cmark-gfm's rule: a URL whose
  /// scheme is `javascript`, `vbscript` or `file`, or `data` other than a PNG,
  /// GIF, JPEG or WebP image, becomes `#`; any other URL is kept. The scheme is
  /// read as a browser reads it, without the tabs and line breaks it ignores
  /// (`java	script:` is `javascript:`) and the control characters and spaces
  /// it trims. Links to lessons (`02-return.md#anchor`) point at their pages.
  static func safeURL(_ destination: String) -> String {
    let trimmed = destination.trimmingSpaces
    let read = String(
      trimmed.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        .drop { $0.value <= 0x20 }
    ).lowercased()
    if let colon = read.firstIndex(of: ":"), let first = read.first, first.isLetter,
      read[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || "+.-".contains($0) })
    {
      let scheme = read[..<colon]
      let isImageData = ["png", "gif", "jpeg", "webp"].contains {
        read.hasPrefix("data:image/" + $0)
      }
      if ["javascript", "vbscript", "file"].contains(scheme) || scheme == "data" && !isImageData {
        return "#"
      }
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
