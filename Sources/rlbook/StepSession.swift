import Demos
import Lessons
import MarkdownSyntax
import Publishing
import Renderers
import Stepper
import Synchronization
import TerminalUI

/// `rlbook step` at a terminal: pages, keys, demos run when first shown.
final class StepSession {
  private let lessons: [Lesson]
  private var lessonIndex: Int
  var pages: LessonPages
  var state: StepperState
  var tweaks: DemoTweaks
  private let colors: Bool
  /// Results of the current lesson's demos, by index; kept so going back is instant.
  var results: [Int: DemoResult] = [:]
  /// How far the learner has got with each of the lesson's exercises, by id.
  var displays: [String: ExerciseDisplay] = [:]
  /// The learner's answers, kept between sessions.
  var progress: ProgressStore
  /// A frame of replayed training shown instead of a demo's result (`w`), until the next key.
  private var replayed: (demo: Int, result: DemoResult)?
  /// The demo whose output to scroll into view once it has run (after `s`, `n`, `r`, `R`, `w`).
  var focusedDemo: Int?
  /// The text last found with `/` and the page it was found on: highlighted there.
  var found: (page: Int, text: String)?
  private var size = RawTerminal.size
  private let decoder = KeyDecoder()

  init(lessons: [Lesson], runner: DemoRunner, colors: Bool, progress: ProgressStore) {
    self.lessons = lessons
    lessonIndex = 0
    pages = LessonPages(lessons[0])
    self.progress = progress
    state = StepperState(pageCount: pages.count)
    tweaks = DemoTweaks(base: runner)
    self.colors = colors
    if let page = resumePage() { state.show(page: page) }
  }

  /// Runs until the reader quits; the terminal is restored however it ends.
  func run() {
    RawTerminal.enter()
    defer { RawTerminal.leave() }
    showPage()
    while true {
      let bytes = RawTerminal.read(waiting: 200)
      if RawTerminal.takeResize() {
        size = RawTerminal.size
        draw()
      }
      for key in decoder.keys(in: bytes) {
        replayed = nil
        let effect = state.handle(
          key, visibleLines: layout.visibleLines, pageLength: pageLines().count,
          walkthroughLength: walkthrough()?.steps.count ?? 0, exercise: exerciseKeys)
        if !perform(effect) { return }
      }
    }
  }

  var layout: PageLayout { PageLayout(width: size.width, height: size.height) }

  var renderer: TerminalRenderer {
    var renderer = TerminalRenderer(width: max(20, size.width - 1), colors: colors)
    renderer.chartRows = TextChart.rows(fitting: layout.visibleLines)
    // Every exercise is answered here with keys (the footer says which), and a
    // tuning shows the settings set so far.
    for exercise in pages.lesson.exercises {
      var display = displays[exercise.id] ?? ExerciseDisplay()
      if case .tuning(let tuning) = exercise.kind,
        let demo = pages.lesson.demoIndex(named: tuning.demo)
      {
        let set = (tweaks.overrides[demo] ?? []).filter { override in
          tuning.knobs.contains { $0.name == override.key }
        }
        display.settings = set.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
      }
      renderer.exerciseDisplays[exercise.id] = display
    }
    for (demo, exercise) in withheld {
      renderer.withheldDemos[pages.lesson.demos[demo].range.start.line] = exercise
    }
    return renderer
  }

  /// Carries out an effect; `false` to quit.
  private func perform(_ effect: StepperState.Effect) -> Bool {
    let demos = tunedDemo.map { [$0] } ?? pages.demos[state.page]
    switch effect {
    case .answer(let text): answer(text)
    case .check: checkTuning()
    case .hint: showNextHint()
    case .reveal: reveal()
    case .quit: return false
    case .redraw: showPage()
    case .rerun:
      state.leaveWalkthrough()
      for demo in demos { results[demo] = nil }
      focusedDemo = demos.first
      showPage()
    case .nextSeed:
      state.leaveWalkthrough()
      tweaks.nextSeed(for: demos, of: pages.lesson)
      for demo in demos { results[demo] = nil }
      state.message = demos.isEmpty ? "no demo on this page" : "next seed"
      focusedDemo = demos.first
      showPage()
    case .reset:
      state.leaveWalkthrough()
      tweaks.reset(demos)
      for demo in demos { results[demo] = nil }
      focusedDemo = demos.first
      showPage()
    case .set(let key, let value):
      state.leaveWalkthrough()
      apply(key: key, value: value, to: demos)
      focusedDemo = demos.first
      showPage()
    case .watch:
      focusedDemo = demos.first
      scrollToFocusedDemo()
      watch(demos)
    case .search(let text):
      search(text)
    case .nextLesson:
      guard lessonIndex + 1 < lessons.count else {
        state.message = "this is the last page"
        draw()
        return true
      }
      open(lessonIndex + 1, page: 0)
    case .previousLesson:
      guard lessonIndex > 0 else {
        state.message = "this is the first page"
        draw()
        return true
      }
      open(lessonIndex - 1, page: .max)
    }
    return true
  }

  private func open(_ index: Int, page: Int) {
    lessonIndex = index
    pages = LessonPages(lessons[index])
    state = StepperState(pageCount: pages.count, page: page)
    results = [:]
    displays = [:]
    tweaks.clear()
    showPage()
  }

  /// Applies `key=value` to the page's demos if every one of them accepts it
  /// (on a tuning's page, to the demo it tunes, if the exercise lets it change).
  private func apply(key: String, value: String, to demos: [Int]) {
    if case .tuning(let tuning)? = pages.exercise(on: state.page)?.kind,
      !tuning.knobs.contains(where: { $0.name == key })
    {
      state.message =
        "this exercise lets you change "
        + tuning.knobs.map(\.name).joined(separator: ", ") + ", not \(key)"
      return
    }
    guard !demos.isEmpty else {
      state.message = "no demo on this page to set \(key) for"
      return
    }
    if let problem = tweaks.set(key: key, value: value, for: demos, of: pages.lesson) {
      state.message = problem
      return
    }
    for demo in demos { results[demo] = nil }
    let kept = tweaks.keepingComparison(of: key, value: value, in: demos, of: pages.lesson)
    state.message =
      kept.isEmpty
      ? "\(key) = \(value)"
      : kept.count == demos.count
        ? "this page's demos compare several \(key) values and keep them"
        : "\(key) = \(value), except where a demo compares several \(key) values"
  }

  func runner(for demo: Int) -> DemoRunner { tweaks.runner(for: demo) }

  /// Runs the page's demos that have no result yet, then draws it, the demo
  /// just changed scrolled into view.
  func showPage() {
    if found?.page != state.page { found = nil }
    draw()
    let pending = demosShown(on: state.page).filter { results[$0] == nil }
    if !pending.isEmpty {
      let cached = train(pending)
      // `r` of an unchanged demo gives the same result, read from the cache: say so.
      if cached, state.message == nil { state.message = "from cache: the same settings and seed" }
    }
    scrollToFocusedDemo()
    draw()
  }

  /// Trains `demos` (from the cache when it can), the progress on the bottom row;
  /// `true` if every result came from the cache.
  @discardableResult
  func train(_ demos: [Int]) -> Bool {
    var allCached = true
    for demo in demos {
      let run = withProgress(runner(for: demo), demo: demo).timedRun(pages.lesson.demos[demo])
      results[demo] = run.result
      allCached = allCached && run.isCached
    }
    return allCached
  }

  /// `runner` drawing its progress on the bottom row, as training demo `demo`.
  func withProgress(_ runner: DemoRunner, demo: Int) -> DemoRunner {
    var runner = runner
    let height = size.height
    // The line must fit the bottom row: a wider one wraps and scrolls the page.
    let width = max(1, size.width - "training ".count)
    let count = pages.lesson.demos.count
    let throttle = Mutex(RedrawThrottle(interval: .milliseconds(50)))
    runner.progress = { _, progress in
      guard throttle.withLock({ $0.isDue() }) else { return }
      let line = progress.line(demo: demo, of: count, width: width)
      RawTerminal.write("\u{1B}[\(height);1H\u{1B}[2K" + "training " + line)
    }
    return runner
  }

  /// The demos a page needs: its own, then those its inline values quote,
  /// except a demo an exercise asks the learner to predict, until answered.
  private func demosShown(on page: Int) -> [Int] {
    let own = pages.demos[page]
    let quoted = InlineValues(lesson: pages.lesson, results: []).demosQuoted(
      by: pages.sections[page])
    let hidden = hiddenDemos
    return (own + quoted.filter { !own.contains($0) }).filter { !hidden.contains($0) }
  }

  /// Replays the training of the page's first demo that learns, a frame at a time
  /// (at most about 20 a second); a key press stops it on the frame shown.
  private func watch(_ demos: [Int]) {
    guard let demo = demos.first else {
      state.message = "no demo on this page to watch"
      return draw()
    }
    let runner = runner(for: demo)
    var shown = ContinuousClock.now - .seconds(1)
    var current: ReplayFrame?
    var stopped: ReplayFrame?
    do throws(ReplayProblem) {
      try runner.replay(pages.lesson.demos[demo], frames: 60) { frame in
        // Wait out the rest of the frame's 50 ms, listening for a key.
        let rest = shown + .milliseconds(50) - ContinuousClock.now
        let milliseconds = max(0, (rest / .milliseconds(1)).rounded(.up))
        if !RawTerminal.read(waiting: Int32(milliseconds)).isEmpty {
          stopped = current
          return false
        }
        shown = ContinuousClock.now
        current = frame
        replayed = (demo, frame.result)
        state.message =
          "watching it learn: episode \(frame.episodes) of \(frame.totalEpisodes) · any key stops"
        draw()
        return true
      }
    } catch {
      replayed = nil
      state.message = "w: \(error.description)"
      return draw()
    }
    state.message =
      stopped.map {
        "stopped at episode \($0.episodes) of \($0.totalEpisodes); any key returns to the page"
      }
      ?? "replayed to the end; any key returns to the page"
    draw()
  }

  func lines(of page: Int) -> [StyledText] {
    var results = self.results
    if let replayed { results[replayed.demo] = replayed.result }
    for demo in hiddenDemos { results[demo] = nil }
    let demos = pages.lesson.demos.indices.map { results[$0] }
    let section = InlineValues(lesson: pages.lesson, results: demos).filling(pages.sections[page])
    let lines = renderer.sectionLines(section, of: pages.lesson, results: demos)
    guard let found, found.page == page else { return lines }
    return lines.map { $0.highlighting(found.text, style: TextStyle(bold: true, inverse: true)) }
  }

  func pageLines() -> [StyledText] {
    if case .help = state.mode { return PageLayout.help(width: size.width) }
    if let step = state.walkthroughStep, let walkthrough = walkthrough(),
      walkthrough.steps.indices.contains(step)
    {
      return renderer.stepLines(
        walkthrough.steps[step], number: step + 1, of: walkthrough.steps.count,
        source: walkthrough.title)
    }
    return lines(of: state.page)
  }

  /// The first trace or rollout of the page's demos that spells out its steps.
  private func walkthrough() -> (title: String, steps: [OutputStep])? {
    for demo in pages.demos[state.page] {
      for output in results[demo]?.outputs ?? [] {
        switch output {
        case .table(let table) where !table.steps.isEmpty: return (table.title, table.steps)
        case .frames(let frames) where !frames.steps.isEmpty: return (frames.title, frames.steps)
        default: continue
        }
      }
    }
    return nil
  }

  func draw() {
    let lesson = pages.lesson
    let title =
      lessons.count > 1
      ? "\(lesson.title)  (lesson \(lessonIndex + 1) of \(lessons.count))" : lesson.title
    var status = "section \(state.page + 1)/\(pages.count)"
    let demos = tunedDemo.map { [$0] } ?? pages.demos[state.page]
    let settings = tweaks.summary(of: demos)
    if !settings.isEmpty { status += " · " + settings.joined(separator: " ") }
    let screen = layout.screen(
      title: title, page: pageLines(), scroll: state.scroll, status: status,
      prompt: PageLayout.promptLine(
        for: state, walkthroughLength: walkthrough()?.steps.count ?? 0, hasDemos: !demos.isEmpty,
        exercise: exerciseKeys, width: size.width))
    let text = screen.map { $0.rendered(colors: colors) }.joined(separator: "\u{1B}[K\r\n")
    RawTerminal.write("\u{1B}[H" + text + "\u{1B}[K")
  }
}
