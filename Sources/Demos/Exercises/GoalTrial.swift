import Expressions
public import Lessons

/// Retrains a tuning's demo with some settings on each seed its goal must hold
/// on, and evaluates the goal: what a learner's tuning, the author's solution
/// and each point of an impossible goal's search go through.
public struct GoalTrial: Sendable {
  /// What came of the settings.
  public enum Outcome: Hashable, Sendable {
    /// The goal holds on every seed (how many).
    case met(seeds: Int)
    /// It fails on `seed`, where the values it compares are `readings`.
    case missed(seed: Int, readings: String, seeds: Int)
    /// The settings cannot run (out of range, over the limits) or the goal
    /// does not evaluate: the message says why.
    case refused(String)
  }

  /// The lesson.
  public let lesson: Lesson
  /// The tuning.
  public let tuning: Tuning
  /// Trains the demo.
  public let runner: DemoRunner

  /// A trial of `tuning` in `lesson`.
  public init(lesson: Lesson, tuning: Tuning, runner: DemoRunner) {
    self.lesson = lesson
    self.tuning = tuning
    self.runner = runner
  }

  /// The demo's block, if the lesson has it.
  public var spec: DemoSpec? {
    lesson.demoIndex(named: tuning.demo).map { lesson.demos[$0] }
  }

  /// Trains with `settings` (none: the lesson's own) and evaluates the goal.
  public func run(_ settings: [DemoValidator.Override]) -> Outcome {
    showing(settings).outcome
  }

  /// Trains with `settings` and evaluates the goal; with the outcome, the
  /// retrained demo's result on the lesson's own seed (nil when it did not run).
  public func showing(_ settings: [DemoValidator.Override])
    -> (outcome: Outcome, shown: DemoResult?)
  {
    var shown: DemoResult?
    let outcome = run(settings) { result in shown = shown ?? result }
    return (outcome, shown)
  }

  private func run(_ settings: [DemoValidator.Override], seeing: (DemoResult) -> Void) -> Outcome {
    guard let spec else { return .refused("this lesson has no demo `\(tuning.demo)`") }
    let base = spec["seed"]?.value.int ?? 0
    for seed in base..<base + tuning.seeds {
      var trial = runner
      trial.validator.overrides = settings
      trial.validator.seed = seed
      let result = trial.run(spec)
      guard result.didRun else {
        let problem = result.diagnostics.first { $0.severity == .error }
        var message = problem?.message ?? "the demo could not run"
        // The settings are the learner's, not `--set`'s: say so without the flag.
        if message.hasPrefix("--set "), let colon = message.firstIndex(of: ":") {
          message = String(message[message.index(colon, offsetBy: 2)...])
        }
        return .refused(message + (problem?.hint.map { " (\($0))" } ?? ""))
      }
      seeing(result)
      let evaluator = ExpressionEvaluator(values: result.values)
      do throws(ExpressionError) {
        let value = try evaluator.evaluate(tuning.goal.expression)
        guard case .boolean(let holds) = value else {
          return .refused("the goal computes \(value.kind), not true or false")
        }
        if !holds {
          let readings = ClaimChecker.readings(
            in: tuning.goal.expression, of: tuning.goal.text, evaluator: evaluator)
          return .missed(seed: seed, readings: readings, seeds: tuning.seeds)
        }
      } catch {
        return .refused("the goal does not evaluate: \(error.message)")
      }
    }
    return .met(seeds: tuning.seeds)
  }
}
