import Foundation
import Testing

/// `rlbook answer`: the engine's verdict on one answer, as text and an exit status.
@Suite struct AnswerCommandTests {
  let lesson = "Lessons/02-return-and-discounting.md"

  @Test func aRightNumberExitsZeroWithTheExplanation() throws {
    let right = try CLITests().run(["answer", lesson, "by-hand", "3.5"])
    #expect(right.status == 0, "\(right.error)")
    #expect(right.output.hasPrefix("Right.\n\n"))
    #expect(right.output.contains("G₀ = 1 + 0.5 · 0 + 0.5² · 10"))
  }

  @Test func aForeseenMistakeGetsItsFeedback() throws {
    let wrong = try CLITests().run(["answer", lesson, "by-hand", "11"])
    #expect(wrong.status == 1)
    #expect(wrong.output.hasPrefix("11 is not the answer: that is the plain sum."))
  }

  @Test func aNegativeAnswerIsAnAnswerNotAnOption() throws {
    let book = "Lessons/06-policy-learning.md"
    let right = try CLITests().run(["answer", book, "uniform-log", "-1.39"])
    #expect(right.status == 0, "\(right.error)")
    #expect(right.output.hasPrefix("Right."))
    let base10 = try CLITests().run(["answer", book, "uniform-log", "--color", "never", "-0.6"])
    #expect(base10.output.hasPrefix("-0.6 is not the answer: that is the logarithm in base 10"))
  }

  @Test func badInputIsAPlainMessage() throws {
    let word = try CLITests().run(["answer", lesson, "by-hand", "lots"])
    #expect(word.status == 64)
    #expect(word.error.contains("`lots` is not a number: type one, such as 0.5"))
    let unknown = try CLITests().run(["answer", lesson, "nope", "1"])
    #expect(unknown.status == 64)
    #expect(unknown.error.contains("has no exercise `nope`; its exercises are `by-hand`"))
    let overridden = try CLITests().run(["answer", lesson, "by-hand", "3.5", "--set", "gamma=1"])
    #expect(overridden.status == 64)
    #expect(overridden.error.contains("the lesson's own settings decide the answer"))
  }

  @Test func aTuningRetrainsTheDemo() throws {
    let book = "Lessons/08-temporal-difference-learning.md"
    let wrong = try CLITests().run(["answer", book, "sarsa-to-the-edge", "epsilon=0.3"])
    #expect(wrong.status == 1)
    #expect(wrong.output.hasPrefix("The goal is not met on seed 0: argmax sarsa.q(24) = {up}."))
    let impossible = try CLITests().run(["answer", book, "q-learning-off-the-edge", "impossible"])
    #expect(impossible.status == 0)
    #expect(impossible.output.hasPrefix("Right: it cannot be done."))
  }
}

extension AnswerCommandTests {
  /// A lesson's feedback reaches the terminal with its control bytes escaped.
  @Test func aHostileLessonsFeedbackIsEscaped() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rlbook-hostile-\(UUID().uuidString).md")
    defer { try? FileManager.default.removeItem(at: file) }
    try """
    ```exercise
    id: trap
    ask: How many?
    answer: 2
    wrong:
      - answer: 3
        say: "\\e[2Jcleared"
    ```
    """.write(to: file, atomically: true, encoding: .utf8)
    let wrong = try CLITests().run(["answer", file.path, "trap", "3"])
    #expect(wrong.status == 1)
    #expect(!wrong.output.contains("\u{1B}"))
    #expect(wrong.output.contains("cleared"))
  }
}
