public import Lessons
import MarkdownSyntax
import TerminalUI

/// Re-emits a lesson as Markdown in rlbook's dialect.
///
/// The output parses back to the same lesson (same blocks, inlines, math,
/// embeds, callouts and demos; positions aside). Front matter is copied as
/// written; everything else is written in one canonical style.
public struct MarkdownRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// The lesson as Markdown, each demo's result (in the lesson's order) after its block.
  public func render(_ lesson: Lesson, results: [DemoResult] = []) -> String {
    let results = DemoResults(lesson: lesson, results: results)
    var chunks: [String] = []
    if let range = lesson.frontMatter.range {
      let lines = LineIndex(lesson.source)
      let start = lines.offset(of: range.start)
      let end = lines.byteRange(ofLine: range.end.line).upperBound
      chunks.append(String(decoding: lines.bytes[start..<end], as: UTF8.self))
    }
    for section in lesson.sections {
      if let heading = section.heading {
        chunks.append(self.heading(level: heading.level, heading.content))
      }
      var sequence = BlockSequence(renderer: self)
      for block in section.blocks {
        if case .markdown(let block) = block {
          chunks.append(sequence.next(block))
          continue
        }
        sequence = BlockSequence(renderer: self)
        switch block {
        case .markdown: break
        case .demo(let spec):
          var source = spec.shownSource(inEffect: results[spec]?.provenance)
          if !source.hasSuffix("\n") { source += "\n" }
          let fence = Self.fence(for: source, character: "`")
          chunks.append(fence + "rl\n" + source + fence)
          if let result = results[spec] { chunks.append(self.result(result)) }
        case .exercise(let exercise):
          var source = exercise.source
          if !source.hasSuffix("\n") { source += "\n" }
          let fence = Self.fence(for: source, character: "`")
          chunks.append(fence + "exercise\n" + source + fence)
        }
      }
    }
    // Control characters are shown as escapes here too: this text is often read in a terminal.
    return VisibleText.escapingControls(chunks.joined(separator: "\n\n") + "\n")
  }

  /// A block, written so that it stays itself after the one before it (see
  /// ``BlockSequence``): `otherMarker` writes a list with `*` or `)`, and
  /// `fencesCode` writes an indented code block fenced.
  func block(_ block: Block, otherMarker: Bool = false, fencesCode: Bool = false) -> String {
    switch block.kind {
    case .paragraph(let content):
      return inlines(content)
    case .heading(let level, let content):
      return heading(level: level, content)
    case .blockQuote(let content):
      return quoted(blocks(content))
    case .callout(let callout):
      let title = callout.title.isEmpty ? "" : " " + inlines(callout.title)
      let head = "[!\(callout.kind)]\(callout.isFoldable ? "-" : "")\(title)"
      return quoted(callout.content.isEmpty ? head : head + "\n" + blocks(callout.content))
    case .list(let list):
      return self.list(list, otherMarker: otherMarker)
    case .codeBlock(let code):
      if !code.isFenced, !code.code.isEmpty, !fencesCode {
        return code.code.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
          .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
      }
      var body = code.code
      if !body.isEmpty, !body.hasSuffix("\n") { body += "\n" }
      // A backtick fence's info string cannot hold a backtick.
      let fence = Self.fence(for: body, character: code.info.contains("`") ? "~" : "`")
      return fence + code.info + "\n" + body + fence
    case .html(let html):
      return html.hasSuffix("\n") ? String(html.dropLast()) : html
    case .thematicBreak:
      return "***"
    case .table(let table):
      return self.table(table)
    case .displayMath(let tex):
      return "$$\n" + tex + "\n$$"
    }
  }

  private func blocks(_ content: [Block], separator: String = "\n\n") -> String {
    var sequence = BlockSequence(renderer: self)
    return content.map { sequence.next($0) }.joined(separator: separator)
  }

  /// An ATX heading, or a setext one when its text runs over several lines.
  private func heading(level: Int, _ content: [Inline]) -> String {
    let hasBreak = Self.hasSoftBreak(content)
    guard hasBreak, level <= 2 else {
      return String(repeating: "#", count: level) + " " + inlines(content)
    }
    return inlines(content) + "\n" + (level == 1 ? "===" : "---")
  }

  private func quoted(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
  }

  private func list(_ list: ListBlock, otherMarker: Bool) -> String {
    var items: [String] = []
    for (index, item) in list.items.enumerated() {
      var marker =
        list.isOrdered
        ? "\(list.start + index)\(otherMarker ? ")" : ".") "
        : otherMarker ? "* " : "- "
      let indent = String(repeating: " ", count: marker.count)
      if let checked = item.checkbox { marker += checked ? "[x] " : "[ ] " }
      let body = blocks(item.content, separator: list.isTight ? "\n" : "\n\n")
      let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
      var text = marker + (lines.first.map(String.init) ?? "")
      for line in lines.dropFirst() { text += "\n" + (line.isEmpty ? "" : indent + line) }
      items.append(text)
    }
    return items.joined(separator: list.isTight ? "\n" : "\n\n")
  }

  private func table(_ table: Table) -> String {
    func row(_ cells: [TableCell]) -> String {
      "| " + cells.map { inlines($0.content, inTable: true) }.joined(separator: " | ") + " |"
    }
    let rule = table.alignments.map { alignment -> String in
      switch alignment {
      case .none: "---"
      case .left: ":---"
      case .center: ":---:"
      case .right: "---:"
      }
    }
    return ([row(table.header), "| " + rule.joined(separator: " | ") + " |"] + table.rows.map(row))
      .joined(separator: "\n")
  }

  func inlines(_ content: [Inline], inTable: Bool = false) -> String {
    var result = ""
    for (index, inline) in content.enumerated() {
      result += self.inline(
        inline, inTable: inTable, atLineStart: index == 0 || result.hasSuffix("\n"))
    }
    return result
  }

  private func inline(_ inline: Inline, inTable: Bool, atLineStart: Bool) -> String {
    switch inline.kind {
    case .text(let text):
      return Self.escaped(text, atLineStart: atLineStart)
    case .softBreak:
      return inTable ? " " : "\n"
    case .lineBreak:
      return inTable ? "<br>" : "\\\n"
    case .code(let code):
      let fence = Self.fence(for: code, character: "`", minimum: 1)
      // cmark strips one space from each end, unless the span is all spaces.
      let isBlank = code.allSatisfy { $0 == " " }
      let padding =
        !isBlank
          && (code.hasPrefix("`") || code.hasSuffix("`")
            || code.hasPrefix(" ") && code.hasSuffix(" "))
        ? " " : ""
      let body = fence + padding + code + padding + fence
      return inTable ? body.replacingPipes : body
    case .emphasis(let content):
      // `*_foo_*`: emphasis right inside emphasis takes the other delimiter,
      // or `**` would read as strong.
      let nested = [content.first, content.last].contains {
        if case .emphasis? = $0?.kind { true } else { false }
      }
      let mark = nested ? "_" : "*"
      return mark + inlines(content, inTable: inTable) + mark
    case .strong(let content):
      return "**" + inlines(content, inTable: inTable) + "**"
    case .strikethrough(let content):
      return "~~" + inlines(content, inTable: inTable) + "~~"
    case .link(let link) where Self.isAutolink(link):
      return "<" + link.destination + ">"
    case .link(let link):
      let title = link.title.isEmpty ? "" : " \"" + link.title.replacing("\"", with: "\\\"") + "\""
      return "[" + inlines(link.content, inTable: inTable) + "](<" + link.destination + ">" + title
        + ")"
    case .image(let image):
      let title =
        image.title.isEmpty ? "" : " \"" + image.title.replacing("\"", with: "\\\"") + "\""
      return "![" + inlines(image.alt, inTable: inTable) + "](<" + image.source + ">" + title + ")"
    case .html(let html):
      return html
    case .math(let tex):
      return "$" + tex + "$"
    case .displayMath(let tex):
      return "$$" + tex + "$$"
    case .computed(let value):
      guard case .value(let text) = value.shown else {
        var code = inline
        code.kind = .code(value.codeSpanContent)
        return self.inline(code, inTable: inTable, atLineStart: atLineStart)
      }
      return Self.escaped(text, atLineStart: atLineStart)
    case .embed(let embed):
      return "![[" + embed.target + (embed.label.isEmpty ? "" : "|" + embed.label) + "]]"
    }
  }

  /// Whether `content` breaks a line anywhere, inside emphasis and links too.
  static func hasSoftBreak(_ content: [Inline]) -> Bool {
    content.contains { inline in
      switch inline.kind {
      case .softBreak: true
      case .emphasis(let inner), .strong(let inner), .strikethrough(let inner): hasSoftBreak(inner)
      case .link(let link): hasSoftBreak(link.content)
      default: false
      }
    }
  }

  /// Whether `link` was an autolink, `<https://…>`: its text is its
  /// destination, which has a scheme and nothing an autolink cannot hold.
  static func isAutolink(_ link: Link) -> Bool {
    guard link.title.isEmpty, link.content.count == 1,
      case .text(let text) = link.content[0].kind, text == link.destination,
      let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) >= 2,
      text[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || "+.-".contains($0) })
    else { return false }
    return !text.contains { $0 == " " || $0 == "<" || $0 == ">" || $0.isNewline }
  }

  /// Text with every character that could start Markdown syntax escaped; a
  /// newline (from `&#10;`) and white space that would open a line are written
  /// as character references, which is how the author kept them.
  static func escaped(_ text: String, atLineStart: Bool) -> String {
    var result = ""
    for character in text {
      if character == "\n" {
        result += "&#10;"
        continue
      }
      if atLineStart, result.isEmpty, character == "\t" || character == " " {
        result += character == "\t" ? "&#9;" : "&#32;"
        continue
      }
      if "\\`*_[]<>$|~&#!".contains(character) {
        result += "\\"
      }
      result.append(character)
    }
    if atLineStart, let first = result.first, "-+=".contains(first) || first.isNumber {
      if first.isNumber {
        // `1. item` or `1) item` would start a list.
        if let index = result.firstIndex(where: { !$0.isNumber }),
          result[index] == "." || result[index] == ")"
        {
          result.insert("\\", at: index)
        }
      } else {
        result = "\\" + result
      }
    }
    return result
  }

  /// A fence longer than any run of `character` in `text`.
  static func fence(for text: String, character: Character, minimum: Int = 3) -> String {
    var longest = 0
    var run = 0
    for current in text {
      run = current == character ? run + 1 : 0
      longest = max(longest, run)
    }
    return String(repeating: character, count: max(minimum, longest + 1))
  }
}

extension String {
  fileprivate var replacingPipes: String { replacing("|", with: "\\|") }
}

/// Blocks written one after another so that each stays itself: two lists in a
/// row alternate their markers (`-` and `*`, `.` and `)`), or cmark would
/// read one list, and an indented code block after a list is fenced, or it
/// would become part of the list's last item.
struct BlockSequence {
  let renderer: MarkdownRenderer
  private var previous: Block?
  private var previousTookOtherMarker = false

  init(renderer: MarkdownRenderer) { self.renderer = renderer }

  /// `block` as Markdown, after the blocks given before it.
  mutating func next(_ block: Block) -> String {
    var otherMarker = false
    var afterList = false
    if case .list(let before)? = previous?.kind {
      afterList = true
      if case .list(let list) = block.kind, list.isOrdered == before.isOrdered {
        otherMarker = !previousTookOtherMarker
      }
    }
    previous = block
    previousTookOtherMarker = otherMarker
    return renderer.block(block, otherMarker: otherMarker, fencesCode: afterList)
  }
}
