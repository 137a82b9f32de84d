import Expressions
import MarkdownSyntax

/// Finds inline values in a lesson's prose, `` `{rl} lake.v(start):.2f` ``, and
/// checks what can be checked before any demo runs: that each reads, and that it
/// names demos the lesson has. A code span that does not start with exactly
/// `{rl} `, and any fenced or indented code, stays literal text.
struct InlineValueReader {
  /// The lesson file's lines, to locate each value; `nil` for text whose
  /// place in the file is not known line by line (an exercise's `ask:`).
  let lines: LineIndex?

  /// `block` with its inline values as ``Inline/Kind/computed(_:)``.
  func marking(_ block: Block) -> Block {
    block.mappingInlines { inline in
      guard case .code(let code) = inline.kind, code.hasPrefix(ComputedValue.marker) else {
        return inline
      }
      var marked = inline
      let source = String(code.dropFirst(ComputedValue.marker.count))
      marked.kind = .computed(
        ComputedValue(source: source, sourceStart: start(of: inline)))
      return marked
    }
  }

  /// Where the text after the marker starts: past the backticks, a space cmark
  /// strips, and `{rl} `.
  private func start(of inline: Inline) -> SourceLocation? {
    guard let lines, let range = inline.range else { return nil }
    var offset = lines.offset(of: range.start)
    let end = lines.offset(of: range.end)
    while offset < end, lines.bytes[offset] == UInt8(ascii: "`") { offset += 1 }
    while offset < end, lines.bytes[offset] != UInt8(ascii: "{") { offset += 1 }
    return lines.location(ofOffset: min(offset + ComputedValue.marker.utf8.count, end))
  }

  /// The problems of every inline value in `lesson`: an expression that does not
  /// read, a demo it names that the lesson does not have, a built-in used
  /// without naming its demo.
  static func problems(in lesson: Lesson) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    for section in lesson.sections {
      for block in section.blocks {
        switch block {
        case .markdown(let block):
          block.forEachInline { inline in
            guard case .computed(let value) = inline.kind else { return }
            problems += Self.problems(of: value, in: lesson, fallback: inline.range)
          }
        case .exercise(let exercise):
          for text in exercise.texts {
            text.forEachInline { inline in
              guard case .computed(let value) = inline.kind else { return }
              problems += Self.problems(of: value, in: lesson, fallback: exercise.range)
            }
          }
        case .demo: continue
        }
      }
    }
    return problems
  }

  private static func problems(of value: ComputedValue, in lesson: Lesson, fallback: SourceRange?)
    -> [Diagnostic]
  {
    let whole = SourceRange(line: 1, column: 1, length: 1)
    func at(_ span: Range<Int>) -> SourceRange { value.range(of: span) ?? fallback ?? whole }
    let parsed: InlineExpression
    do throws(ExpressionError) {
      parsed = try InlineExpression(parsing: value.source)
    } catch {
      return [.error(error.message, hint: error.hint, at: at(error.span))]
    }
    let ids = lesson.demoNames
    let known =
      ids.isEmpty ? "this lesson has no demos" : "its demos are " + ids.joined(separator: ", ")
    var problems: [Diagnostic] = []
    for head in parsed.expression.chainHeads {
      let isDemo = lesson.demoIndex(named: head.name) != nil
      let isBuiltIn = Vocabulary.builtIns.contains(head.name)
      switch (head.isFollowed, isDemo) {
      case (true, true): continue
      case (false, false) where !isBuiltIn: continue
      case (false, true):
        problems.append(
          .error(
            "`\(head.name)` is a demo, not a value",
            hint: "name one of its values: `\(head.name).v(start)`",
            at: at(head.span)))
      case (_, false) where isBuiltIn:
        let example = ids.first ?? "lake"
        problems.append(
          .error(
            "in prose, say which demo `\(head.name)` is read from",
            hint: "write `\(example).\(head.name)…`; " + known,
            at: at(head.span)))
      default:
        problems.append(
          .error("this lesson has no demo `\(head.name)`", hint: known, at: at(head.span)))
      }
    }
    return problems
  }
}

extension Lesson {
  /// How expressions name the lesson's demos: each by its id, or `demo1`, `demo2`, …
  var demoNames: [String] {
    demos.enumerated().map { index, spec in spec.id ?? "demo\(index + 1)" }
  }
}
