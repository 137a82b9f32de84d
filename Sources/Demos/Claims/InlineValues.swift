import Expressions
public import Lessons
import MarkdownSyntax

/// A lesson's inline values, `` `{rl} lake.v(start):.2f` ``, filled in from its
/// demos' results: a value when its demos have run, `…` while one has not, `?`
/// (and an error at the expression) when it cannot be computed.
///
/// Filling reads results already computed; it never trains.
public struct InlineValues: Sendable {
  /// The lesson whose values are filled.
  public let lesson: Lesson
  private let results: [DemoResult?]
  /// How serious a value the results cannot give is: an error of the lesson,
  /// or a warning when the demos ran with the reader's settings (`--set`,
  /// `--seed`), under which the lesson's words may no longer apply.
  public var problemSeverity = Diagnostic.Severity.error

  /// The values of `lesson` from `results`, by demo index; a missing or `nil`
  /// result is a demo not run yet.
  public init(lesson: Lesson, results: [DemoResult?]) {
    self.lesson = lesson
    self.results = results
  }

  /// The lesson with every inline value filled in, the problems found evaluating
  /// them added to its diagnostics.
  public var filledLesson: Lesson { filled().lesson }

  /// The problems found evaluating the inline values (those that read but cannot
  /// be computed from the results).
  public var problems: [Diagnostic] { filled().problems }

  private func filled() -> (lesson: Lesson, problems: [Diagnostic]) {
    var filled = lesson
    var problems: [Diagnostic] = []
    filled.sections = lesson.sections.map { filling($0, problems: &problems) }
    filled.diagnostics = (lesson.diagnostics + problems).sortedByLocation
    return (filled, problems)
  }

  /// `section` with its inline values filled in.
  public func filling(_ section: Section) -> Section {
    var ignored: [Diagnostic] = []
    return filling(section, problems: &ignored)
  }

  /// The demos (by index) whose results `section`'s inline values quote, in order.
  public func demosQuoted(by section: Section) -> [Int] {
    var quoted: [Int] = []
    _ = mappingComputed(in: section) { value, _ in
      for demo in demos(quotedBy: value) where !quoted.contains(demo) { quoted.append(demo) }
      return value
    }
    return quoted
  }

  private func filling(_ section: Section, problems: inout [Diagnostic]) -> Section {
    mappingComputed(in: section) { value, range in
      var filled = value
      filled.shown = shown(value, at: range, problems: &problems)
      return filled
    }
  }

  /// `section` with `transform` applied to each inline value in its heading,
  /// prose and exercises.
  private func mappingComputed(
    in section: Section, _ transform: (ComputedValue, SourceRange?) -> ComputedValue
  ) -> Section {
    withoutActuallyEscaping(transform) { transform in
      let mapping = { (inline: Inline) -> Inline in
        guard case .computed(let value) = inline.kind else { return inline }
        var result = inline
        result.kind = .computed(transform(value, inline.range))
        return result
      }
      var mapped = section
      mapped.heading?.content = section.heading?.content.mappingInlines(mapping) ?? []
      mapped.blocks = section.blocks.map { block in
        switch block {
        case .markdown(let markdown): .markdown(markdown.mappingInlines(mapping))
        case .exercise(let exercise):
          .exercise(exercise.mappingTexts { $0.mappingInlines(mapping) })
        case .demo: block
        }
      }
      return mapped
    }
  }

  private func demos(quotedBy value: ComputedValue) -> [Int] {
    guard let parsed = try? InlineExpression(parsing: value.source) else { return [] }
    return LessonEvaluator(lesson: lesson, results: results).demos(readBy: parsed.expression)
  }

  private func shown(_ value: ComputedValue, at range: SourceRange?, problems: inout [Diagnostic])
    -> ComputedValue.Shown
  {
    // A value that does not read was reported when the lesson was parsed.
    guard let parsed = try? InlineExpression(parsing: value.source) else {
      return .unavailable(reason: "the expression does not read")
    }
    let fallback = range ?? SourceRange(line: 1, column: 1, length: 1)
    switch LessonEvaluator(lesson: lesson, results: results).evaluate(parsed.expression) {
    case .pending: return .pending
    case .unavailable(let reason): return .unavailable(reason: reason)
    case .value(let computed):
      do throws(ExpressionError) {
        return .value(
          try Self.text(of: computed, format: parsed.format, span: parsed.expression.span))
      } catch {
        return failure(error)
      }
    case .failed(let error): return failure(error)
    }
    func failure(_ error: ExpressionError) -> ComputedValue.Shown {
      problems.append(
        Diagnostic(
          problemSeverity, error.message, hint: error.hint,
          at: value.range(of: error.span) ?? fallback))
      return .unavailable(reason: error.message)
    }
  }

  /// How prose writes a value: numbers in the format, sets as `left and right`.
  static func text(of value: ExpressionValue, format: ValueFormat, span: Range<Int>)
    throws(ExpressionError) -> String
  {
    func number(_ number: Double) -> String {
      format.write(number) ?? ExpressionValue.write(number)
    }
    switch value {
    case .number(let value): return number(value)
    case .boolean, .name: return value.text
    case .names(let names):
      let sorted = names.sorted()
      guard sorted.count > 1 else { return sorted.first ?? "nothing" }
      return sorted.dropLast().joined(separator: ", ") + " and " + sorted.last!
    case .row(let labels, let values):
      return zip(labels, values).map { "\($0) \(number($1))" }.joined(separator: ", ")
    case .series(let values):
      throw ExpressionError(
        "a series of \(values.count) values cannot be written in a sentence",
        hint: "take one number of it: `.mean`, `.max`, `.final`, `.last(100).mean`", at: span)
    }
  }
}
