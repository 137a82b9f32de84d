import Demos
import Lessons
import Publishing
import Renderers
import Stepper

/// An exercise page in `step`: answering (`a`), checking a tuning (`s`, `c`),
/// hints (`x`), giving up (`v`), and the learner's progress kept across sessions.
extension StepSession {
  /// What the page's exercise takes from the keys, if the page is one that can be answered.
  var exerciseKeys: StepperState.ExerciseKeys? {
    guard let exercise = pages.exercise(on: state.page), exercise.isValid else { return nil }
    if case .tuning = exercise.kind { return .tuning }
    return .answer
  }

  /// The demo the page's tuning retrains, by index.
  var tunedDemo: Int? {
    guard case .tuning(let tuning)? = pages.exercise(on: state.page)?.kind else { return nil }
    return pages.lesson.demoIndex(named: tuning.demo)
  }

  /// Demos whose output an unanswered exercise asks the learner to predict.
  var hiddenDemos: Set<Int> { Set(withheld.keys) }

  /// Each demo withheld until its exercise is answered, with that exercise's id.
  var withheld: [Int: String] {
    let records = progress.records(ofLessonAt: pages.lesson.path)
    var found: [Int: String] = [:]
    for exercise in pages.lesson.exercises {
      guard let predicted = exercise.predicted, !isDone(exercise, records: records),
        let demo = pages.lesson.demoIndex(named: predicted)
      else { continue }
      found[demo] = exercise.id
    }
    return found
  }

  /// The page to open a lesson at: the first exercise not yet answered right,
  /// when the learner has answered any of the lesson's before.
  func resumePage() -> Int? {
    let records = progress.records(ofLessonAt: pages.lesson.path)
    guard !records.isEmpty else { return nil }
    guard let next = pages.lesson.exercises.first(where: { records[$0.id]?.isRight != true })
    else { return nil }
    state.message = "welcome back: the next exercise you have not answered right"
    return pages.page(ofExercise: next.id)
  }

  private func isDone(_ exercise: Exercise, records: [String: ProgressStore.Record]) -> Bool {
    if let record = records[exercise.id], record.isRight || record.gaveUp || record.attempts > 0 {
      return true
    }
    return displays[exercise.id]?.verdict != nil || displays[exercise.id]?.showsExplanation == true
  }

  /// `a` and enter: judges the typed answer against the computed key.
  func answer(_ text: String) {
    guard let exercise = pages.exercise(on: state.page) else { return }
    switch ExerciseAnswer.read([text], for: exercise) {
    case .failure(let problem):
      state.message = problem.message
      showPage()
    case .success(let answer):
      state.message = "computing the answer…"
      draw()
      train(ExerciseKeys.demos(readBy: exercise, in: pages.lesson).filter { results[$0] == nil })
      judge(answer, text: text, for: exercise)
    }
  }

  /// `c`: retrains the tuned demo with the settings set so far and judges them.
  func checkTuning() {
    guard let exercise = pages.exercise(on: state.page), case .tuning(let tuning) = exercise.kind,
      let demo = tunedDemo
    else { return }
    let settings = (tweaks.overrides[demo] ?? []).filter { override in
      tuning.knobs.contains { $0.name == override.key }
    }
    guard !settings.isEmpty else {
      state.message = "set a value first: s \(tuning.knobs[0].name)=…, then c"
      return draw()
    }
    state.message = "training with your settings…"
    draw()
    let written = settings.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
    judge(.settings(settings), text: written, for: exercise, trainingDemo: demo)
  }

  private func judge(
    _ answer: ExerciseAnswer, text: String, for exercise: Exercise, trainingDemo: Int? = nil
  ) {
    let lesson = pages.lesson
    let runner = withProgress(tweaks.base, demo: trainingDemo ?? 0)
    let judge = ExerciseJudge(
      lesson: lesson, results: lesson.demos.indices.map { results[$0] }, runner: runner)
    let verdict = judge.verdict(on: answer, to: exercise)
    var display = displays[exercise.id] ?? ExerciseDisplay()
    display.verdict = ExerciseDisplay.Verdict(isRight: verdict.isRight, message: verdict.message)
    if verdict.isRight { display.showsExplanation = true }
    displays[exercise.id] = display
    state.message = nil
    let departures = departures(from: exercise)
    if !departures.isEmpty, !verdict.isInvalid {
      display.verdict?.message +=
        "\nNot saved to your progress: judged with "
        + departures.joined(separator: " ")
        + ", not the lesson's own settings (R resets a demo; a --set stays until step is run without it)."
      displays[exercise.id] = display
    } else if !verdict.isInvalid {
      do {
        try progress.record(
          lessonAt: lesson.path, exercise: exercise.id, answer: text, isRight: verdict.isRight)
      } catch {
        state.message = "your answer could not be saved: \(error)"
      }
    }
    showPage()
  }

  /// The settings the demos `exercise` reads run with that are not the
  /// lesson's own: a `--set`, a `--seed`, an `s` or a nudge on their pages.
  /// A tuning's own knobs on its demo are the answer, not a departure.
  private func departures(from exercise: Exercise) -> [String] {
    let lesson = pages.lesson
    var found: [String] = []
    if case .tuning(let tuning) = exercise.kind, let demo = tunedDemo {
      // A tuning retrains over the command line's runner alone.
      return DemoTweaks(base: tweaks.base).departures(
        of: demo, in: lesson, allowing: Set(tuning.knobs.map(\.name)))
    }
    for demo in ExerciseKeys.demos(readBy: exercise, in: lesson) {
      for departure in tweaks.departures(of: demo, in: lesson) where !found.contains(departure) {
        found.append(departure)
      }
    }
    return found
  }

  /// `x`: the next hint, one at a time.
  func showNextHint() {
    guard let exercise = pages.exercise(on: state.page) else { return }
    var display = displays[exercise.id] ?? ExerciseDisplay()
    guard display.hintsShown < exercise.hints.count else {
      state.message =
        exercise.hints.isEmpty ? "this exercise has no hints" : "that was the last hint"
      return draw()
    }
    display.hintsShown += 1
    displays[exercise.id] = display
    showPage()
  }

  /// `v`: gives up, and shows the explanation (and the predicted demo).
  func reveal() {
    guard let exercise = pages.exercise(on: state.page) else { return }
    var display = displays[exercise.id] ?? ExerciseDisplay()
    display.showsExplanation = true
    train(ExerciseKeys.demos(readBy: exercise, in: pages.lesson).filter { results[$0] == nil })
    display.revealedAnswer = ExerciseKeys.answerText(
      of: exercise, in: pages.lesson, results: pages.lesson.demos.indices.map { results[$0] })
    if display.verdict?.isRight != true, exercise.explanation.isEmpty {
      state.message = "this exercise has no explanation to show"
    }
    displays[exercise.id] = display
    try? progress.record(
      lessonAt: pages.lesson.path, exercise: exercise.id, answer: nil, isRight: false,
      gaveUp: display.verdict?.isRight != true)
    showPage()
  }
}
