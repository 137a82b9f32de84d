import MarkdownSyntax

/// Raw HTML blocks that take in the Markdown after them: a line such as
/// `<br/>` opens an HTML block that runs to the next blank line, so the text
/// and math written under it become HTML too, and vanish from pages that
/// drop raw HTML.
enum HTMLBlockCheck {
  /// A warning for each HTML block whose later lines are not HTML.
  static func problems(in blocks: [Block]) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    func check(_ block: Block) {
      guard case .html(let html) = block.kind, let range = block.range else { return }
      let lines = html.split(separator: "\n", omittingEmptySubsequences: true)
      guard
        let swallowed = lines.dropFirst().firstIndex(where: { line in
          let text = line.drop { $0 == " " || $0 == "\t" }
          return !text.isEmpty && !text.hasPrefix("<")
        })
      else { return }
      let line = range.start.line + swallowed
      problems.append(
        .warning(
          "the HTML on line \(range.start.line) takes in the lines after it, as HTML: `\(lines[swallowed].prefix(40))` is not read as Markdown",
          hint: "leave a blank line after the HTML tag",
          at: SourceRange(line: line, column: 1, length: lines[swallowed].count)))
    }
    for block in blocks {
      check(block)
      block.forEachNestedBlock(check)
    }
    return problems
  }
}
