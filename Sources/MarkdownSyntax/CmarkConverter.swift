internal import CCmarkGFM

/// Copies a cmark-gfm tree into ``Block`` and ``Inline`` values, without recursion.
///
/// The walk follows cmark's iterator (ENTER and EXIT events) with an explicit
/// stack, so 50,000 nested `>` cannot overflow the call stack. Containers nested
/// deeper than ``maximumDepth`` are flattened to their text, with a warning,
/// so no deeply nested Swift value is ever built (their `deinit` would recurse).
struct CmarkConverter {
  /// How deep containers may nest before their content is flattened.
  static let maximumDepth = 64

  fileprivate enum Converted {
    case block(Block)
    case inline(Inline)
    case item(ListItem)
    case row([TableCell], isHeader: Bool)
    case cell(TableCell)
  }

  private struct Frame {
    let node: OpaquePointer
    let type: String
    let range: SourceRange?
    var children: [Converted] = []
  }

  private static let leafTypes: Set<String> = [
    "html_block", "thematic_break", "code_block", "text", "softbreak", "linebreak", "code",
    "html_inline",
  ]

  private static let inlineContainers: Set<String> = [
    "paragraph", "heading", "table_cell", "emph", "strong", "strikethrough", "link", "image",
  ]

  let positions: PositionMapper
  private(set) var warnings: [MarkdownWarning] = []

  init(positions: PositionMapper) {
    self.positions = positions
  }

  /// Converts the document rooted at `document`.
  mutating func convert(_ document: OpaquePointer) -> [Block] {
    guard let iterator = cmark_iter_new(document) else { return [] }
    defer { cmark_iter_free(iterator) }
    var stack: [Frame] = []
    var result: [Block] = []
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      guard let node = cmark_iter_get_node(iterator) else { continue }
      let type = String(cString: cmark_node_get_type_string(node))
      if event == CMARK_EVENT_ENTER {
        if Self.leafTypes.contains(type) {
          append(leaf(node, type: type), to: &stack)
        } else if stack.count > Self.maximumDepth {
          append(flattened(node, type: type, iterator: iterator, parent: stack.last), to: &stack)
        } else {
          stack.append(Frame(node: node, type: type, range: range(of: node)))
        }
      } else if event == CMARK_EVENT_EXIT, let frame = stack.popLast() {
        if frame.type == "document" {
          result = frame.children.compactMap(\.asBlock)
        } else {
          for converted in build(frame) { append(converted, to: &stack) }
        }
      }
    }
    return result
  }

  private func append(_ converted: Converted, to stack: inout [Frame]) {
    guard !stack.isEmpty else { return }
    if case .inline(let new) = converted, case .text("") = new.kind { return }
    let top = stack.count - 1
    if case .inline(let new) = converted, case .text(let newText) = new.kind,
      case .inline(let last)? = stack[top].children.last, case .text(let lastText) = last.kind
    {
      // cmark splits text at brackets and entities; one run of text is one value.
      let merged = Inline(.text(lastText + newText), range: union(last.range, new.range))
      stack[top].children[stack[top].children.count - 1] = .inline(merged)
    } else {
      stack[top].children.append(converted)
    }
  }

  private func union(_ first: SourceRange?, _ second: SourceRange?) -> SourceRange? {
    guard let first, let second else { return first ?? second }
    return first.union(second)
  }

  private func range(of node: OpaquePointer) -> SourceRange? {
    positions.range(
      startLine: Int(cmark_node_get_start_line(node)),
      startColumn: Int(cmark_node_get_start_column(node)),
      endLine: Int(cmark_node_get_end_line(node)),
      endColumn: Int(cmark_node_get_end_column(node)))
  }

  private func literal(_ node: OpaquePointer) -> String {
    cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
  }

  private func leaf(_ node: OpaquePointer, type: String) -> Converted {
    let range = range(of: node)
    switch type {
    case "html_block":
      return .block(Block(.html(literal(node)), range: range))
    case "thematic_break":
      return .block(Block(.thematicBreak, range: range))
    case "code_block":
      let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
      var length: Int32 = 0
      var offset: Int32 = 0
      var character: CChar = 0
      let isFenced = cmark_node_get_fenced(node, &length, &offset, &character) != 0
      let code = CodeBlock(info: info, code: literal(node), isFenced: isFenced)
      return .block(Block(.codeBlock(code), range: range))
    case "softbreak":
      return .inline(Inline(.softBreak, range: range))
    case "linebreak":
      return .inline(Inline(.lineBreak, range: range))
    case "code":
      return .inline(Inline(.code(literal(node)), range: range))
    case "html_inline":
      return .inline(Inline(.html(literal(node)), range: range))
    default:
      return .inline(Inline(.text(literal(node)), range: range))
    }
  }

  /// Replaces a too-deep container by its text, consuming its events.
  private mutating func flattened(
    _ node: OpaquePointer, type: String, iterator: OpaquePointer, parent: Frame?
  ) -> Converted {
    var text = ""
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      guard let current = cmark_iter_get_node(iterator) else { continue }
      if event == CMARK_EVENT_EXIT, current == node { break }
      guard event == CMARK_EVENT_ENTER else { continue }
      switch cmark_node_get_type(current) {
      case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
        text += literal(current)
      case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_PARAGRAPH:
        if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
      default:
        break
      }
    }
    let range = range(of: node)
    if warnings.isEmpty {
      warnings.append(
        MarkdownWarning(
          message:
            "content nested more than \(Self.maximumDepth) levels deep is shown as plain text",
          hint: "remove some of the nesting (`>` or list indentation)",
          range: range))
    }
    let inline = Inline(.text(text.trimmingSpaces), range: range)
    if let parent, Self.inlineContainers.contains(parent.type) { return .inline(inline) }
    return .block(Block(.paragraph([inline]), range: range))
  }

  private func build(_ frame: Frame) -> [Converted] {
    let node = frame.node
    let range = frame.range
    let blocks = { frame.children.compactMap(\.asBlock) }
    let inlines = { frame.children.compactMap(\.asInline) }
    switch frame.type {
    case "paragraph":
      return [.block(Block(.paragraph(inlines()), range: range))]
    case "heading":
      let level = Int(cmark_node_get_heading_level(node))
      return [.block(Block(.heading(level: level, content: inlines()), range: range))]
    case "block_quote":
      return [.block(Block(.blockQuote(blocks()), range: range))]
    case "list":
      let list = ListBlock(
        isOrdered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
        start: Int(cmark_node_get_list_start(node)),
        isTight: cmark_node_get_list_tight(node) != 0,
        items: frame.children.compactMap(\.asItem))
      return [.block(Block(.list(list), range: range))]
    case "item":
      return [.item(ListItem(content: blocks(), range: range))]
    case "tasklist":
      let checked = cmark_gfm_extensions_get_tasklist_item_checked(node)
      return [.item(ListItem(checkbox: checked, content: blocks(), range: range))]
    case "table":
      return [.block(Block(.table(table(frame)), range: range))]
    case "table_header", "table_row":
      return [.row(frame.children.compactMap(\.asCell), isHeader: frame.type == "table_header")]
    case "table_cell":
      return [.cell(TableCell(content: inlines(), range: range))]
    case "emph":
      return [.inline(Inline(.emphasis(inlines()), range: range))]
    case "strong":
      return [.inline(Inline(.strong(inlines()), range: range))]
    case "strikethrough":
      return [.inline(Inline(.strikethrough(inlines()), range: range))]
    case "link":
      let link = Link(destination: url(node), title: title(node), content: inlines())
      return [.inline(Inline(.link(link), range: range))]
    case "image":
      let image = Image(source: url(node), title: title(node), alt: inlines())
      return [.inline(Inline(.image(image), range: range))]
    default:
      // Unknown containers (custom blocks, footnotes) pass their content through.
      return frame.children
    }
  }

  private func url(_ node: OpaquePointer) -> String {
    cmark_node_get_url(node).map { String(cString: $0) } ?? ""
  }

  private func title(_ node: OpaquePointer) -> String {
    cmark_node_get_title(node).map { String(cString: $0) } ?? ""
  }

  private func table(_ frame: Frame) -> Table {
    let columns = Int(cmark_gfm_extensions_get_table_columns(frame.node))
    var alignments = [Table.Alignment](repeating: .none, count: columns)
    if let raw = cmark_gfm_extensions_get_table_alignments(frame.node) {
      for column in 0..<columns {
        switch raw[column] {
        case UInt8(ascii: "l"): alignments[column] = .left
        case UInt8(ascii: "c"): alignments[column] = .center
        case UInt8(ascii: "r"): alignments[column] = .right
        default: break
        }
      }
    }
    var header: [TableCell] = []
    var rows: [[TableCell]] = []
    for case .row(let cells, let isHeader) in frame.children {
      let padded =
        cells + Array(repeating: TableCell(content: []), count: max(0, columns - cells.count))
      if isHeader && header.isEmpty { header = padded } else { rows.append(padded) }
    }
    return Table(alignments: alignments, header: header, rows: rows)
  }
}

extension CmarkConverter.Converted {
  fileprivate var asBlock: Block? {
    if case .block(let block) = self { return block }
    return nil
  }
  fileprivate var asInline: Inline? {
    if case .inline(let inline) = self { return inline }
    return nil
  }
  fileprivate var asItem: ListItem? {
    if case .item(let item) = self { return item }
    return nil
  }
  fileprivate var asCell: TableCell? {
    if case .cell(let cell) = self { return cell }
    return nil
  }
}
