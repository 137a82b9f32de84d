import Lessons
import MarkdownSyntax
import Testing

/// `exercise` blocks read into their kind, and every mistake in one is an
/// error at the key or value responsible.
@Suite struct ExerciseReaderTests {
  static func lesson(_ body: String) -> Lesson {
    LessonParser(fileExists: { _ in true }).parse(
      "# Exercises\n\n```exercise\n" + body + "\n```\n", path: "e.md")
  }

  static func exercise(_ body: String) throws -> Exercise {
    try #require(lesson(body).exercises.first)
  }

  /// Each error as `line:column: message`: the fence is on line 3, the body
  /// starts on line 4.
  static func problems(_ body: String) -> [String] {
    lesson(body).diagnostics.filter { $0.severity == .error }.map {
      "\($0.range.map { "\($0.start)" } ?? "?"): \($0.message)"
    }
  }

  @Test func aNumberItsToleranceMistakesHintsAndExplanation() throws {
    let exercise = try Self.exercise(
      """
      id: by-hand
      predict: check
      ask: What is $G_0$?
      answer: check.returns(0.5)
      tolerance: 2%
      wrong:
        - answer: check.returns(1)
          say: that is the plain sum
      hints: [Multiply by γ., Twice.]
      explain: It is 3.5.
      """)
    #expect(exercise.id == "by-hand")
    #expect(exercise.isValid)
    #expect(exercise.predicted == "check")
    #expect(exercise.hints.count == 2)
    #expect(!exercise.explanation.isEmpty)
    guard case .number(let numeric) = exercise.kind else {
      Issue.record("not a number exercise")
      return
    }
    #expect(numeric.answer.text == "check.returns(0.5)")
    #expect(numeric.tolerance == .relative(0.02))
    #expect(numeric.tolerance.allowance(around: 50) == 1)
    #expect(numeric.mistakes.map(\.feedback) == ["that is the plain sum"])
    let absolute = try Self.exercise("id: a\nask: How many?\nanswer: 3\ntolerance: 0.5")
    guard case .number(let plain) = absolute.kind else { return }
    #expect(plain.tolerance == .absolute(0.5))
  }

  @Test func choicesMarkedOnThemselvesByNumberByTextOrComputed() throws {
    let marked = try Self.exercise(
      "id: c\nask: Which?\nchoices:\n  - text: left\n    because: slips down\n    correct: true\n  - right"
    )
    guard case .choice(let choice) = marked.kind else {
      Issue.record("not a choice")
      return
    }
    #expect(choice.choices.map(\.text) == ["left", "right"])
    #expect(choice.choices[0].because == "slips down")
    #expect(choice.correct == .listed([0]))
    let numbered = try Self.exercise("id: c\nask: Which?\nchoices: [a, b, c]\ncorrect: [1, c]")
    guard case .choice(let byNumber) = numbered.kind else { return }
    #expect(byNumber.correct == .listed([0, 2]))
    let computed = try Self.exercise(
      "id: c\nask: Which?\nchoices: [left, down]\ncorrect: argmax lake.q(start)")
    guard case .choice(let byExpression) = computed.kind,
      case .computed(let expression) = byExpression.correct
    else {
      Issue.record("not a computed choice")
      return
    }
    #expect(expression.text == "argmax lake.q(start)")
  }

  @Test func aTuningWithItsGoalSeedsAndSolutionOrSearch() throws {
    let exercise = try Self.exercise(
      """
      id: edge
      try: cliff-race
      set: [epsilon, alpha]
      ask: Make SARSA walk the edge.
      goal: right == argmax sarsa.q(24)
      seeds: 3
      solution: {epsilon: 0}
      """)
    guard case .tuning(let tuning) = exercise.kind else {
      Issue.record("not a tuning")
      return
    }
    #expect(tuning.demo == "cliff-race")
    #expect(tuning.knobs.map(\.name) == ["epsilon", "alpha"])
    #expect(tuning.seeds == 3)
    #expect(tuning.solution.map(\.key) == ["epsilon"])
    #expect(!tuning.isImpossible)
    let impossible = try Self.exercise(
      "id: off\ntry: race\nset: epsilon\nask: Can you?\ngoal: up == argmax q(24)\nimpossible: true\nsearch: {epsilon: [0, 0.5]}"
    )
    guard case .tuning(let search) = impossible.kind else { return }
    #expect(search.isImpossible)
    #expect(search.search.first?.value.items?.count == 2)
  }

  @Test func everyMistakeIsLocated() {
    #expect(Self.problems("ask: What?\nanswer: 1").first == "3:1: this exercise has no `id`")
    #expect(Self.problems("id: a\nanswer: 1") == ["3:1: this exercise has no `ask`"])
    #expect(Self.problems("id: a\nask: What?") == ["3:1: this exercise asks for nothing"])
    #expect(
      Self.problems("id: a\nask: What?\nanswer: 1\nchoices: [x, y]").first
        == "7:1: an exercise asks for one thing, and this one has `answer` and `choices`")
    #expect(
      Self.problems("id: a\nask: What?\nanswer: lake.v(start) +")
        == ["6:24: the expression ends too soon"])
    #expect(
      Self.problems("id: a\nask: What?\nanswer: 1\ntolerance: -1").first?.hasPrefix(
        "7:12: `tolerance` must be a number of at least 0 or a percentage") == true)
    #expect(
      Self.problems("id: a\nask: What?\nchoices: [x, y]")
        == ["6:1: no choice is marked correct"])
    #expect(
      Self.problems("id: a\nask: What?\nchoices: [x]\ncorrect: 1")
        == ["6:10: `choices` must be a list of two to nine choices"])
    #expect(
      Self.problems("id: a\nask: What?\nchoices: [x, x]\ncorrect: 1")
        == ["6:14: the choice `x` is given twice"])
    #expect(
      Self.problems("id: a\nask: Tune.\ntry: race\nset: [epsilon]\ngoal: true")
        == ["3:1: a tuning needs a `solution`: settings that meet the goal, which `check` verifies"]
    )
    #expect(
      Self.problems(
        "id: a\nask: Tune.\ntry: race\nset: [epsilon]\ngoal: true\nsolution: {alpha: 1}")
        == ["9:12: `alpha` is not among the settings the learner may change"])
    #expect(
      Self.problems("id: a\nask: Tune.\ntry: race\nset: [epsilon]\ngoal: true\nimpossible: true")
        == [
          "9:1: an impossible goal needs `search`: settings that `check` tries, none of which may meet it"
        ])
    #expect(
      Self.problems("id: a\nask: What?\nanswer: 1\ncolour: red")
        == ["7:1: unknown key `colour` in an exercise"])
    #expect(
      Self.problems("id: a\nask: What?\nanswer: 1\nseeds: 3")
        == ["7:1: `seeds` belongs to an exercise with `try`, and this one has `answer`"])
  }

  @Test func idsAreNamesUsedOnce() {
    let lesson = LessonParser(fileExists: { _ in true }).parse(
      "```exercise\nid: a\nask: One?\nanswer: 1\n```\n\n```exercise\nid: a\nask: Two?\nanswer: 2\n```\n",
      path: "e.md")
    #expect(lesson.exercises.map(\.isValid) == [true, false])
    #expect(
      lesson.diagnostics.map(\.message) == [
        "the id `a` is already used by the exercise at line 1"
      ])
    #expect(Self.problems("id: by hand\nask: What?\nanswer: 1").first?.contains("a name") == true)
  }

  @Test func anExerciseInsideAQuoteIsShownAsCodeWithAWarning() {
    let lesson = LessonParser(fileExists: { _ in true }).parse(
      "> ```exercise\n> id: a\n> ```\n", path: "e.md")
    #expect(lesson.exercises.isEmpty)
    #expect(
      lesson.diagnostics.map(\.message) == [
        "an exercise block inside a list, quote or callout is shown as code, not run"
      ])
  }
}
