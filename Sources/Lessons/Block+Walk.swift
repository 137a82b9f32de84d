import MarkdownSyntax

extension Block {
  /// Calls `body` for every block nested inside this one (not for this block), depth first.
  func forEachNestedBlock(_ body: (Block) -> Void) {
    for child in childBlocks {
      body(child)
      child.forEachNestedBlock(body)
    }
  }

  /// Calls `body` for every inline in this block and the blocks inside it, depth first.
  func forEachInline(_ body: (Inline) -> Void) {
    switch kind {
    case .paragraph(let content), .heading(_, let content):
      content.forEachInline(body)
    case .callout(let callout):
      callout.title.forEachInline(body)
    case .table(let table):
      for cell in table.header + table.rows.flatMap({ $0 }) { cell.content.forEachInline(body) }
    default:
      break
    }
    for child in childBlocks { child.forEachInline(body) }
  }

  private var childBlocks: [Block] {
    switch kind {
    case .blockQuote(let content): content
    case .callout(let callout): callout.content
    case .list(let list): list.items.flatMap(\.content)
    default: []
    }
  }
}

extension Array where Element == Inline {
  func forEachInline(_ body: (Inline) -> Void) {
    for inline in self {
      body(inline)
      switch inline.kind {
      case .emphasis(let content), .strong(let content), .strikethrough(let content):
        content.forEachInline(body)
      case .link(let link):
        link.content.forEachInline(body)
      case .image(let image):
        image.alt.forEachInline(body)
      default:
        break
      }
    }
  }
}
