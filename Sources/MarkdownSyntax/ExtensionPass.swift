/// Finishes rlbook's Markdown extensions on a converted tree.
///
/// Placeholders become math and embed inlines (with their exact source
/// ranges), a paragraph holding only display math becomes a display-math
/// block, and a block quote opening with `[!kind]` becomes a callout.
struct ExtensionPass {
  let spans: [ProtectedSpan]
  let positions: PositionMapper

  func apply(to blocks: [Block]) -> [Block] {
    blocks.map(apply(to:)).flatMap(Self.splittingAtDisplayMath)
  }

  /// A paragraph with display math among its text as paragraphs and display
  /// blocks, in order: `$$…$$` is display wherever it is written (Pandoc's
  /// rule and Obsidian's), so a formula inside a paragraph breaks it.
  static func splittingAtDisplayMath(_ block: Block) -> [Block] {
    guard case .paragraph(let inlines) = block.kind,
      inlines.contains(where: { if case .displayMath = $0.kind { true } else { false } })
    else { return [block] }
    var blocks: [Block] = []
    var run: [Inline] = []
    func flush() {
      let trimmed = trimmingBreaks(run)
      if !trimmed.isEmpty { blocks.append(Block(.paragraph(trimmed), range: span(of: trimmed))) }
      run = []
    }
    for inline in inlines {
      guard case .displayMath(let tex) = inline.kind else {
        run.append(inline)
        continue
      }
      flush()
      blocks.append(Block(.displayMath(tex), range: inline.range ?? block.range))
    }
    flush()
    return blocks
  }

  /// `inlines` without soft breaks and blank text at either end.
  private static func trimmingBreaks(_ inlines: [Inline]) -> [Inline] {
    func isEdge(_ inline: Inline) -> Bool {
      switch inline.kind {
      case .softBreak, .lineBreak: true
      case .text(let text): text.trimmingSpaces.isEmpty
      default: false
      }
    }
    var trimmed = ArraySlice(inlines)
    while let first = trimmed.first, isEdge(first) { trimmed = trimmed.dropFirst() }
    while let last = trimmed.last, isEdge(last) { trimmed = trimmed.dropLast() }
    var result = Array(trimmed)
    if case .text(let text)? = result.first?.kind {
      result[0].kind = .text(String(text.drop { $0 == " " }))
    }
    if case .text(let text)? = result.last?.kind {
      result[result.count - 1].kind = .text(String(text.reversed().drop { $0 == " " }.reversed()))
    }
    return result
  }

  /// The range from the first of `inlines` that has one to the last.
  private static func span(of inlines: [Inline]) -> SourceRange? {
    guard let first = inlines.first(where: { $0.range != nil })?.range,
      let last = inlines.last(where: { $0.range != nil })?.range
    else { return nil }
    return SourceRange(start: first.start, end: last.end)
  }

  private func apply(to block: Block) -> Block {
    var block = block
    switch block.kind {
    case .paragraph(let content):
      let inlines = apply(to: content)
      if let tex = soleDisplayMath(inlines) {
        block.kind = .displayMath(tex)
      } else {
        block.kind = .paragraph(inlines)
      }
    case .heading(let level, let content):
      block.kind = .heading(level: level, content: apply(to: content))
    case .blockQuote(let content):
      let content = apply(to: content)
      block.kind = Self.callout(from: content).map { .callout($0) } ?? .blockQuote(content)
    case .callout(var callout):
      callout.title = apply(to: callout.title)
      callout.content = apply(to: callout.content)
      block.kind = .callout(callout)
    case .list(var list):
      for index in list.items.indices {
        list.items[index].content = apply(to: list.items[index].content)
      }
      block.kind = .list(list)
    case .codeBlock(var code):
      code.code = restore(code.code)
      code.info = restore(code.info)
      block.kind = .codeBlock(code)
    case .html(let html):
      block.kind = .html(restore(html))
    case .table(var table):
      table.header = table.header.map(apply(to:))
      table.rows = table.rows.map { $0.map(apply(to:)) }
      block.kind = .table(table)
    case .thematicBreak, .displayMath:
      break
    }
    return block
  }

  private func apply(to cell: TableCell) -> TableCell {
    TableCell(content: apply(to: cell.content), range: cell.range)
  }

  private func apply(to inlines: [Inline]) -> [Inline] {
    var result: [Inline] = []
    result.reserveCapacity(inlines.count)
    for inline in inlines {
      var inline = inline
      switch inline.kind {
      case .text(let text):
        let pieces = PlaceholderPiece.split(text)
        if pieces.count == 1, case .text = pieces[0] {
          result.append(inline)
          continue
        }
        for piece in pieces {
          switch piece {
          case .text(let text):
            result.append(Inline(.text(text)))
          case .span(let index) where spans.indices.contains(index):
            let span = spans[index]
            result.append(span.inline(range: positions.range(ofOriginalOffsets: span.offsets)))
          case .span(let index):
            result.append(Inline(.text(ProtectedSpan.placeholder(index: index))))
          }
        }
        continue
      case .code(let code):
        inline.kind = .code(restore(code))
      case .html(let html):
        inline.kind = .html(restore(html))
      case .emphasis(let content):
        inline.kind = .emphasis(apply(to: content))
      case .strong(let content):
        inline.kind = .strong(apply(to: content))
      case .strikethrough(let content):
        inline.kind = .strikethrough(apply(to: content))
      case .link(var link):
        link.destination = restore(link.destination)
        link.title = restore(link.title)
        link.content = apply(to: link.content)
        inline.kind = .link(link)
      case .image(var image):
        image.source = restore(image.source)
        image.title = restore(image.title)
        image.alt = apply(to: image.alt)
        inline.kind = .image(image)
      case .softBreak, .lineBreak, .math, .displayMath, .embed, .computed:
        break
      }
      result.append(inline)
    }
    return result
  }

  /// Puts the source of every span back in place of its placeholder.
  private func restore(_ string: String) -> String {
    let pieces = PlaceholderPiece.split(string)
    if pieces.count == 1, case .text(let text) = pieces[0] { return text }
    return pieces.map { piece in
      switch piece {
      case .text(let text): return text
      case .span(let index) where spans.indices.contains(index): return spans[index].source
      case .span(let index): return ProtectedSpan.placeholder(index: index)
      }
    }.joined()
  }

  /// The TeX of a paragraph that holds nothing but one display-math span.
  private func soleDisplayMath(_ inlines: [Inline]) -> String? {
    var tex: String?
    for inline in inlines {
      switch inline.kind {
      case .displayMath(let content) where tex == nil:
        tex = content
      case .softBreak, .lineBreak:
        continue
      case .text(let text) where text.trimmingSpaces.isEmpty:
        continue
      default:
        return nil
      }
    }
    return tex
  }

  /// A callout, if the quote's first line is `[!kind]`, `[!kind]+` or `[!kind]-`, then a title.
  static func callout(from content: [Block]) -> Callout? {
    guard case .paragraph(let inlines)? = content.first?.kind,
      case .text(let text)? = inlines.first?.kind, text.hasPrefix("[!"),
      let close = text.firstIndex(of: "]")
    else { return nil }
    let kind = text[text.index(text.startIndex, offsetBy: 2)..<close]
    guard !kind.isEmpty, kind.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    else { return nil }
    var rest = text[text.index(after: close)...]
    let isFoldable = rest.first == "+" || rest.first == "-"
    if isFoldable { rest = rest.dropFirst() }
    var title: [Inline] = []
    let restText = String(rest.drop(while: { $0 == " " || $0 == "\t" }))
    if !restText.isEmpty { title.append(Inline(.text(restText), range: inlines[0].range)) }
    var index = 1
    while index < inlines.count {
      if case .softBreak = inlines[index].kind { break }
      if case .lineBreak = inlines[index].kind { break }
      title.append(inlines[index])
      index += 1
    }
    var body = Array(content.dropFirst())
    let remaining = Array(inlines.dropFirst(index + 1))
    if !remaining.isEmpty {
      body.insert(Block(.paragraph(remaining), range: content[0].range), at: 0)
    }
    return Callout(
      kind: kind.lowercased(), title: title, isFoldable: isFoldable, content: body)
  }
}
