public import Lessons
public import MarkdownSyntax
import TeXMath
public import TerminalUI

/// Renders a lesson as text for a terminal or a pipe.
///
/// Headings, emphasis, lists, quotes, callouts (boxed, with an icon), code,
/// tables (box drawing, aligned, wrapped to the width), links with their
/// URLs, images as `[image: alt]`, math as Unicode. Escape codes appear only
/// when `colors` is on; the same lesson and width always give the same text.
public struct TerminalRenderer: Sendable {
  /// The width to wrap to, in columns.
  public var width: Int
  /// Whether to write colour and style escape codes.
  public var colors: Bool
  /// How far a learner has got with each exercise, by id, in an interactive
  /// front end (`step`); an exercise without one shows how to answer it.
  public var exerciseDisplays: [String: ExerciseDisplay] = [:]
  /// Demos (by the line of their block) whose output waits for an exercise
  /// that predicts it to be answered, each with the exercise's id.
  public var withheldDemos: [Int: String] = [:]
  /// Whether each demo's block is folded to one line (`mario · q-learning · 3000
  /// episodes`), as a slide shows it; `foldedHint` follows it (the key that unfolds).
  public var foldsDemoSpecs = false
  /// What follows a folded block's line.
  public var foldedHint = ""
  /// How many rows a chart's plot takes: a front end sizes charts to its screen.
  public var chartRows = TextChart.defaultRows

  private let inlines = InlineStyler()

  /// Creates a renderer for a width (at least 20 columns) and colour setting.
  public init(width: Int = 80, colors: Bool = false) {
    self.width = max(width, 20)
    self.colors = colors
  }

  /// The whole lesson: a title block (title and description), then every section.
  ///
  /// When the lesson opens with a level-1 heading that is its title, that
  /// heading is the title block's.
  ///
  /// `results` holds each demo's result, in the lesson's order; a demo without
  /// one is shown as its block only.
  public func render(_ lesson: Lesson, results: [DemoResult] = []) -> String {
    let results = DemoResults(lesson: lesson, results: results)
    var sections = lesson.sections
    var lines: [StyledText] = []
    if let first = sections.first?.heading, first.level == 1,
      first.content.plainText == lesson.title
    {
      lines += headingLines(inlines.styled(first.content), level: 1)
      sections[0].heading = nil
    } else {
      lines += headingLines(StyledText(lesson.title), level: 1)
    }
    if let description = lesson.frontMatter.description, !description.isEmpty {
      lines += StyledText(description, style: TextStyle(italic: true)).wrapped(width: width)
      lines.append(StyledText())
    }
    for section in sections { lines += sectionLines(section, results: results) }
    while lines.last?.runs.isEmpty == true { lines.removeLast() }
    return lines.map { $0.rendered(colors: colors) }.joined(separator: "\n") + "\n"
  }

  /// Markdown blocks on their own (an exercise's explanation), as text.
  public func render(_ blocks: [Block]) -> String {
    var lines: [StyledText] = []
    for (index, block) in blocks.enumerated() {
      if index > 0 { lines.append(StyledText()) }
      lines += blockLines(block, width: width)
    }
    return lines.map { $0.rendered(colors: colors) }.joined(separator: "\n") + "\n"
  }

  /// One section's lines, for front ends that show a lesson a section at a time.
  ///
  /// `results` holds each demo's result in the lesson's order, `nil` for a demo
  /// not run (yet): it is shown as its block only.
  public func sectionLines(_ section: Section, of lesson: Lesson, results: [DemoResult?])
    -> [StyledText]
  {
    var lines = sectionLines(
      section, results: DemoResults(lesson: lesson, optionalResults: results))
    while lines.last?.runs.isEmpty == true { lines.removeLast() }
    return lines
  }

  /// Where in ``sectionLines(_:of:results:)`` each shown demo's output begins, by
  /// the demo's index in the lesson: a front end scrolls there after a retrain.
  public func outputStarts(_ section: Section, of lesson: Lesson, results: [DemoResult?])
    -> [Int: Int]
  {
    var starts: [Int: Int] = [:]
    _ = sectionLines(
      section, results: DemoResults(lesson: lesson, optionalResults: results),
      outputStarts: &starts)
    return starts.reduce(into: [:]) { found, start in
      if let demo = lesson.demos.firstIndex(where: { $0.range.start.line == start.key }) {
        found[demo] = start.value
      }
    }
  }

  func sectionLines(_ section: Section, results: DemoResults) -> [StyledText] {
    var starts: [Int: Int] = [:]
    return sectionLines(section, results: results, outputStarts: &starts)
  }

  /// A section's lines; `outputStarts` gets the line where each demo's output
  /// begins, by the demo's first source line.
  private func sectionLines(
    _ section: Section, results: DemoResults, outputStarts: inout [Int: Int]
  ) -> [StyledText] {
    var lines: [StyledText] = []
    if let heading = section.heading {
      lines += headingLines(inlines.styled(heading.content), level: heading.level)
    }
    for block in section.blocks {
      switch block {
      case .markdown(let block):
        let drawn = blockLines(block, width: width)
        if drawn.isEmpty { continue }
        lines += drawn
      case .demo(let spec):
        lines += demoLines(spec, result: results[spec])
        outputStarts[spec.range.start.line] = lines.count
        if let exercise = withheldDemos[spec.range.start.line] {
          lines += StyledText(
            "Its output shows once you have answered the exercise \(exercise) (or given up).",
            style: TextStyle(dim: true)
          ).wrapped(width: width)
        } else if let result = results[spec] {
          lines += resultLines(result)
        }
      case .exercise(let exercise):
        lines += exerciseLines(exercise, lessonPath: results.lessonPath)
      }
      lines.append(StyledText())
    }
    return lines
  }

  private func headingLines(_ text: StyledText, level: Int) -> [StyledText] {
    switch level {
    case 1:
      let title = text.styled(TextStyle(bold: true, color: .cyan))
      let wrapped = title.wrapped(width: width)
      let rule = min(wrapped.map(\.width).max() ?? 0, width)
      return wrapped + [
        StyledText(String(repeating: "═", count: rule), style: TextStyle(color: .cyan)),
        StyledText(),
      ]
    case 2:
      let wrapped = text.styled(TextStyle(bold: true)).wrapped(width: width)
      let rule = min(wrapped.map(\.width).max() ?? 0, width)
      return wrapped + [
        StyledText(String(repeating: "─", count: rule), style: TextStyle(dim: true)), StyledText(),
      ]
    default:
      var marked = StyledText(
        String(repeating: "#", count: level) + " ", style: TextStyle(dim: true))
      marked.append(text.styled(TextStyle(bold: true)))
      return marked.wrapped(width: width) + [StyledText()]
    }
  }

  /// The narrowest a nested block is drawn: past it, quotes, callouts and lists
  /// nested deeper draw no more bars, frames or indentation.
  static let narrowestNesting = 10

  /// A Markdown block's lines within `width` columns.
  func blockLines(_ block: Block, width: Int) -> [StyledText] {
    let width = max(width, 1)
    switch block.kind {
    case .paragraph(let content):
      return inlines.styled(content).wrapped(width: width)
    case .heading(let level, let content):
      var marked = StyledText(
        String(repeating: "#", count: level) + " ", style: TextStyle(dim: true))
      marked.append(inlines.styled(content).styled(TextStyle(bold: true)))
      return marked.wrapped(width: width)
    case .blockQuote(let content):
      if width - 2 < Self.narrowestNesting { return childLines(content, width: width) }
      return prefixed(
        childLines(content, width: width - 2), first: "│ ", rest: "│ ", style: TextStyle(dim: true))
    case .callout(let callout):
      return calloutLines(callout, width: width)
    case .list(let list):
      return listLines(list, width: width)
    case .codeBlock(let code):
      return codeLines(code, width: width)
    case .html(let html):
      // Comments (speaker notes among them) are for the author, as in any rendered Markdown.
      let trimmed = html.trimmingCharacters(in: "\n")
      if trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->") { return [] }
      return StyledText(
        InlineStyler.sanitized(html.trimmingCharacters(in: "\n")), style: TextStyle(dim: true)
      ).wrapped(width: width)
    case .thematicBreak:
      return [StyledText(String(repeating: "─", count: width), style: TextStyle(dim: true))]
    case .table(let table):
      let layout = TableLayout(
        header: table.header.map { inlines.styled($0.content) },
        rows: table.rows.map { $0.map { inlines.styled($0.content) } },
        alignments: table.alignments)
      return layout.lines(width: width)
    case .displayMath(let tex):
      let laidOut = MathLayout.lines(tex, width: width - 4)?.map {
        StyledText($0, style: InlineStyler.math)
      }
      return prefixed(
        laidOut
          ?? StyledText(UnicodeMath.render(tex), style: InlineStyler.math).wrapped(width: width - 4),
        first: "    ", rest: "    ", style: .plain)
    }
  }

  private func childLines(_ blocks: [Block], width: Int) -> [StyledText] {
    var lines: [StyledText] = []
    for (index, block) in blocks.enumerated() {
      if index > 0 { lines.append(StyledText()) }
      lines += blockLines(block, width: width)
    }
    return lines
  }

  private func prefixed(_ lines: [StyledText], first: String, rest: String, style: TextStyle)
    -> [StyledText]
  {
    lines.enumerated().map { index, line in
      var prefix = index == 0 ? first : rest
      if line.runs.isEmpty {
        while prefix.last == " " { prefix.removeLast() }
      }
      var result = StyledText(prefix, style: style)
      result.append(line)
      return result
    }
  }

  private func listLines(_ list: ListBlock, width: Int) -> [StyledText] {
    var lines: [StyledText] = []
    let lastNumber = list.start + list.items.count - 1
    let markerWidth = list.isOrdered ? String(lastNumber).count + 2 : 2
    let indents = width - markerWidth >= Self.narrowestNesting
    for (index, item) in list.items.enumerated() {
      var marker = list.isOrdered ? "\(list.start + index)." : "•"
      if let checked = item.checkbox { marker = checked ? "☑" : "☐" }
      marker += String(repeating: " ", count: max(markerWidth - DisplayWidth.of(marker), 1))
      var itemLines: [StyledText] = []
      for (blockIndex, block) in item.content.enumerated() {
        if blockIndex > 0, !list.isTight { itemLines.append(StyledText()) }
        itemLines += blockLines(block, width: indents ? width - markerWidth : width)
      }
      if itemLines.isEmpty { itemLines = [StyledText()] }
      if !indents {
        lines += [StyledText(marker)] + itemLines
        continue
      }
      lines += prefixed(
        itemLines, first: marker, rest: String(repeating: " ", count: markerWidth), style: .plain)
      if !list.isTight, index < list.items.count - 1 { lines.append(StyledText()) }
    }
    return lines
  }

  private func calloutLines(_ callout: Callout, width: Int) -> [StyledText] {
    let look = CalloutStyle(kind: callout.kind)
    let frame = TextStyle(color: look.color)
    let boxed = width - 4 >= Self.narrowestNesting
    let inner = boxed ? width - 4 : width
    var title = StyledText("\(look.icon) ", style: frame)
    title.append(callout.title.isEmpty ? StyledText(look.label) : inlines.styled(callout.title))
    var body = title.styled(TextStyle(bold: true)).wrapped(width: inner)
    if !callout.content.isEmpty {
      body.append(StyledText())
      body += childLines(callout.content, width: inner)
    }
    guard boxed else { return body }
    let boxWidth = min(max(body.map(\.width).max() ?? 0, 1), inner)
    var lines = [StyledText("╭" + String(repeating: "─", count: boxWidth + 2) + "╮", style: frame)]
    for line in body {
      var row = StyledText("│ ", style: frame)
      row.append(line)
      row.append(String(repeating: " ", count: max(boxWidth - line.width, 0)))
      row.append(" │", style: frame)
      lines.append(row)
    }
    lines.append(StyledText("╰" + String(repeating: "─", count: boxWidth + 2) + "╯", style: frame))
    return lines
  }

  private func codeLines(_ code: CodeBlock, width: Int) -> [StyledText] {
    let bar = TextStyle(dim: true)
    var lines: [StyledText] = []
    if !code.language.isEmpty {
      lines.append(StyledText("  ┌ " + code.language, style: bar))
    }
    var body = code.code
    if body.hasSuffix("\n") { body.removeLast() }
    for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
      for piece in StyledText(InlineStyler.sanitized(String(line)), style: InlineStyler.code)
        .cut(width: width - 4)
      {
        var row = StyledText("  │ ", style: bar)
        row.append(piece)
        lines.append(row)
      }
    }
    return lines
  }

  /// An `rl` block: its spec in a frame, and its problems where its output will be.
  private func demoLines(_ spec: DemoSpec, result: DemoResult?) -> [StyledText] {
    let frame = TextStyle(color: .magenta)
    if foldsDemoSpecs, spec.problems.isEmpty {
      var line = StyledText("▸ rl demo: ", style: frame)
      line.append(
        InlineStyler.sanitized(spec.summary(inEffect: result?.provenance)),
        style: TextStyle(bold: true))
      if !foldedHint.isEmpty { line.append(" (\(foldedHint))", style: TextStyle(dim: true)) }
      return line.wrapped(width: width)
    }
    var lines = [StyledText("╭─ rl demo", style: frame)]
    var body = spec.shownSource(inEffect: result?.provenance)
    if body.hasSuffix("\n") { body.removeLast() }
    for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
      // YAML's indentation is meaning (a block of map rows, nested lists): keep it.
      let indent = String(line.prefix { $0 == " " }.prefix(max(0, width / 2)))
      let text = InlineStyler.sanitized(String(line.dropFirst(indent.count)))
      for piece in StyledText(text).wrapped(width: max(1, width - 2 - indent.count)) {
        var row = StyledText("│ " + indent, style: frame)
        row.append(piece)
        lines.append(row)
      }
    }
    for problem in spec.problems {
      let location = problem.range.map { "\($0.start): " } ?? ""
      let text = StyledText(
        "\(location)\(problem.severity.rawValue): \(problem.message)",
        style: TextStyle(color: problem.severity == .error ? .red : .yellow))
      for piece in text.wrapped(width: width - 2) {
        var row = StyledText("│ ", style: frame)
        row.append(piece)
        lines.append(row)
      }
    }
    lines.append(StyledText("╰─", style: frame))
    return lines
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: Character) -> String {
    var text = Substring(self)
    while text.first == set { text = text.dropFirst() }
    while text.last == set { text = text.dropLast() }
    return String(text)
  }
}
