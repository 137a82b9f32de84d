internal import CCmarkGFM

/// cmark-gfm's own HTML of a Markdown text: the reference rlbook's parsing and
/// re-emission are compared against (with raw HTML kept and GFM's table,
/// strikethrough, autolink, task list and tag filter extensions, as GitHub
/// renders).
public enum CmarkReference {
  /// The extensions of the reference rendering.
  static let extensionNames = CmarkParser.extensionNames + ["tagfilter"]

  /// `markdown` as cmark-gfm renders it to HTML.
  public static func html(_ markdown: String) -> String {
    CmarkParser.withParser(extensions: extensionNames, options: CMARK_OPT_UNSAFE) { parser in
      CmarkParser.feed(Array(markdown.utf8), to: parser)
      guard let document = cmark_parser_finish(parser) else { return "" }
      defer { cmark_node_free(document) }
      guard
        let rendered = cmark_render_html(
          document, CMARK_OPT_UNSAFE, cmark_parser_get_syntax_extensions(parser))
      else { return "" }
      defer { cmark_get_default_mem_allocator().pointee.free(rendered) }
      return String(cString: rendered)
    }
  }
}
