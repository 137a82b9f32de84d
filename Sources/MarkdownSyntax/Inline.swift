/// Inline content of a paragraph, heading or table cell.
public struct Inline: Hashable, Sendable {
  /// What the inline is, with its contents.
  public var kind: Kind
  /// Where it is in the source file, when cmark-gfm tracked it.
  public var range: SourceRange?

  /// Creates an inline of a kind at a range.
  public init(_ kind: Kind, range: SourceRange? = nil) {
    self.kind = kind
    self.range = range
  }

  /// The kinds of inline content.
  public enum Kind: Hashable, Sendable {
    /// Literal text.
    case text(String)
    /// A line break in the source that is not a hard break.
    case softBreak
    /// A hard line break (two spaces or a backslash before the newline).
    case lineBreak
    /// A code span.
    case code(String)
    /// Emphasis (`*…*`).
    case emphasis([Inline])
    /// Strong emphasis (`**…**`).
    case strong([Inline])
    /// Strikethrough (`~~…~~`).
    case strikethrough([Inline])
    /// A link with its text.
    case link(Link)
    /// An image with its alternative text.
    case image(Image)
    /// Raw inline HTML, kept as written.
    case html(String)
    /// Inline math, `$…$`, as TeX source.
    case math(String)
    /// Display math written inside a paragraph, `$$…$$`, as TeX source.
    case displayMath(String)
    /// An Obsidian embed, `![[file.png]]` or `![[file.png|label]]`.
    case embed(Embed)
    /// A value computed from the lesson's results (`` `{rl} lake.v(start)` ``).
    case computed(ComputedValue)
  }

}

/// A link: destination, optional title, and its text.
public struct Link: Hashable, Sendable {
  /// Where the link goes.
  public var destination: String
  /// The link's title; empty if none.
  public var title: String
  /// The link text.
  public var content: [Inline]

  /// Creates a link.
  public init(destination: String, title: String = "", content: [Inline]) {
    self.destination = destination
    self.title = title
    self.content = content
  }
}

/// An image: source, optional title, and its alternative text.
public struct Image: Hashable, Sendable {
  /// The image's URL or path.
  public var source: String
  /// The image's title; empty if none.
  public var title: String
  /// The alternative text.
  public var alt: [Inline]

  /// Creates an image.
  public init(source: String, title: String = "", alt: [Inline]) {
    self.source = source
    self.title = title
    self.alt = alt
  }
}

/// An Obsidian embed: `![[target]]` or `![[target|label]]`.
public struct Embed: Hashable, Sendable {
  /// The embedded file (or note), as written.
  public var target: String
  /// What follows `|`: a label or a size such as `300`; empty if none.
  public var label: String

  /// Creates an embed.
  public init(target: String, label: String = "") {
    self.target = target
    self.label = label
  }
}

extension Array where Element == Inline {
  /// The text a reader sees, without formatting: code and math as written,
  /// breaks as spaces.
  public var plainText: String {
    var result = ""
    for inline in self { inline.appendPlainText(to: &result) }
    return result
  }
}

extension Inline {
  fileprivate func appendPlainText(to result: inout String) {
    switch kind {
    case .text(let text), .code(let text), .math(let text), .displayMath(let text):
      result += text
    case .softBreak, .lineBreak:
      result += " "
    case .emphasis(let content), .strong(let content), .strikethrough(let content):
      for inline in content { inline.appendPlainText(to: &result) }
    case .link(let link):
      for inline in link.content { inline.appendPlainText(to: &result) }
    case .image(let image):
      for inline in image.alt { inline.appendPlainText(to: &result) }
    case .html:
      break
    case .embed(let embed):
      result += embed.label.isEmpty ? embed.target : embed.label
    case .computed(let value):
      result += value.displayText
    }
  }
}
