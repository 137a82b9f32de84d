import Demos
import Dispatch
import Lessons
import Renderers
import Stepper
import Synchronization
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
    var runner = tweaks.base
    let latest = Mutex<TrainingProgress?>(nil)
    runner.progress = { _, progress in latest.withLock { $0 = progress } }
    let judge = ExerciseJudge(
      lesson: slides.lesson, results: slides.lesson.demos.indices.map { results[$0] },
      runner: runner)
    let finished = Mutex<(verdict: ExerciseVerdict, shown: DemoResult?)?>(nil)
    DispatchQueue.global().async {
      let outcome = judge.verdictShowing(answer, to: exercise)
      finished.withLock { $0 = outcome }
    }
    message = "training with \(typed)…"
    defer { training = nil }
    while finished.withLock({ $0 }) == nil {
      training = .some(latest.withLock { $0 })
      draw()
      for key in decoder.keys(in: RawTerminal.read(waiting: 100)) where key == .interrupt {
        return false
      }
    }
    guard let (verdict, shown) = finished.withLock({ $0 }) else { return true }
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
