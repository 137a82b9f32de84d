public import Expressions
public import Lessons

/// Evaluates an expression written in a lesson's prose or exercises, where
/// every chain names its demo (`lake.v(start)`), against the demos' results.
/// It reads results already computed; it never trains.
public struct LessonEvaluator: Sendable {
  /// What became of an expression.
  public enum Evaluation: Sendable {
    /// Its value.
    case value(ExpressionValue)
    /// A demo it reads has not run yet.
    case pending
    /// It names a demo that is not there, or one that could not run.
    case unavailable(String)
    /// It does not evaluate on the results.
    case failed(ExpressionError)
  }

  /// The lesson whose demos are read.
  public let lesson: Lesson
  /// Each demo's result, by index; `nil` or missing for one not run yet.
  public let results: [DemoResult?]

  /// An evaluator of `lesson`'s demos' `results`.
  public init(lesson: Lesson, results: [DemoResult?]) {
    self.lesson = lesson
    self.results = results
  }

  /// What `expression` computes from the results.
  public func evaluate(_ expression: Expression) -> Evaluation {
    var demos: [String: DemoValues] = [:]
    for head in expression.chainHeads where head.isFollowed {
      guard let index = lesson.demoIndex(named: head.name) else {
        return .unavailable("no demo `\(head.name)`")
      }
      guard results.indices.contains(index), let result = results[index] else { return .pending }
      guard result.didRun else { return .unavailable("the demo `\(head.name)` did not run") }
      demos[head.name] = result.values
    }
    do throws(ExpressionError) {
      return .value(try ExpressionEvaluator(demos: demos).evaluate(expression))
    } catch {
      return .failed(error)
    }
  }

  /// The demos (by index) `expression` reads, in order.
  public func demos(readBy expression: Expression) -> [Int] {
    var found: [Int] = []
    for head in expression.chainHeads where head.isFollowed {
      if let index = lesson.demoIndex(named: head.name), !found.contains(index) {
        found.append(index)
      }
    }
    return found
  }
}
