import Demos
import Lessons
import MarkdownSyntax
import Testing

/// The engine judges answers against what the demos compute, and `check`
/// proves each exercise fair.
@Suite struct ExerciseJudgeTests {
  static let source = """
    # Exercises

    ```rl
    id: sums
    rewards: [1, 0, 10]
    gamma: [0.5, 1]
    ```

    ```exercise
    id: by-hand
    ask: What is $G_0$ at $\\gamma = 0.5$?
    answer: sums.returns(0.5)
    tolerance: 0.01
    wrong:
      - answer: sums.returns(1)
        say: that is the plain sum
    ```

    ```rl
    id: lake
    env: frozenlake
    agent: value-iteration
    gamma: 1
    show: q-table
    state: start
    ```

    ```exercise
    id: ties
    ask: Which are best at the start?
    choices:
      - left
      - text: down
        because: down can slip right
      - right
      - up
    correct: argmax lake.q(start)
    ```

    ```exercise
    id: make-left-win
    try: lake
    set: [gamma]
    ask: Make left the one best action at the start.
    goal: left == argmax q(start)
    seeds: 2
    solution: {gamma: 0.99}
    ```

    ```exercise
    id: make-up-win
    try: lake
    set: [gamma]
    ask: Make up the one best action at the start.
    goal: up == argmax q(start)
    impossible: true
    search: {gamma: [0.5, 0.9, 0.99]}
    ```
    """

  static let lesson = LessonParser(fileExists: { _ in true }).parse(source, path: "e.md")
  static let runner = DemoRunner()
  static let judge = ExerciseJudge(
    lesson: lesson, results: runner.run(lesson), runner: runner)

  static func verdict(_ id: String, _ words: String) throws -> ExerciseVerdict {
    let exercise = try #require(lesson.exercise(named: id))
    let answer = try ExerciseAnswer.read([words], for: exercise).get()
    return judge.verdict(on: answer, to: exercise)
  }

  @Test func numbersWithinTheToleranceAreRightAndForeseenMistakesExplained() throws {
    #expect(try Self.verdict("by-hand", "3.5").isRight)
    #expect(try Self.verdict("by-hand", "3.509").isRight)
    let outside = try Self.verdict("by-hand", "3.52")
    #expect(!outside.isRight)
    #expect(outside.message == "3.52 is not the answer.")
    let plain = try Self.verdict("by-hand", "11")
    #expect(plain.message == "11 is not the answer: that is the plain sum")
  }

  @Test func theRightChoicesFollowTheComputation() throws {
    // At γ = 1 every action at the start is worth the same.
    #expect(try Self.verdict("ties", "1 2 3 4").isRight)
    let some = try Self.verdict("ties", "2")
    #expect(!some.isRight)
    #expect(some.message == "Not all of them. Down can slip right")
  }

  @Test func aTuningRetrainsWithTheLearnersSettingsOnEachSeed() throws {
    #expect(try Self.verdict("make-left-win", "gamma=0.99").isRight)
    let untouched = try Self.verdict("make-left-win", "gamma=1")
    #expect(!untouched.isRight)
    #expect(untouched.message.hasPrefix("The goal is not met on seed 0: argmax q(start) = "))
    let outOfRange = try Self.verdict("make-left-win", "gamma=2")
    #expect(outOfRange.isInvalid)
    #expect(outOfRange.message.contains("out of range"))
    #expect(try Self.verdict("make-up-win", "impossible").isRight)
    #expect(try !Self.verdict("make-left-win", "impossible").isRight)
  }

  @Test func answersThatDoNotReadSayWhatToType() throws {
    let number = try #require(Self.lesson.exercise(named: "by-hand"))
    guard case .failure(let notANumber) = ExerciseAnswer.read(["abc"], for: number) else {
      Issue.record("abc is not a number")
      return
    }
    #expect(notANumber.message == "`abc` is not a number: type one, such as 0.5")
    let tuning = try #require(Self.lesson.exercise(named: "make-left-win"))
    guard case .failure(let problem) = ExerciseAnswer.read(["alpha=0.5"], for: tuning) else {
      Issue.record("alpha is not a knob of this exercise")
      return
    }
    #expect(problem.message == "this exercise lets you change `gamma`, not `alpha`")
  }

  @Test func checkFindsNothingWrongWithFairExercises() {
    let results = Self.runner.run(Self.lesson)
    #expect(
      ExerciseCheck.diagnostics(for: Self.lesson, results: results, runner: Self.runner).isEmpty)
  }

  @Test func checkRefusesUnfairOnes() {
    func problems(_ exercise: String) -> [String] {
      let lesson = LessonParser(fileExists: { _ in true }).parse(
        Self.source + "\n\n```exercise\n" + exercise + "\n```\n", path: "e.md")
      let results = Self.runner.run(lesson)
      return ExerciseCheck.diagnostics(for: lesson, results: results, runner: Self.runner).map(
        \.message)
    }
    #expect(
      problems(
        "id: met\ntry: lake\nset: [gamma]\nask: Tune.\ngoal: left in argmax q(start)\nsolution: {gamma: 0.99}"
      ) == ["the lesson's own settings already meet the goal, so there is nothing to tune"])
    #expect(
      problems(
        "id: lucky\ntry: lake\nset: [gamma]\nask: Tune.\ngoal: left == argmax q(start)\nsolution: {gamma: 1}"
      ) == [
        "the solution does not meet the goal on seed 0: argmax q(start) = {down, left, right, up}"
      ])
    #expect(
      problems(
        "id: not-so\ntry: lake\nset: [gamma]\nask: Tune.\ngoal: left == argmax q(start)\nimpossible: true\nsearch: {gamma: [1, 0.99]}"
      ) == ["the goal is called impossible, and gamma=0.99 meets it"])
    #expect(
      problems(
        "id: nowhere\ntry: pond\nset: [gamma]\nask: Tune.\ngoal: true\nsolution: {gamma: 1}")
        == ["`try` names no demo of this lesson: `pond`"])
    #expect(
      problems("id: row\nask: What?\nanswer: lake.q(start)")
        == ["this computes a row of values, and an answer must be a number"])
    #expect(
      problems("id: stray\nask: Which?\nchoices: [left, right]\ncorrect: argmax lake.q(start)")
        == ["`correct` names `down`, which is not one of the choices"])
  }
}

extension ExerciseJudgeTests {
  @Test func aRevealWritesTheAnswerOut() throws {
    let results = Self.runner.run(Self.lesson)
    func answer(_ id: String) throws -> String? {
      ExerciseKeys.answerText(
        of: try #require(Self.lesson.exercise(named: id)), in: Self.lesson, results: results)
    }
    #expect(try answer("by-hand") == "3.5")
    #expect(try answer("ties") == "left, down, right and up")
    #expect(try answer("make-left-win") == "gamma=0.99")
    #expect(try answer("make-up-win") == "it cannot be done")
  }
}

extension ExerciseJudgeTests {
  @Test func inlineValuesInAnExerciseAreFilledAndChecked() throws {
    let source = """
      # Quoted

      ```rl
      id: sums
      rewards: [1, 0, 10]
      gamma: [0.5, 1]
      ```

      ```exercise
      id: double
      ask: The plain sum is `{rl} sums.returns(1)`. What is twice that?
      answer: 2 * sums.returns(1)
      hints:
        - Not `{rl} nosuch.v(start)`.
      explain: It is `{rl} 2 * sums.returns(1):.1f`.
      ```
      """
    let lesson = LessonParser(fileExists: { _ in true }).parse(source, path: "q.md")
    let errors = lesson.diagnostics.filter { $0.severity == .error }.map(\.message)
    #expect(errors == ["this lesson has no demo `nosuch`"])
    let filled = InlineValues(lesson: lesson, results: Self.runner.run(lesson)).filledLesson
    let exercise = try #require(filled.exercise(named: "double"))
    var shown: [String] = []
    for block in exercise.ask + exercise.explanation {
      _ = block.mappingInlines { inline in
        if case .computed(let value) = inline.kind, case .value(let text) = value.shown {
          shown.append(text)
        }
        return inline
      }
    }
    #expect(shown == ["11", "22.0"])
  }

  @Test func aListSettingMayHoldSpaces() throws {
    let exercise = try #require(Self.lesson.exercise(named: "make-left-win"))
    let read = try ExerciseAnswer.read(["gamma=[[0.5,", "0.9],", "[1]] gamma=1"], for: exercise)
      .get()
    let one = try ExerciseAnswer.read(["gamma=[0.5,", "0.9]"], for: exercise).get()
    #expect(read == .settings([.init(key: "gamma", value: "1")]))
    #expect(one == .settings([.init(key: "gamma", value: "[0.5, 0.9]")]))
  }
}
