import Lessons
import MarkdownSyntax

/// Each demo's result, found by its block.
struct DemoResults {
  private var byLine: [Int: DemoResult] = [:]
  /// The path of the lesson the results are of (for how to answer its exercises).
  private(set) var lessonPath = ""

  /// No results.
  init() {}

  /// Pairs a lesson's demos, in order, with their results.
  init(lesson: Lesson, results: [DemoResult]) {
    lessonPath = lesson.path
    for (spec, result) in zip(lesson.demos, results) { byLine[spec.range.start.line] = result }
  }

  /// Pairs a lesson's demos, in order, with the results of those that ran.
  init(lesson: Lesson, optionalResults: [DemoResult?]) {
    lessonPath = lesson.path
    for (spec, result) in zip(lesson.demos, optionalResults) {
      if let result { byLine[spec.range.start.line] = result }
    }
  }

  /// The result of a demo, if it ran.
  subscript(spec: DemoSpec) -> DemoResult? { byLine[spec.range.start.line] }
}
