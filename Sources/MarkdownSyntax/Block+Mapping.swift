extension Block {
  /// This block with `transform` applied to every inline in it and in the blocks
  /// inside it, innermost content first: paragraphs, headings, table cells,
  /// callout titles, and the text of emphasis, links and images.
  public func mappingInlines(_ transform: (Inline) -> Inline) -> Block {
    var block = self
    switch kind {
    case .paragraph(let content):
      block.kind = .paragraph(content.mappingInlines(transform))
    case .heading(let level, let content):
      block.kind = .heading(level: level, content: content.mappingInlines(transform))
    case .blockQuote(let content):
      block.kind = .blockQuote(content.map { $0.mappingInlines(transform) })
    case .callout(var callout):
      callout.title = callout.title.mappingInlines(transform)
      callout.content = callout.content.map { $0.mappingInlines(transform) }
      block.kind = .callout(callout)
    case .list(var list):
      for index in list.items.indices {
        list.items[index].content = list.items[index].content.map { $0.mappingInlines(transform) }
      }
      block.kind = .list(list)
    case .table(var table):
      table.header = table.header.map { $0.mappingInlines(transform) }
      table.rows = table.rows.map { row in row.map { $0.mappingInlines(transform) } }
      block.kind = .table(table)
    case .codeBlock, .html, .thematicBreak, .displayMath:
      break
    }
    return block
  }
}

extension TableCell {
  fileprivate func mappingInlines(_ transform: (Inline) -> Inline) -> TableCell {
    TableCell(content: content.mappingInlines(transform), range: range)
  }
}

extension Array where Element == Inline {
  /// These inlines with `transform` applied to each, and to the inlines inside
  /// emphasis, links and images first.
  public func mappingInlines(_ transform: (Inline) -> Inline) -> [Inline] {
    map { inline in
      var inline = inline
      switch inline.kind {
      case .emphasis(let content): inline.kind = .emphasis(content.mappingInlines(transform))
      case .strong(let content): inline.kind = .strong(content.mappingInlines(transform))
      case .strikethrough(let content):
        inline.kind = .strikethrough(content.mappingInlines(transform))
      case .link(var link):
        link.content = link.content.mappingInlines(transform)
        inline.kind = .link(link)
      case .image(var image):
        image.alt = image.alt.mappingInlines(transform)
        inline.kind = .image(image)
      case .text, .softBreak, .lineBreak, .code, .html, .math, .displayMath, .embed, .computed:
        break
      }
      return transform(inline)
    }
  }
}
