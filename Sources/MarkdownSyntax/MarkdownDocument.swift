/// A parsed Markdown document in rlbook's dialect: CommonMark with GitHub's
/// extensions (tables, strikethrough, autolinks, task lists), `$…$` and
/// `$$…$$` math, and Obsidian's `![[embeds]]` and `> [!note]` callouts.
public struct MarkdownDocument: Hashable, Sendable {
  /// The document's top-level blocks, in order.
  public var blocks: [Block]
  /// Problems that did not stop the parse (for example, nesting that was too deep).
  public var warnings: [MarkdownWarning]

  /// Creates a document from blocks.
  public init(blocks: [Block], warnings: [MarkdownWarning] = []) {
    self.blocks = blocks
    self.warnings = warnings
  }

  /// Parses `source`.
  ///
  /// Ranges in the result are positions in `source`: 1-based lines, UTF-8 byte
  /// columns, half-open. Safe to call from any thread: calls into cmark-gfm are
  /// serialised by one process-wide lock.
  public init(parsing source: String) {
    let original = LineIndex(source)
    let hugeRows = HugeTableRows(original)
    let needsProtection = source.contains("$") || source.contains("![[") || !hugeRows.isEmpty
    let skipped =
      needsProtection ? CmarkParser.codeAndHTMLLines(in: hugeRows.masking(original.bytes)) : []
    let scanner =
      needsProtection
      ? ExtensionScanner(lines: original, skippedLines: skipped, hugeRows: hugeRows) : nil
    let parsedBytes = scanner?.transformed ?? original.bytes
    let positions = PositionMapper(
      parsed: scanner == nil ? original : LineIndex(bytes: parsedBytes),
      original: original,
      offsets: scanner?.offsetMap ?? OffsetMap())
    var converter = CmarkConverter(positions: positions)
    let converted = CmarkParser.withDocument(parsedBytes) { converter.convert($0) }
    let extensions = ExtensionPass(spans: scanner?.spans ?? [], positions: positions)
    self.init(blocks: extensions.apply(to: converted), warnings: converter.warnings)
  }
}
