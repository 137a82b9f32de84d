public import Lessons
import MarkdownSyntax
import TeXMath

/// Renders a lesson, with its demos' outputs, as the `<article>` of an HTML page.
///
/// All text is escaped. Raw HTML in a lesson is dropped unless `allowsHTML`;
/// links that could run script (`javascript:`) go nowhere; math becomes MathML;
/// demo outputs become HTML tables and inline SVG. No external request; the only
/// script is the site's own, inline (keys for the pager, the exercises' checker).
public struct HTMLRenderer: Sendable {
  /// Whether raw HTML in lessons is kept (it is dropped by default).
  public var allowsHTML: Bool
  /// Where an embed's file is found in the site, by its target; unknown ones link nowhere.
  public var embedPaths: [String: String]

  /// A renderer.
  public init(allowsHTML: Bool = false, embedPaths: [String: String] = [:]) {
    self.allowsHTML = allowsHTML
    self.embedPaths = embedPaths
  }

  /// The lesson's body: its sections, each demo's spec (folded) and outputs.
  public func article(_ lesson: Lesson, results: [DemoResult] = []) -> String {
    let results = DemoResults(lesson: lesson, results: results)
    var html = lesson.diagnostics.filter { $0.severity == .error }.map(problem).joined()
    var demoNumber = 0
    let predicted = Set(lesson.exercises.compactMap(\.predicted))
    for section in lesson.sections {
      if let heading = section.heading {
        let level = min(6, max(1, heading.level))
        let anchor = HTMLText.escaped(heading.anchor)
        html +=
          "<h\(level) id=\"\(anchor)\">\(inlines(heading.content))<a class=\"anchor\" href=\"#\(anchor)\" aria-label=\"link to this section\">#</a></h\(level)>\n"
      }
      for block in section.blocks {
        switch block {
        case .markdown(let block): html += self.block(block)
        case .demo(let spec):
          demoNumber += 1
          let shown = demo(spec, number: demoNumber, result: results[spec])
          html += predicted.contains(spec.id ?? "") ? Self.foldedUntilAnswered(shown) : shown
        case .exercise(let exercise): html += self.exercise(exercise, in: lesson)
        }
      }
    }
    return html
  }

  /// The table of contents: the lesson's headings below the title.
  public func contents(_ lesson: Lesson) -> String {
    let headings = lesson.sections.compactMap(\.heading).filter { $0.level == 2 }
    guard !headings.isEmpty else { return "" }
    let items = headings.map { heading in
      "<li><a href=\"#\(HTMLText.escaped(heading.anchor))\">\(inlines(heading.content))</a></li>"
    }
    return "<nav class=\"toc\" aria-label=\"contents\"><h2>Contents</h2><ol>"
      + items.joined() + "</ol></nav>\n"
  }

  private func demo(_ spec: DemoSpec, number: Int, result: DemoResult?) -> String {
    var html = "<section class=\"demo\" id=\"demo-\(number)\">\n"
    html += "<details><summary>rl demo \(number)</summary><pre><code>"
    html +=
      HTMLText.escaped(spec.shownSource(inEffect: result?.provenance)) + "</code></pre></details>\n"
    html += (spec.problems + (result?.diagnostics ?? [])).map(problem).joined()
    if let result { html += outputs(result) }
    return html + "</section>\n"
  }

  /// A problem where it happened: `12:3: error: …` and its hint.
  private func problem(_ problem: Diagnostic) -> String {
    let location = problem.range.map { "\($0.start.line):\($0.start.column): " } ?? ""
    var html = "<p class=\"problem \(problem.severity.rawValue)\">"
    html += HTMLText.escaped("\(location)\(problem.severity.rawValue): \(problem.message)")
    if let hint = problem.hint {
      html += "<br/><span class=\"hint\">hint: \(HTMLText.escaped(hint))</span>"
    }
    return html + "</p>\n"
  }

  func block(_ block: Block) -> String {
    switch block.kind {
    case .paragraph(let content):
      return "<p>\(inlines(content))</p>\n"
    case .heading(let level, let content):
      let level = min(6, max(1, level))
      return "<h\(level)>\(inlines(content))</h\(level)>\n"
    case .blockQuote(let content):
      return "<blockquote>\n\(blocks(content))</blockquote>\n"
    case .callout(let callout):
      let kind = HTMLText.escaped(callout.kind)
      let title =
        callout.title.isEmpty
        ? kind.prefix(1).uppercased() + kind.dropFirst() : inlines(callout.title)
      return "<aside class=\"callout callout-\(kind)\"><p class=\"callout-title\">\(title)</p>\n"
        + blocks(callout.content) + "</aside>\n"
    case .list(let list):
      let tag = list.isOrdered ? "ol" : "ul"
      let start = list.isOrdered && list.start != 1 ? " start=\"\(list.start)\"" : ""
      let items = list.items.map { item in
        let box =
          item.checkbox.map {
            "<input type=\"checkbox\" disabled=\"disabled\"\($0 ? " checked=\"checked\"" : "")/> "
          } ?? ""
        if list.isTight, item.content.count == 1,
          case .paragraph(let content) = item.content[0].kind
        {
          return "<li>\(box)\(inlines(content))</li>\n"
        }
        guard list.isTight else { return "<li>\(box)\n\(blocks(item.content))</li>\n" }
        // A tight list's paragraphs have no <p>, beside nested blocks too.
        let body = item.content.map { block -> String in
          if case .paragraph(let content) = block.kind { return inlines(content) + "\n" }
          return self.block(block)
        }
        return "<li>\(box)\n\(body.joined())</li>\n"
      }
      return "<\(tag)\(start)>\n" + items.joined() + "</\(tag)>\n"
    case .codeBlock(let code):
      let language =
        code.language.isEmpty ? "" : " class=\"language-\(HTMLText.escaped(code.language))\""
      return "<pre><code\(language)>\(HTMLText.escaped(code.code))</code></pre>\n"
    case .html(let html):
      guard allowsHTML else { return "" }
      let filtered = Self.filteringTags(html)
      return filtered.hasSuffix("\n") ? filtered : filtered + "\n"
    case .thematicBreak:
      return "<hr/>\n"
    case .table(let table):
      return markdownTable(table)
    case .displayMath(let tex):
      return "<div class=\"math\">\(MathML.render(tex, isDisplay: true))</div>\n"
    }
  }

  func blocks(_ blocks: [Block]) -> String { blocks.map(block).joined() }

  private func markdownTable(_ table: Table) -> String {
    func align(_ column: Int) -> String {
      guard column < table.alignments.count else { return "" }
      switch table.alignments[column] {
      case .none: return ""
      case .left: return " style=\"text-align:left\""
      case .center: return " style=\"text-align:center\""
      case .right: return " style=\"text-align:right\""
      }
    }
    var html = "<div class=\"table\"><table>\n<thead><tr>"
    for (column, cell) in table.header.enumerated() {
      html += "<th\(align(column))>\(inlines(cell.content))</th>"
    }
    html += "</tr></thead>\n"
    if !table.rows.isEmpty { html += "<tbody>\n" }
    for row in table.rows {
      html += "<tr>"
      for (column, cell) in row.enumerated() {
        html += "<td\(align(column))>\(inlines(cell.content))</td>"
      }
      html += "</tr>\n"
    }
    return html + (table.rows.isEmpty ? "" : "</tbody>") + "</table></div>\n"
  }

  func inlines(_ inlines: [Inline]) -> String {
    inlines.map(inline).joined()
  }

  private func inline(_ inline: Inline) -> String {
    switch inline.kind {
    case .text(let text): return HTMLText.escaped(text)
    case .softBreak: return "\n"
    case .lineBreak: return "<br/>\n"
    case .code(let code): return "<code>\(HTMLText.escaped(code))</code>"
    case .emphasis(let content): return "<em>\(inlines(content))</em>"
    case .strong(let content): return "<strong>\(inlines(content))</strong>"
    case .strikethrough(let content): return "<del>\(inlines(content))</del>"
    case .link(let link):
      let title = link.title.isEmpty ? "" : " title=\"\(HTMLText.escaped(link.title))\""
      return
        "<a href=\"\(HTMLText.safeURL(link.destination))\"\(title)>\(inlines(link.content))</a>"
    case .image(let image):
      let alt = HTMLText.escaped(image.alt.plainText)
      let title = image.title.isEmpty ? "" : " title=\"\(HTMLText.escaped(image.title))\""
      return "<img src=\"\(HTMLText.safeURL(image.source))\" alt=\"\(alt)\"\(title)/>"
    case .html(let html): return allowsHTML ? Self.filteringTags(html) : ""
    case .math(let tex):
      // A long formula cannot break across lines: on a phone it scrolls on its own.
      let math = MathML.render(tex, isDisplay: false)
      return tex.count > 30 ? "<span class=\"math-wide\">\(math)</span>" : math
    case .displayMath(let tex): return MathML.render(tex, isDisplay: true)
    case .computed(let value): return computed(value)
    case .embed(let embed):
      let label = HTMLText.escaped(embed.label.isEmpty ? embed.target : embed.label)
      guard let path = embedPaths[embed.target] else {
        return "<span class=\"missing-embed\">\(label)</span>"
      }
      let source = HTMLText.escaped(path)
      return isImage(path)
        ? "<img src=\"\(source)\" alt=\"\(label)\"/>" : "<a href=\"\(source)\">\(label)</a>"
    }
  }

  /// A computed value: the number, with the expression it came from as its title.
  private func computed(_ value: ComputedValue) -> String {
    let title = HTMLText.escaped(value.source)
    switch value.shown {
    case .value(let text):
      return "<span class=\"rl-value\" title=\"\(title)\">\(HTMLText.escaped(text))</span>"
    case .pending:
      return "<span class=\"rl-value pending\" title=\"\(title)\">…</span>"
    case .unavailable(let reason):
      let why = HTMLText.escaped(reason)
      return "<span class=\"rl-value unavailable\" title=\"\(title): \(why)\">?</span>"
    }
  }

  private func isImage(_ path: String) -> Bool {
    let lowered = path.lowercased()
    return [".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"].contains { lowered.hasSuffix($0) }
  }
}

extension HTMLRenderer {
  /// The tags GFM's tag filter disarms, which could take over the rest of a page.
  static let filteredTags = [
    "title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext",
  ]

  /// Raw HTML with GFM's tag filter applied: the `<` of each filtered tag,
  /// opening or closing, in any case, written as `&lt;`.
  static func filteringTags(_ html: String) -> String {
    guard html.contains("<") else { return html }
    var result = ""
    var index = html.startIndex
    while index < html.endIndex {
      if html[index] == "<" {
        var name = html[html.index(after: index)...]
        if name.first == "/" { name = name.dropFirst() }
        let lowered = name.prefix(10).lowercased()
        let filtered = filteredTags.contains { tag in
          guard lowered.hasPrefix(tag) else { return false }
          let after = lowered.dropFirst(tag.count).first
          return after == nil || after == ">" || after == "/" || after!.isWhitespace
        }
        if filtered {
          result += "&lt;"
          index = html.index(after: index)
          continue
        }
      }
      result.append(html[index])
      index = html.index(after: index)
    }
    return result
  }
}
