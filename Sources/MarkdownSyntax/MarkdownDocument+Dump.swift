extension MarkdownDocument {
  /// An indented outline of the tree with source ranges, one node per line.
  ///
  /// Meant for tests and debugging: stable, and easy to compare as text.
  public func dump(ranges: Bool = true) -> String {
    var lines: [String] = []
    for block in blocks { block.dump(into: &lines, depth: 0, ranges: ranges) }
    return lines.joined(separator: "\n")
  }
}

extension Block {
  fileprivate func dump(into lines: inout [String], depth: Int, ranges: Bool) {
    let indent = String(repeating: "  ", count: depth)
    let at = ranges ? range.map { " @\($0)" } ?? "" : ""
    func line(_ text: String) { lines.append(indent + text + at) }
    func inlines(_ content: [Inline]) {
      for inline in content { inline.dump(into: &lines, depth: depth + 1, ranges: ranges) }
    }
    func blocks(_ content: [Block]) {
      for block in content { block.dump(into: &lines, depth: depth + 1, ranges: ranges) }
    }
    switch kind {
    case .paragraph(let content):
      line("paragraph")
      inlines(content)
    case .heading(let level, let content):
      line("heading \(level)")
      inlines(content)
    case .blockQuote(let content):
      line("blockQuote")
      blocks(content)
    case .callout(let callout):
      line(
        "callout \(callout.kind)\(callout.isFoldable ? " foldable" : "") \(quoted(callout.title.plainText))"
      )
      blocks(callout.content)
    case .list(let list):
      line(
        "list \(list.isOrdered ? "ordered start=\(list.start)" : "bullet")\(list.isTight ? " tight" : "")"
      )
      for item in list.items {
        let box = item.checkbox.map { $0 ? " [x]" : " [ ]" } ?? ""
        let itemAt = ranges ? item.range.map { " @\($0)" } ?? "" : ""
        lines.append(indent + "  item" + box + itemAt)
        for block in item.content { block.dump(into: &lines, depth: depth + 2, ranges: ranges) }
      }
    case .codeBlock(let code):
      line("codeBlock \(quoted(code.info)) \(quoted(code.code))")
    case .html(let html):
      line("html \(quoted(html))")
    case .thematicBreak:
      line("thematicBreak")
    case .table(let table):
      line("table \(table.alignments.map(\.rawValue).joined(separator: ","))")
      for (index, row) in ([table.header] + table.rows).enumerated() {
        lines.append(indent + "  " + (index == 0 ? "header" : "row"))
        for cell in row {
          let cellAt = ranges ? cell.range.map { " @\($0)" } ?? "" : ""
          lines.append(indent + "    cell" + cellAt)
          for inline in cell.content { inline.dump(into: &lines, depth: depth + 3, ranges: ranges) }
        }
      }
    case .displayMath(let tex):
      line("displayMath \(quoted(tex))")
    }
  }
}

extension Inline {
  fileprivate func dump(into lines: inout [String], depth: Int, ranges: Bool) {
    let indent = String(repeating: "  ", count: depth)
    let at = ranges ? range.map { " @\($0)" } ?? "" : ""
    func line(_ text: String) { lines.append(indent + text + at) }
    func children(_ content: [Inline]) {
      for inline in content { inline.dump(into: &lines, depth: depth + 1, ranges: ranges) }
    }
    switch kind {
    case .text(let text): line("text \(quoted(text))")
    case .softBreak: line("softBreak")
    case .lineBreak: line("lineBreak")
    case .code(let code): line("code \(quoted(code))")
    case .computed(let value): line("computed \(quoted(value.source))")
    case .html(let html): line("html \(quoted(html))")
    case .math(let tex): line("math \(quoted(tex))")
    case .displayMath(let tex): line("displayMath \(quoted(tex))")
    case .embed(let embed):
      line("embed \(quoted(embed.target))\(embed.label.isEmpty ? "" : " | \(quoted(embed.label))")")
    case .emphasis(let content):
      line("emphasis")
      children(content)
    case .strong(let content):
      line("strong")
      children(content)
    case .strikethrough(let content):
      line("strikethrough")
      children(content)
    case .link(let link):
      line("link \(quoted(link.destination))\(link.title.isEmpty ? "" : " \(quoted(link.title))")")
      children(link.content)
    case .image(let image):
      line("image \(quoted(image.source))")
      children(image.alt)
    }
  }
}

private func quoted(_ text: String) -> String {
  var result = "\""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\n": result += "\\n"
    case "\t": result += "\\t"
    case "\"": result += "\\\""
    case "\\": result += "\\\\"
    default: result.unicodeScalars.append(scalar)
    }
  }
  return result + "\""
}
