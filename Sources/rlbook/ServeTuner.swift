import Demos
import Dispatch
import Foundation
import Lessons
import Publishing
import Renderers
import TerminalUI

/// Retrains a tuning exercise as a page of `rlbook serve` asks, on the native
/// engine, and answers with the verdict and the retrained demo as JSON:
/// `{"verdict": "right" | "wrong" | "invalid", "message": …, "output": HTML}`.
///
/// The learner's settings are read like `rlbook answer`'s and validated like
/// `--set`: a value out of its range, or a run over the demo limits, is an
/// `invalid` verdict with the reason, and nothing trains.
struct ServeTuner: Sendable {
  /// The answer a page reads.
  private struct Answer: Encodable {
    var verdict: String
    var message: String
    var output: String?
  }

  /// Trains the demos (its cache and limits).
  let runner: DemoRunner
  /// Renders the retrained demo as the page does.
  let renderer: HTMLRenderer

  /// The answer to `request` for an exercise of `lesson`.
  func answer(_ request: TuningRequest, in lesson: Lesson) async -> SiteServer.Response {
    guard let exercise = lesson.exercise(named: request.exercise) else {
      return reply(404, "invalid", "\(lesson.path) has no exercise `\(request.exercise)`")
    }
    guard case .tuning = exercise.kind, exercise.isValid else {
      return reply(400, "invalid", "`\(exercise.id)` is not a tuning exercise that can be checked")
    }
    let answer: ExerciseAnswer
    switch ExerciseAnswer.read(request.settings, for: exercise) {
    case .success(let read): answer = read
    case .failure(let problem): return reply(400, "invalid", problem.message)
    }
    let typed = request.settings.joined(separator: " ")
    Console.writeError("training \(exercise.id) of \(lesson.path) with \(typed)…\n")
    let start = ContinuousClock.now
    let judge = ExerciseJudge(
      lesson: lesson, results: lesson.demos.map { _ in nil }, runner: runner)
    // Training is long work on one core: off the server's threads, which keep serving pages.
    let (verdict, shown) = await withCheckedContinuation { continuation in
      DispatchQueue.global().async {
        continuation.resume(returning: judge.verdictShowing(answer, to: exercise))
      }
    }
    let word = verdict.isInvalid ? "invalid" : verdict.isRight ? "right" : "wrong"
    let tenths = (ContinuousClock.now - start) / .milliseconds(100)
    Console.writeError("\(exercise.id): \(word) in \(Double(Int(tenths.rounded())) / 10) s\n")
    let output = shown.map { VisibleText.escapingControls(renderer.outputs($0)) }
    return reply(verdict.isInvalid ? 400 : 200, word, verdict.message, output: output)
  }

  private func reply(_ status: Int, _ verdict: String, _ message: String, output: String? = nil)
    -> SiteServer.Response
  {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let body =
      (try? encoder.encode(Answer(verdict: verdict, message: message, output: output))) ?? Data()
    return SiteServer.Response(
      status: status, contentType: "application/json; charset=utf-8", body: body,
      headers: [("Cache-Control", "no-store")])
  }
}
