public import Lessons
import MarkdownSyntax

/// What `rlbook check` proves of a lesson's exercises: a numeric answer
/// computes, a choice's right answers are among its choices, a predicted demo
/// exists, and a tuning is fair: its knobs are settings of its demo, the
/// lesson's own settings do not already meet the goal, the author's solution
/// does (on every seed asked), and no point of an impossible goal's search does.
public enum ExerciseCheck {
  /// The most settings an impossible goal's search may try.
  public static let maximumSearch = 64

  /// The problems of `lesson`'s exercises, given its demos' `results`, each at
  /// the key or value responsible; tunings train through `runner`.
  public static func diagnostics(
    for lesson: Lesson, results: [DemoResult?], runner: DemoRunner
  ) -> [Diagnostic] {
    lesson.exercises.filter(\.isValid).flatMap { exercise in
      var problems: [Diagnostic] = []
      if let predicted = exercise.predicted, lesson.demoIndex(named: predicted) == nil {
        problems.append(
          .error(
            "`predict` names no demo of this lesson: `\(predicted)`",
            hint: "give the id of the demo the learner predicts", at: exercise.range))
      }
      switch exercise.kind {
      case .tuning(let tuning):
        problems += diagnostics(
          for: tuning, GoalTrial(lesson: lesson, tuning: tuning, runner: runner),
          at: exercise.range)
      default:
        do throws(ExerciseKeys.Problem) {
          _ = try ExerciseKeys.key(of: exercise, in: lesson, results: results)
        } catch {
          if !error.isPending { problems.append(error.diagnostic) }
        }
      }
      return problems
    }
  }

  private static func diagnostics(for tuning: Tuning, _ trial: GoalTrial, at block: SourceRange)
    -> [Diagnostic]
  {
    guard trial.spec != nil else {
      return [
        .error(
          "`try` names no demo of this lesson: `\(tuning.demo)`",
          hint: "give the id of the demo the learner retrains", at: tuning.demoRange)
      ]
    }
    var problems: [Diagnostic] = []
    switch trial.run([]) {
    case .met:
      problems.append(
        .error(
          "the lesson's own settings already meet the goal, so there is nothing to tune",
          hint: "ask for something the demo as written does not do",
          at: tuning.goal.wholeRange))
    case .refused(let message):
      return [.error(message, at: tuning.goal.wholeRange)]
    case .missed: break
    }
    if tuning.isImpossible {
      let grid = points(of: tuning.search)
      guard grid.count <= maximumSearch else {
        return problems + [
          .error(
            "the search tries \(grid.count) settings, and at most \(maximumSearch) are allowed",
            hint: "list fewer values", at: tuning.search.first?.keyRange ?? block)
        ]
      }
      for point in grid {
        switch trial.run(point) {
        case .met:
          let written = point.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
          problems.append(
            .error(
              "the goal is called impossible, and \(written) meets it",
              hint: "remove `impossible`, or ask for something no setting reaches",
              at: tuning.search.first?.keyRange ?? block))
        case .refused(let message):
          problems.append(.error(message, at: tuning.search.first?.value.range ?? block))
        case .missed: continue
        }
      }
    } else {
      let solution = tuning.solution.map {
        DemoValidator.Override(key: $0.key, value: $0.value.flowText)
      }
      switch trial.run(solution) {
      case .met: break
      case .missed(let seed, let readings, _):
        problems.append(
          .error(
            "the solution does not meet the goal on seed \(seed)"
              + (readings.isEmpty ? "" : ": " + readings),
            hint:
              "a tuning that works by luck is not a pass: give settings that work on every seed",
            at: tuning.solution.first?.keyRange ?? block))
      case .refused(let message):
        problems.append(.error(message, at: tuning.solution.first?.value.range ?? block))
      }
    }
    return problems
  }

  /// Every combination of the search's values, as overrides.
  private static func points(of search: [YAMLEntry]) -> [[DemoValidator.Override]] {
    search.reduce([[]]) { partial, entry in
      let values = entry.value.items ?? [entry.value]
      return partial.flatMap { point in
        values.map { point + [DemoValidator.Override(key: entry.key, value: $0.flowText)] }
      }
    }
  }
}
