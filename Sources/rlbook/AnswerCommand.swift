import ArgumentParser
import Demos
import Foundation
import Lessons
import Publishing
import Renderers
import TerminalUI

/// `rlbook answer`: one answer to one exercise, judged by the engine.
struct AnswerCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "answer",
    abstract: "Answer an exercise of a lesson and get the engine's verdict.",
    discussion: """
      A number is one value (0.95); a choice is its number from 1 (2, or 1 3 when
      several are right); a tuning is key=value settings of its demo
      (epsilon=0.3), or `impossible` when you think no setting can do it. The
      demo is retrained with your settings on every seed the exercise asks for.
      The verdict is deterministic; on a right answer the explanation follows.
      The exit status is 0 for a right answer and 1 otherwise. The answer is
      kept with your progress (rlbook progress).

      Example: rlbook answer Lessons/02-return-and-discounting.md by-hand 0.93
      """)

  @Argument(help: "The lesson file.")
  var lesson: String

  @Argument(help: "The exercise's id (rlbook run shows it above each question).")
  var exercise: String

  @Argument(parsing: .allUnrecognized, help: "Your answer (a negative number as it is: -1.39).")
  var answer: [String] = []

  @OptionGroup var output: OutputOptions

  @OptionGroup(title: "Demos") var demos: DemoOptions

  func validate() throws {
    if !demos.overrides.isEmpty || demos.seed != nil || demos.demo != nil {
      throw ValidationError(
        "--set, --seed and --demo do not apply: the lesson's own settings decide the answer")
    }
    if answer.isEmpty { throw ValidationError("give your answer after the exercise's id") }
  }

  func run() throws {
    let loaded = try LessonLoader().loadAll(at: lesson)
    guard loaded.count == 1, let lesson = loaded.first else {
      throw ValidationError("`\(self.lesson)` is not one lesson file: name the lesson's .md file")
    }
    guard let exercise = lesson.exercise(named: exercise) else {
      let ids = lesson.exercises.map { "`\($0.id)`" }
      throw ValidationError(
        "\(lesson.path) has no exercise `\(self.exercise)`"
          + (ids.isEmpty
            ? "; it has no exercises" : "; its exercises are \(ids.joined(separator: ", "))"))
    }
    guard exercise.isValid else {
      let formatter = DiagnosticFormatter(colors: output.standardError.colors)
      Console.writeRenderedError(
        formatter.format(exercise.problems, path: lesson.path, source: lesson.source))
      throw ExitCode(1)
    }
    let parsed: ExerciseAnswer
    switch ExerciseAnswer.read(answer, for: exercise) {
    case .success(let read): parsed = read
    case .failure(let problem): throw ValidationError(problem.message)
    }
    let display = ProgressDisplay(terminal: output.standardError)
    let results = demos.run(lesson, display: display)
    display.begin()
    let judge = ExerciseJudge(
      lesson: lesson, results: results, runner: demos.runner(display: display))
    let verdict = judge.verdict(on: parsed, to: exercise)
    display.end()
    let terminal = output.standardOutput
    let renderer = TerminalRenderer(width: terminal.width, colors: terminal.colors)
    // The verdict quotes the lesson's own words (a mistake's feedback, a
    // choice's reason): a lesson is untrusted, so no control byte gets through.
    var text = VisibleText.escapingControls(verdict.message) + "\n"
    let filled = demos.filling(lesson, from: results).exercises.first { $0.id == exercise.id }
    if verdict.isRight, let explanation = filled?.explanation, !explanation.isEmpty {
      text += "\n" + renderer.render(explanation)
    }
    Console.write(text.hasSuffix("\n") ? text : text + "\n")
    if !verdict.isInvalid {
      let file = ProgressStore.defaultPath(environment: ProcessInfo.processInfo.environment)
      var (store, problem) = ProgressStore.load(at: file)
      if let problem { Console.writeError("warning: \(problem)\n") }
      do {
        try store.record(
          lessonAt: lesson.path, exercise: exercise.id, answer: answer.joined(separator: " "),
          isRight: verdict.isRight)
      } catch {
        Console.writeError("warning: your answer could not be saved in \(file): \(error)\n")
      }
    }
    if !verdict.isRight { throw ExitCode(1) }
  }
}
