import Expressions
public import Lessons

/// Judges a learner's answers to a lesson's exercises: numbers and choices
/// against keys computed from the demos' results, tunings by retraining the
/// demo with the learner's settings on each seed the exercise asks for.
/// Deterministic: the same answer always gets the same verdict.
public struct ExerciseJudge: Sendable {
  /// The lesson.
  public let lesson: Lesson
  /// Each demo's result with the lesson's own settings, by index.
  public let results: [DemoResult?]
  /// Trains a tuned demo (its cache, limits and progress).
  public let runner: DemoRunner

  /// A judge of `lesson`'s exercises, whose demos gave `results`.
  public init(lesson: Lesson, results: [DemoResult?], runner: DemoRunner) {
    self.lesson = lesson
    self.results = results
    self.runner = runner
  }

  /// The verdict on `answer` to `exercise`.
  public func verdict(on answer: ExerciseAnswer, to exercise: Exercise) -> ExerciseVerdict {
    switch (exercise.kind, answer) {
    case (.tuning(let tuning), .impossible):
      return tuning.isImpossible
        ? ExerciseVerdict(isRight: true, message: "Right: it cannot be done.")
        : ExerciseVerdict(
          isRight: false, message: "It can be done: some settings in range meet the goal.")
    case (.tuning(let tuning), .settings(let settings)):
      return verdict(on: settings, to: tuning)
    case (.number, .number(let value)):
      return keyed(exercise) { key in
        guard case .number(let answer, let allowance, let mistakes) = key else { return nil }
        if abs(value - answer) <= allowance {
          return ExerciseVerdict(isRight: true, message: "Right.")
        }
        let typed = ExpressionValue.write(value)
        let foreseen = mistakes.first { abs(value - $0.value) <= allowance }
        return ExerciseVerdict(
          isRight: false,
          message: "\(typed) is not the answer" + (foreseen.map { ": " + $0.feedback } ?? "."))
      }
    case (.choice(let choice), .choices(let picked)):
      return keyed(exercise) { key in
        guard case .choices(let right) = key else { return nil }
        let isRight = picked == right
        // Why each picked choice is right or wrong helps a learner who missed;
        // after a right answer the explanation says it all.
        // Each reason follows a sentence, so it starts as one.
        let reasons =
          isRight
          ? []
          : picked.sorted().compactMap { choice.choices[$0].because }.map {
            $0.prefix(1).uppercased() + $0.dropFirst()
          }
        let opening =
          isRight
          ? "Right."
          : picked.isSubset(of: right) && right.count > 1 ? "Not all of them." : "Not that."
        return ExerciseVerdict(
          isRight: isRight, message: ([opening] + reasons).joined(separator: " "))
      }
    default:
      return ExerciseVerdict(
        isRight: false, message: "that is not an answer to this exercise", isInvalid: true)
    }
  }

  private func keyed(_ exercise: Exercise, _ judge: (AnswerKey) -> ExerciseVerdict?)
    -> ExerciseVerdict
  {
    do throws(ExerciseKeys.Problem) {
      if let key = try ExerciseKeys.key(of: exercise, in: lesson, results: results),
        let verdict = judge(key)
      {
        return verdict
      }
      return ExerciseVerdict(
        isRight: false, message: "this exercise has no answer", isInvalid: true)
    } catch {
      return ExerciseVerdict(
        isRight: false, message: "the answer cannot be computed: \(error.diagnostic.message)",
        isInvalid: true)
    }
  }

  /// The verdict on `answer` to a tuning exercise, and the retrained demo's
  /// result on the lesson's seed when the answer is settings that could run.
  public func verdictShowing(_ answer: ExerciseAnswer, to exercise: Exercise)
    -> (verdict: ExerciseVerdict, shown: DemoResult?)
  {
    guard case .tuning(let tuning) = exercise.kind, case .settings(let settings) = answer else {
      return (verdict(on: answer, to: exercise), nil)
    }
    let (outcome, shown) = GoalTrial(lesson: lesson, tuning: tuning, runner: runner)
      .showing(settings)
    return (verdict(of: outcome), shown)
  }

  /// Retrains the tuned demo with `settings` on each seed and evaluates the goal.
  private func verdict(on settings: [DemoValidator.Override], to tuning: Tuning)
    -> ExerciseVerdict
  {
    verdict(of: GoalTrial(lesson: lesson, tuning: tuning, runner: runner).run(settings))
  }

  private func verdict(of outcome: GoalTrial.Outcome) -> ExerciseVerdict {
    switch outcome {
    case .met(let seeds):
      return ExerciseVerdict(
        isRight: true,
        message: seeds == 1
          ? "Right: the goal is met." : "Right: the goal is met on all \(seeds) seeds.")
    case .missed(let seed, let readings, let seeds):
      let place = seeds == 1 ? "" : " on seed \(seed)"
      return ExerciseVerdict(
        isRight: false,
        message: "The goal is not met\(place)" + (readings.isEmpty ? "." : ": " + readings + "."))
    case .refused(let message):
      return ExerciseVerdict(isRight: false, message: message, isInvalid: true)
    }
  }
}
