/// A block of a Markdown document: a paragraph, heading, list, table, and so on.
///
/// Blocks are plain values, copied out of cmark-gfm's tree: nothing in them
/// points into C memory, and they can cross threads freely.
public struct Block: Hashable, Sendable {
  /// What the block is, with its contents.
  public var kind: Kind
  /// Where the block is in the source file, when known.
  public var range: SourceRange?

  /// Creates a block of a kind at a range.
  public init(_ kind: Kind, range: SourceRange? = nil) {
    self.kind = kind
    self.range = range
  }

  /// The kinds of block rlbook's Markdown knows.
  public enum Kind: Hashable, Sendable {
    /// A paragraph of inline content.
    case paragraph([Inline])
    /// A heading of level 1 to 6.
    case heading(level: Int, content: [Inline])
    /// A block quote (`> …`) that is not a callout.
    case blockQuote([Block])
    /// An Obsidian callout: `> [!note] Title`.
    case callout(Callout)
    /// A bulleted or ordered list.
    case list(ListBlock)
    /// A fenced or indented code block.
    case codeBlock(CodeBlock)
    /// A raw HTML block, kept as written.
    case html(String)
    /// A thematic break (`---`).
    case thematicBreak
    /// A GFM table.
    case table(Table)
    /// Display math standing as its own paragraph: `$$…$$`, as TeX source.
    case displayMath(String)
  }
}

/// An Obsidian callout: a block quote whose first line is `[!kind] Title`.
public struct Callout: Hashable, Sendable {
  /// The callout's kind, lowercased (`note`, `tip`, `warning`, …).
  public var kind: String
  /// The title on the first line; empty when none was written.
  public var title: [Inline]
  /// `+` or `-` after the kind makes a callout foldable (Obsidian).
  public var isFoldable: Bool
  /// The body of the callout.
  public var content: [Block]

  /// Creates a callout.
  public init(kind: String, title: [Inline], isFoldable: Bool = false, content: [Block]) {
    self.kind = kind
    self.title = title
    self.isFoldable = isFoldable
    self.content = content
  }
}

/// A bulleted or ordered list.
public struct ListBlock: Hashable, Sendable {
  /// Whether items are numbered.
  public var isOrdered: Bool
  /// The first number of an ordered list.
  public var start: Int
  /// Whether the list is tight (no blank lines between items).
  public var isTight: Bool
  /// The items, in order.
  public var items: [ListItem]

  /// Creates a list.
  public init(isOrdered: Bool, start: Int = 1, isTight: Bool = true, items: [ListItem]) {
    self.isOrdered = isOrdered
    self.start = start
    self.isTight = isTight
    self.items = items
  }
}

/// One item of a list.
public struct ListItem: Hashable, Sendable {
  /// For task-list items (`- [ ]`, `- [x]`), whether the box is checked; `nil` otherwise.
  public var checkbox: Bool?
  /// The item's blocks.
  public var content: [Block]
  /// Where the item is in the source file.
  public var range: SourceRange?

  /// Creates a list item.
  public init(checkbox: Bool? = nil, content: [Block], range: SourceRange? = nil) {
    self.checkbox = checkbox
    self.content = content
    self.range = range
  }
}

/// A code block, fenced (with an info string) or indented.
public struct CodeBlock: Hashable, Sendable {
  /// The info string after the opening fence (`rl`, `swift`, …); empty if none.
  public var info: String
  /// The code, with its final newline.
  public var code: String
  /// Whether the block was fenced.
  public var isFenced: Bool

  /// Creates a code block.
  public init(info: String, code: String, isFenced: Bool = true) {
    self.info = info
    self.code = code
    self.isFenced = isFenced
  }

  /// The first word of the info string: the block's language.
  public var language: String {
    String(info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
  }
}
