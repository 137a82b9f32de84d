import Demos
import Lessons
import Renderers
import Stepper
import TerminalUI

/// `s` on a tuning slide: the teacher types the room's suggestion, and the demo
/// is retrained live on every seed the exercise asks for, then judged.
extension PresentSession {
  /// Whether the slide is a tuning exercise.
  var tunes: Bool {
    if case .tuning? = exercise?.kind { return true }
    return false
  }

  /// Retrains the slide's tuned demo with `typed` settings, its progress shown
  /// big, and shows the verdict in the exercise; the tuned demo's own slide then
  /// shows the retrained result with those settings. `false` to quit.
  func tune(_ typed: String) -> Bool {
    guard let exercise, case .tuning(let tuning) = exercise.kind,
      let demo = slides.lesson.demoIndex(named: tuning.demo)
    else { return say("s sets a tuning exercise's settings: this slide has none") }
    let answer: ExerciseAnswer
    switch ExerciseAnswer.read([typed], for: exercise) {
    case .failure(let problem): return say(problem.message)
    case .success(let read): answer = read
    }
    let lesson = slides.lesson
    let ran = lesson.demos.indices.map { results[$0] }
    message = "training with \(typed)…"
    var interrupted = false
    let outcome = live(tweaks.base) { runner in
      ExerciseJudge(lesson: lesson, results: ran, runner: runner)
        .verdictShowing(answer, to: exercise)
    } keepWaiting: { finished, keys in
      interrupted = keys.contains(.interrupt)
      return finished == nil && !interrupted
    }
    if interrupted { return false }
    guard let (verdict, shown) = outcome else { return true }
    verdicts[exercise.id] = ExerciseDisplay.Verdict(
      isRight: verdict.isRight, message: verdict.message)
    message = verdict.isInvalid ? verdict.message : nil
    if case .settings(let settings) = answer, let shown {
      tweaks.reset([demo])
      for setting in settings {
        _ = tweaks.set(key: setting.key, value: setting.value, for: [demo], of: slides.lesson)
      }
      results[demo] = shown
    }
    draw()
    return true
  }
}
