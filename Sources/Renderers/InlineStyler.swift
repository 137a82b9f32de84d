import MarkdownSyntax
import TeXMath
import TerminalUI

/// Turns inline Markdown into styled terminal text.
///
/// Math becomes Unicode (`γⁱ⁻ᵗ`), links show their URL, images and embeds
/// show as `[image: alt]`, `<br>` breaks the line and other inline HTML tags
/// are dropped (their text stays).
struct InlineStyler {
  static let code = TextStyle(color: .cyan)
  static let math = TextStyle(italic: true)
  static let link = TextStyle(underlined: true, color: .blue)
  static let note = TextStyle(dim: true)
  static let computed = TextStyle(bold: true)

  func styled(_ inlines: [Inline], style: TextStyle = .plain) -> StyledText {
    var text = StyledText()
    for inline in inlines { append(inline, style: style, to: &text) }
    return text
  }

  private func append(_ inline: Inline, style: TextStyle, to text: inout StyledText) {
    switch inline.kind {
    case .text(let string):
      text.append(Self.sanitized(string), style: style)
    case .softBreak:
      text.append(" ", style: style)
    case .lineBreak:
      text.append("\n", style: style)
    case .code(let code):
      text.append(Self.sanitized(code), style: style.merged(with: Self.code))
    case .emphasis(let content):
      text.append(styled(content, style: style.merged(with: TextStyle(italic: true))))
    case .strong(let content):
      text.append(styled(content, style: style.merged(with: TextStyle(bold: true))))
    case .strikethrough(let content):
      text.append(styled(content, style: style.merged(with: TextStyle(struck: true))))
    case .link(let link):
      let label = styled(link.content, style: style.merged(with: Self.link))
      text.append(label)
      let destination =
        link.destination.hasPrefix("mailto:")
        ? String(link.destination.dropFirst(7)) : link.destination
      if label.plainText != destination && !destination.isEmpty {
        text.append(" (\(Self.sanitized(link.destination)))", style: style.merged(with: Self.note))
      }
    case .image(let image):
      let alt = image.alt.plainText
      text.append(
        "[image: \(Self.sanitized(alt.isEmpty ? image.source : alt))]",
        style: style.merged(with: Self.note))
    case .html(let html):
      if Self.isLineBreakTag(html) { text.append("\n", style: style) }
    case .math(let tex), .displayMath(let tex):
      text.append(UnicodeMath.render(tex), style: style.merged(with: Self.math))
    case .computed(let value):
      let isValue = if case .value = value.shown { true } else { false }
      text.append(
        Self.sanitized(value.displayText),
        style: style.merged(with: isValue ? Self.computed : Self.note))
    case .embed(let embed):
      let kind = Self.isImagePath(embed.target) ? "image" : "embed"
      text.append(
        "[\(kind): \(Self.sanitized(embed.target))]", style: style.merged(with: Self.note))
    }
  }

  static func isLineBreakTag(_ html: String) -> Bool {
    let compact = html.lowercased().filter { $0 != " " }
    return compact == "<br>" || compact == "<br/>"
  }

  static func isImagePath(_ path: String) -> Bool {
    let lower = path.lowercased()
    return [".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp"].contains {
      lower.hasSuffix($0)
    }
  }

  /// Text with tabs as four spaces and control characters as visible escapes
  /// (``VisibleText``), so a lesson cannot send escape codes to a terminal.
  static func sanitized(_ text: String) -> String {
    VisibleText.escapingControls(
      text.contains("\t")
        ? text.split(separator: "\t", omittingEmptySubsequences: false).joined(separator: "    ")
        : text)
  }
}
