import Expressions
public import Lessons
import MarkdownSyntax

/// The right answers of a lesson's numeric and choice exercises, computed from
/// its demos' results: the number an `answer:` expression gives, the choices a
/// `correct:` expression names.
public enum ExerciseKeys {
  /// Why an exercise has no key.
  public struct Problem: Error, Sendable {
    /// What is wrong, for the learner or the author.
    public var diagnostic: Diagnostic
    /// Whether it is only that a demo has not run yet.
    public var isPending: Bool
  }

  /// The key of `exercise` from `results`; `nil` for a tuning, which has none.
  public static func key(of exercise: Exercise, in lesson: Lesson, results: [DemoResult?])
    throws(Problem) -> AnswerKey?
  {
    let evaluator = LessonEvaluator(lesson: lesson, results: results)
    switch exercise.kind {
    case .number(let numeric):
      let answer = try number(numeric.answer, evaluator: evaluator)
      let mistakes = try numeric.mistakes.map { mistake throws(Problem) in
        AnswerKey.ComputedMistake(
          value: try number(mistake.value, evaluator: evaluator), feedback: mistake.feedback)
      }
      return .number(
        answer, allowance: numeric.tolerance.allowance(around: answer), mistakes: mistakes)
    case .choice(let choice):
      switch choice.correct {
      case .listed(let positions): return .choices(positions)
      case .computed(let expression):
        let names: [String]
        switch try value(expression, evaluator: evaluator) {
        case .name(let name): names = [name]
        case .names(let set): names = set.sorted()
        case let other:
          throw problem(
            "`correct` computes \(other.kind), and must name choices",
            hint: "for example `argmax lake.q(start)`, with choices named as its actions",
            at: expression.wholeRange)
        }
        let texts = choice.choices.map(\.text)
        if let stray = names.first(where: { !texts.contains($0) }) {
          throw problem(
            "`correct` names `\(stray)`, which is not one of the choices",
            hint: "choices: " + texts.map { "`\($0)`" }.joined(separator: ", "),
            at: expression.wholeRange)
        }
        return .choices(Set(names.compactMap { texts.firstIndex(of: $0) }))
      }
    case .tuning, nil:
      return nil
    }
  }

  /// The right answer written out for a reveal: the number (four significant
  /// digits), the right choices' texts, a tuning's solution or "it cannot be done".
  public static func answerText(of exercise: Exercise, in lesson: Lesson, results: [DemoResult?])
    -> String?
  {
    if case .tuning(let tuning) = exercise.kind {
      if tuning.isImpossible { return "it cannot be done" }
      return tuning.solution.map { "\($0.key)=\($0.value.flowText)" }.joined(separator: " ")
    }
    switch try? key(of: exercise, in: lesson, results: results) {
    case .number(let value, _, _)?:
      return ExpressionValue.write(value)
    case .choices(let right)?:
      guard case .choice(let choice) = exercise.kind else { return nil }
      let texts = right.sorted().map { choice.choices[$0].text }
      return texts.count > 1
        ? texts.dropLast().joined(separator: ", ") + " and " + texts.last! : texts.first
    case nil:
      return nil
    }
  }

  /// The demos (by index) whose results `exercise`'s key reads.
  public static func demos(readBy exercise: Exercise, in lesson: Lesson) -> [Int] {
    let evaluator = LessonEvaluator(lesson: lesson, results: [])
    var expressions: [LocatedExpression] = []
    switch exercise.kind {
    case .number(let numeric): expressions = [numeric.answer] + numeric.mistakes.map(\.value)
    case .choice(let choice):
      if case .computed(let expression) = choice.correct { expressions = [expression] }
    case .tuning, nil: break
    }
    var found: [Int] = []
    for expression in expressions {
      for demo in evaluator.demos(readBy: expression.expression) where !found.contains(demo) {
        found.append(demo)
      }
    }
    return found
  }

  /// `lesson` with the key of every exercise whose demos have run.
  public static func filling(_ lesson: Lesson, results: [DemoResult?]) -> Lesson {
    var filled = lesson
    filled.sections = lesson.sections.map { section in
      var section = section
      section.blocks = section.blocks.map { block in
        guard case .exercise(var exercise) = block, exercise.isValid else { return block }
        exercise.key = try? key(of: exercise, in: lesson, results: results)
        return .exercise(exercise)
      }
      return section
    }
    return filled
  }

  private static func number(_ expression: LocatedExpression, evaluator: LessonEvaluator)
    throws(Problem) -> Double
  {
    let computed = try value(expression, evaluator: evaluator)
    guard case .number(let number) = computed, number.isFinite else {
      throw problem(
        "this computes \(computed.kind), and an answer must be a number",
        hint: "for example `episode.returns(0.9)` or `lake.v(start)`",
        at: expression.wholeRange)
    }
    return number
  }

  private static func value(_ expression: LocatedExpression, evaluator: LessonEvaluator)
    throws(Problem) -> ExpressionValue
  {
    let whole = expression.wholeRange
    switch evaluator.evaluate(expression.expression) {
    case .value(let value): return value
    case .pending:
      throw Problem(
        diagnostic: .error("its demo has not run yet", at: whole), isPending: true)
    case .unavailable(let reason):
      throw problem(reason, hint: "an answer reads a demo of this lesson by its id", at: whole)
    case .failed(let error):
      throw problem(error.message, hint: error.hint, at: expression.range(of: error.span))
    }
  }

  private static func problem(_ message: String, hint: String?, at range: SourceRange) -> Problem {
    Problem(diagnostic: .error(message, hint: hint, at: range), isPending: false)
  }
}
