import Demos
import Dispatch
import Lessons
import MarkdownSyntax
import Renderers
import Stepper
import Synchronization
import TerminalUI

/// `rlbook present` at a terminal: a lesson as slides for a room, its demos
/// trained live, with parameters nudged from the keyboard.
final class PresentSession {
  let slides: LessonSlides
  var state: PresenterState
  var tweaks: DemoTweaks
  private let colors: Bool
  /// How long a live run may take before the cached result is shown instead.
  private let timeLimit: Int
  /// Results of the lesson's demos, by index.
  var results: [Int: DemoResult] = [:]
  /// The exercises whose answers are revealed (`v`), by id.
  private var revealed: Set<String> = []
  /// The verdicts on the room's tunings (`s`), by exercise id.
  var verdicts: [String: ExerciseDisplay.Verdict] = [:]
  /// Training progress shown big while a demo trains.
  var training: TrainingProgress??
  /// A line for the footer: what a nudge changed, a fallback, a problem.
  var message: String?
  private let started = ContinuousClock.now
  /// The slide the message belongs to; moving to another clears it.
  private var messageSlide = 0
  /// A nudge's change (`γ 0.9 → 0.95`), drawn big above its demo's output until
  /// it expires a few seconds after the retrained result appears.
  var banner: (text: String, demo: Int, until: ContinuousClock.Instant)?
  /// The slide whose notes were last published, so other redraws write nothing.
  private var notesSlide: Int?
  private var size = RawTerminal.size
  let decoder = KeyDecoder()

  init(lesson: Lesson, runner: DemoRunner, colors: Bool, timeLimit: Int) {
    slides = LessonSlides(lesson)
    state = PresenterState(slideCount: slides.count)
    tweaks = DemoTweaks(base: runner)
    self.colors = colors
    self.timeLimit = timeLimit
  }

  /// Runs until the presenter quits; the terminal is restored however it ends.
  func run() {
    RawTerminal.enter()
    defer {
      RawTerminal.leave()
      SpeakerNotes.withdraw()
    }
    guard showSlide() else { return }
    var clock = elapsedText
    while true {
      let bytes = RawTerminal.read(waiting: 250)
      if RawTerminal.takeResize() {
        size = RawTerminal.size
        draw()
      }
      if elapsedText != clock {
        clock = elapsedText
        draw()
      }
      for key in decoder.keys(in: bytes) {
        if !perform(state.handle(key, overflow: overflow, tunes: tunes)) { return }
      }
    }
  }

  var slide: LessonSlides.Slide { slides.slides[state.slide] }

  /// Carries out an effect; `false` to quit.
  private func perform(_ effect: PresenterState.Effect) -> Bool {
    let demos = slide.demo.map { [$0] } ?? []
    switch effect {
    case .quit: return false
    case .redraw: return showSlide()
    case .nudge(let nudge, let up): return self.nudge(nudge, up: up)
    case .nextSeed:
      guard !demos.isEmpty else { return say("n changes a demo's seed: this slide has none") }
      tweaks.nextSeed(for: demos, of: slides.lesson)
      message = "seed → \(tweaks.summary(of: demos).first { $0.hasPrefix("seed") } ?? "")"
    case .rerun:
      message = nil
    case .reset:
      tweaks.reset(demos)
      message = demos.isEmpty ? nil : "back to the lesson's settings"
    case .reveal:
      return reveal()
    case .tune(let typed):
      return tune(typed)
    case .say(let text):
      return say(text)
    }
    for demo in demos { results[demo] = nil }
    return showSlide()
  }

  /// The exercise on this slide, if there is one.
  var exercise: Exercise? {
    slide.blocks.lazy.compactMap { block -> Exercise? in
      if case .exercise(let exercise) = block { return exercise }
      return nil
    }.first
  }

  /// `v`: shows (or hides again) the slide's exercise's answer and explanation,
  /// training the demos its answer is computed from.
  private func reveal() -> Bool {
    guard let exercise else { return say("v reveals an exercise's answer: this slide has none") }
    if revealed.remove(exercise.id) == nil {
      revealed.insert(exercise.id)
      for demo in ExerciseKeys.demos(readBy: exercise, in: slides.lesson) where results[demo] == nil
      {
        guard train(demo) else { return false }
      }
    }
    draw()
    return true
  }

  func say(_ text: String) -> Bool {
    message = text
    draw()
    return true
  }

  /// Moves γ, ε or α of the slide's demo one step and trains it again.
  private func nudge(_ nudge: Nudge, up: Bool) -> Bool {
    guard let demo = slide.demo else {
      return say("\(nudge.symbol) nudges a demo: this slide has none")
    }
    switch nudge.step(from: results[demo]?.provenance, up: up) {
    case .impossible(let reason):
      return say(reason)
    case .set(let key, let value, let change):
      if let problem = tweaks.set(key: key, value: value, for: [demo], of: slides.lesson) {
        return say(problem)
      }
      message = change
      banner = (change, demo, .now + .seconds(3600))
    }
    results[demo] = nil
    guard showSlide() else { return false }
    // The change stays big for a few seconds from when its result is on screen.
    if let shown = banner, shown.demo == demo, results[demo] != nil {
      banner?.until = .now + .seconds(4)
      scrollToOutput(of: demo)
      draw()
    }
    return true
  }

  /// Publishes the slide's notes, draws it, and trains its demo if it has no result.
  func showSlide() -> Bool {
    if state.slide != messageSlide {
      message = nil
      messageSlide = state.slide
    }
    if notesSlide != state.slide {
      notesSlide = state.slide
      publishNotes()
    }
    draw()
    let shown = state.slide
    for demo in demosNeeded() where results[demo] == nil {
      guard train(demo) else { return false }
      if state.slide != shown { return true }  // moved on: the new slide is shown
    }
    return true
  }

  /// The slide's demo, then the demos its inline values quote.
  private func demosNeeded() -> [Int] {
    let own = slide.demo.map { [$0] } ?? []
    let quoted = InlineValues(lesson: slides.lesson, results: []).demosQuoted(
      by: Section(heading: slide.heading, blocks: slide.blocks))
    return own + quoted.filter { !own.contains($0) }
  }

  /// Trains a demo live with its progress shown big; past the time limit, or if
  /// the run fails, shows the cached result with a note. `false` to quit.
  private func train(_ demo: Int) -> Bool {
    let shown = state.slide
    let spec = slides.lesson.demos[demo]
    var runner = tweaks.runner(for: demo)
    runner.readsCache = false
    let start = ContinuousClock.now
    var ending: Bool?
    _ = live(runner) {
      $0.run(spec)
    } keepWaiting: { finished, keys in
      let decision = LiveRun.decide(
        finished: finished, elapsed: ContinuousClock.now - start, limit: timeLimit,
        cached: { tweaks.runner(for: demo).cachedResult(spec) })
      switch decision {
      case .show(let result, let note):
        results[demo] = result
        if let note { message = note }
        return false
      case .wait(let note):
        if let note { message = note }
      }
      for key in keys {
        if state.handle(key) == .quit {
          ending = false
          return false
        }
        if state.slide != shown {  // moved on: the run is left behind
          ending = showSlide()
          return false
        }
      }
      return true
    }
    if let ending { return ending }
    draw()
    return true
  }

  private func publishNotes() {
    SpeakerNotes.publish(slide: state.slide, of: slides)
  }

  // MARK: Drawing

  var layout: SlideLayout { SlideLayout(width: size.width, height: size.height) }

  private var elapsedText: String {
    let seconds = Int((ContinuousClock.now - started).components.seconds)
    let minutes = seconds / 60
    return "\(minutes):" + (seconds % 60 < 10 ? "0" : "") + String(seconds % 60)
  }

  /// The slide's lines, before scrolling.
  func slideLines() -> [StyledText] {
    let layout = layout
    if state.showsHelp { return layout.helpLines() }
    if slide.isTitle {
      return layout.titleLines(
        title: slides.lesson.title, description: slides.lesson.frontMatter.description,
        slideCount: slides.count)
    }
    var lines: [StyledText] = []
    let demoResults = slides.lesson.demos.indices.map { results[$0] }
    let shown = InlineValues(lesson: slides.lesson, results: demoResults).filling(
      Section(heading: slide.heading, blocks: slide.blocks))
    if let title = shown.heading?.content.plainText {
      lines += layout.headingLines(title) + [StyledText()]
    }
    let renderer = slideRenderer(results: demoResults)
    var body = renderer.sectionLines(
      Section(heading: nil, blocks: shown.blocks), of: slides.lesson, results: demoResults)
    if let banner, banner.until > .now,
      let start = renderer.outputStarts(
        Section(heading: nil, blocks: shown.blocks), of: slides.lesson, results: demoResults)[
          banner.demo]
    {
      body.insert(contentsOf: bannerLines(banner.text) + [StyledText()], at: min(start, body.count))
    }
    return lines + body
  }

  /// The renderer of a slide's blocks: its width the slide's measure, charts
  /// sized to the screen, demo blocks folded unless `y` unfolded them.
  func slideRenderer(results demoResults: [DemoResult?]) -> TerminalRenderer {
    var renderer = TerminalRenderer(width: layout.contentWidth, colors: colors)
    renderer.chartRows = TextChart.rows(fitting: layout.bodyHeight - 4)
    renderer.foldsDemoSpecs = !state.showsSpecs
    renderer.foldedHint = "y shows the block"
    for exercise in slides.lesson.exercises {
      var display = ExerciseDisplay()
      display.verdict = verdicts[exercise.id]
      display.showsExplanation = display.verdict?.isRight == true
      if revealed.contains(exercise.id) {
        display.showsExplanation = true
        display.revealedAnswer = ExerciseKeys.answerText(
          of: exercise, in: slides.lesson, results: demoResults)
      }
      renderer.exerciseDisplays[exercise.id] = display
    }
    return renderer
  }

  /// What the keys do on an exercise's slide, for its footer.
  private var exerciseKeys: String {
    guard let exercise else { return "" }
    guard case .tuning(let tuning) = exercise.kind, let knob = tuning.knobs.first else {
      return "v reveals the answer"
    }
    return "s \(knob.name)=… trains and checks · v reveals the answer"
  }

  /// The big progress panel shown while a demo trains.
  private func trainingPanel(_ progress: TrainingProgress?) -> [StyledText] {
    var caption = "training"
    if let progress {
      caption += " \(progress.agent) · episode \(progress.episodesDone) of \(progress.episodes)"
      if progress.runs > 1 { caption += " · run \(progress.run + 1) of \(progress.runs)" }
    }
    return layout.trainingPanel(fraction: progress?.fraction ?? 0, caption: caption)
  }

  private var overflow: Int { layout.overflow(of: slideLines()) }

  func draw() {
    let settings =
      slide.demo.map { tweaks.summary(of: [$0]).joined(separator: " ") } ?? exerciseKeys
    let lines = layout.screen(
      body: slideLines(), panel: training.map(trainingPanel), scroll: state.scroll,
      message: state.typing.map { "settings: " + $0 + "▏  (enter trains, esc drops)" }
        ?? message ?? settings,
      position: "\(state.slide + 1) / \(slides.count)   \(elapsedText)",
      indent: slide.isTitle && !state.showsHelp ? layout.titleIndent : nil)
    let text = lines.map { $0.rendered(colors: colors) }.joined(separator: "\u{1B}[K\r\n")
    RawTerminal.write("\u{1B}[H" + text + "\u{1B}[K")
  }
}
