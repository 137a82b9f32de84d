public import Lessons
import MarkdownSyntax

/// Dumps a lesson's model as JSON, with source locations, for tools and tests.
///
/// Every node has a `type`; located nodes have a `range` with 1-based lines and
/// UTF-8 byte columns (the end is exclusive). Output is deterministic.
public struct JSONRenderer: Sendable {
  /// Whether nodes carry their source ranges (off to compare two parses by shape).
  public var includesRanges: Bool

  /// Creates a renderer.
  public init(includesRanges: Bool = true) {
    self.includesRanges = includesRanges
  }

  /// The lesson as JSON text, ending with a newline.
  ///
  /// `results` holds each demo's result, in the lesson's order; each demo with
  /// one gets a `result` member with its outputs at full precision.
  public func render(_ lesson: Lesson, results: [DemoResult] = []) -> String {
    value(of: lesson, results: DemoResults(lesson: lesson, results: results)).serialized() + "\n"
  }

  func value(of lesson: Lesson, results: DemoResults = DemoResults()) -> JSONValue {
    .object([
      ("path", .string(lesson.path)),
      ("title", .string(lesson.title)),
      ("frontMatter", value(of: lesson.frontMatter)),
      ("sections", .array(lesson.sections.map { value(of: $0, results: results) })),
      ("diagnostics", .array(lesson.diagnostics.map(value(of:)))),
    ])
  }

  private func value(of frontMatter: FrontMatter) -> JSONValue {
    .object([
      ("title", frontMatter.title.map(JSONValue.string) ?? .null),
      ("order", frontMatter.order.map(JSONValue.int) ?? .null),
      ("description", frontMatter.description.map(JSONValue.string) ?? .null),
      ("tags", .array(frontMatter.tags.map(JSONValue.string))),
      ("aliases", .array(frontMatter.aliases.map(JSONValue.string))),
      ("slug", frontMatter.slug.map(JSONValue.string) ?? .null),
      ("date", frontMatter.date.map(JSONValue.string) ?? .null),
      ("image", frontMatter.image.map(JSONValue.string) ?? .null),
      ("fields", .array(frontMatter.fields.map(value(of:)))),
      ("range", value(of: frontMatter.range)),
    ])
  }

  private func value(of section: Section, results: DemoResults) -> JSONValue {
    let heading: JSONValue =
      section.heading.map { heading in
        .object([
          ("level", .int(heading.level)),
          ("anchor", .string(heading.anchor)),
          ("content", inlines(heading.content)),
          ("range", value(of: heading.range)),
        ])
      } ?? .null
    let blocks = section.blocks.map { block -> JSONValue in
      switch block {
      case .markdown(let block): value(of: block)
      case .demo(let spec): value(of: spec, result: results[spec])
      case .exercise(let exercise): value(of: exercise)
      }
    }
    return .object([("heading", heading), ("blocks", .array(blocks))])
  }

  private func value(of exercise: Exercise) -> JSONValue {
    let kind: String
    var members: [(String, JSONValue)] = []
    switch exercise.kind {
    case .number: kind = "number"
    case .choice(let choice):
      kind = "choice"
      members.append(("choices", .array(choice.choices.map { .string($0.text) })))
    case .tuning(let tuning):
      kind = "tuning"
      members.append(("try", .string(tuning.demo)))
      members.append(("set", .array(tuning.knobs.map { .string($0.name) })))
    case nil: kind = "invalid"
    }
    return .object(
      [
        ("type", .string("exercise")), ("id", .string(exercise.id)), ("kind", .string(kind)),
        ("ask", .array(exercise.ask.map(value(of:)))),
        ("hints", .int(exercise.hints.count)),
        ("range", value(of: exercise.range)),
        ("problems", .array(exercise.problems.map(value(of:)))),
      ] + members)
  }

  private func value(of spec: DemoSpec, result: DemoResult?) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("type", .string("demo")),
      ("range", value(of: spec.range)),
      ("entries", .array(spec.entries.map(value(of:)))),
      ("problems", .array(spec.problems.map(value(of:)))),
    ]
    if let result {
      members.append(
        (
          "result",
          .object([
            ("outputs", .array(result.outputs.map(OutputJSON.value(of:)))),
            ("provenance", result.provenance.map(OutputJSON.value(of:)) ?? .null),
            ("diagnostics", .array(result.diagnostics.map(value(of:)))),
          ])
        ))
    }
    return .object(members)
  }

  private func value(of entry: YAMLEntry) -> JSONValue {
    .object([
      ("key", .string(entry.key)),
      ("keyRange", value(of: entry.keyRange)),
      ("value", value(of: entry.value)),
    ])
  }

  private func value(of yaml: YAMLValue) -> JSONValue {
    let range = ("range", value(of: yaml.range))
    switch yaml.kind {
    case .scalar(let text, let isQuoted):
      return .object([
        ("type", .string("scalar")), ("text", .string(text)), ("quoted", .bool(isQuoted)), range,
      ])
    case .null:
      return .object([("type", .string("null")), range])
    case .list(let items):
      return .object([("type", .string("list")), ("items", .array(items.map(value(of:)))), range])
    case .map(let entries):
      return .object([
        ("type", .string("map")), ("entries", .array(entries.map(value(of:)))), range,
      ])
    }
  }

  func value(of diagnostic: Diagnostic) -> JSONValue {
    .object([
      ("severity", .string(diagnostic.severity.rawValue)),
      ("message", .string(diagnostic.message)),
      ("hint", diagnostic.hint.map(JSONValue.string) ?? .null),
      ("range", value(of: diagnostic.range)),
    ])
  }

  private func value(of range: SourceRange?) -> JSONValue {
    guard let range, includesRanges else { return .null }
    return .object([
      ("startLine", .int(range.start.line)), ("startColumn", .int(range.start.column)),
      ("endLine", .int(range.end.line)), ("endColumn", .int(range.end.column)),
    ])
  }

  private func node(_ type: String, _ range: SourceRange?, _ members: [(String, JSONValue)])
    -> JSONValue
  {
    .object([("type", .string(type))] + members + [("range", value(of: range))])
  }

  private func blocks(_ blocks: [Block]) -> JSONValue { .array(blocks.map(value(of:))) }

  private func value(of block: Block) -> JSONValue {
    let range = block.range
    switch block.kind {
    case .paragraph(let content):
      return node("paragraph", range, [("content", inlines(content))])
    case .heading(let level, let content):
      return node("heading", range, [("level", .int(level)), ("content", inlines(content))])
    case .blockQuote(let content):
      return node("blockQuote", range, [("content", blocks(content))])
    case .callout(let callout):
      return node(
        "callout", range,
        [
          ("kind", .string(callout.kind)), ("foldable", .bool(callout.isFoldable)),
          ("title", inlines(callout.title)), ("content", blocks(callout.content)),
        ])
    case .list(let list):
      let items = list.items.map { item in
        JSONValue.object([
          ("checkbox", item.checkbox.map(JSONValue.bool) ?? .null),
          ("content", blocks(item.content)), ("range", value(of: item.range)),
        ])
      }
      return node(
        "list", range,
        [
          ("ordered", .bool(list.isOrdered)), ("start", .int(list.start)),
          ("tight", .bool(list.isTight)), ("items", .array(items)),
        ])
    case .codeBlock(let code):
      return node(
        "codeBlock", range,
        [
          ("info", .string(code.info)), ("code", .string(code.code)),
          ("fenced", .bool(code.isFenced)),
        ])
    case .html(let html):
      return node("html", range, [("html", .string(html))])
    case .thematicBreak:
      return node("thematicBreak", range, [])
    case .table(let table):
      let cells = { (row: [TableCell]) -> JSONValue in
        .array(
          row.map { .object([("content", inlines($0.content)), ("range", value(of: $0.range))]) })
      }
      return node(
        "table", range,
        [
          ("alignments", .array(table.alignments.map { .string($0.rawValue) })),
          ("header", cells(table.header)), ("rows", .array(table.rows.map(cells))),
        ])
    case .displayMath(let tex):
      return node("displayMath", range, [("tex", .string(tex))])
    }
  }

  private func inlines(_ content: [Inline]) -> JSONValue { .array(content.map(value(of:))) }

  private func value(of inline: Inline) -> JSONValue {
    let range = inline.range
    switch inline.kind {
    case .text(let text): return node("text", range, [("text", .string(text))])
    case .softBreak: return node("softBreak", range, [])
    case .lineBreak: return node("lineBreak", range, [])
    case .code(let code): return node("code", range, [("code", .string(code))])
    case .emphasis(let content): return node("emphasis", range, [("content", inlines(content))])
    case .strong(let content): return node("strong", range, [("content", inlines(content))])
    case .strikethrough(let content):
      return node("strikethrough", range, [("content", inlines(content))])
    case .link(let link):
      return node(
        "link", range,
        [
          ("destination", .string(link.destination)), ("title", .string(link.title)),
          ("content", inlines(link.content)),
        ])
    case .image(let image):
      return node(
        "image", range,
        [
          ("source", .string(image.source)), ("title", .string(image.title)),
          ("alt", inlines(image.alt)),
        ])
    case .html(let html): return node("html", range, [("html", .string(html))])
    case .math(let tex): return node("math", range, [("tex", .string(tex))])
    case .displayMath(let tex): return node("displayMath", range, [("tex", .string(tex))])
    case .computed(let computed):
      var fields: [(String, JSONValue)] = [("expression", .string(computed.source))]
      switch computed.shown {
      case .value(let text): fields.append(("value", .string(text)))
      case .pending: fields.append(("value", .null))
      case .unavailable(let reason):
        fields += [("value", .null), ("problem", .string(reason))]
      }
      return node("value", range, fields)
    case .embed(let embed):
      return node(
        "embed", range, [("target", .string(embed.target)), ("label", .string(embed.label))])
    }
  }
}
