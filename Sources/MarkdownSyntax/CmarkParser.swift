internal import CCmarkGFM
import Synchronization

/// The one door into cmark-gfm.
///
/// cmark-gfm keeps process-wide state: the extension registry, and a global
/// table of special characters that each parse with an inline extension
/// rewrites and clears. Two parses at once silently lose strikethroughs, and
/// registering the extensions from two threads can abort. So every call into
/// cmark runs under this one lock, and nothing cmark allocates outlives it.
enum CmarkParser {
  /// Whether the core extensions have been registered; guarded by the lock.
  private static let lock = Mutex<Bool>(false)

  /// The GFM extensions every lesson is parsed with.
  static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

  /// A parser with `extensions` attached, handed to `body` under the lock and
  /// freed after it.
  static func withParser<Result>(
    extensions: [String], options: Int32, _ body: (OpaquePointer) -> Result
  ) -> Result {
    lock.withLock { registered in
      if !registered {
        cmark_gfm_core_extensions_ensure_registered()
        registered = true
      }
      guard let parser = cmark_parser_new(options) else {
        fatalError("cmark-gfm could not allocate a parser (out of memory)")
      }
      defer { cmark_parser_free(parser) }
      for name in extensions {
        if let syntaxExtension = cmark_find_syntax_extension(name) {
          cmark_parser_attach_syntax_extension(parser, syntaxExtension)
        }
      }
      return body(parser)
    }
  }

  /// Gives `parser` UTF-8 `bytes` to parse.
  static func feed(_ bytes: [UInt8], to parser: OpaquePointer) {
    bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
      }
    }
  }

  /// Parses UTF-8 `bytes` and hands the document root to `body` while the lock is held.
  ///
  /// The tree is freed when `body` returns: `body` must copy out what it needs.
  static func withDocument<Result>(
    _ bytes: [UInt8], _ body: (OpaquePointer) -> Result
  ) -> Result {
    withParser(extensions: extensionNames, options: CMARK_OPT_SOURCEPOS) { parser in
      feed(bytes, to: parser)
      guard let document = cmark_parser_finish(parser) else {
        fatalError("cmark-gfm could not finish a parse (out of memory)")
      }
      defer { cmark_node_free(document) }
      return body(document)
    }
  }

  /// The 1-based lines of every code block and HTML block in `bytes`.
  ///
  /// Math and embeds are not looked for on these lines.
  static func codeAndHTMLLines(in bytes: [UInt8]) -> Set<Int> {
    withDocument(bytes) { document in
      var lines = Set<Int>()
      guard let iterator = cmark_iter_new(document) else { return lines }
      defer { cmark_iter_free(iterator) }
      while true {
        let event = cmark_iter_next(iterator)
        if event == CMARK_EVENT_DONE { break }
        guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else {
          continue
        }
        let type = cmark_node_get_type(node)
        guard type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK else { continue }
        let first = Int(cmark_node_get_start_line(node))
        let last = Int(cmark_node_get_end_line(node))
        if first > 0, last >= first { lines.formUnion(first...last) }
      }
      return lines
    }
  }
}
