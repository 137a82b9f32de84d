import Demos
import Lessons
import Testing

/// What `step` and `present` decide about demos, without a terminal: settings typed
/// at the keyboard, live runs against the cache, and the progress line.
@Suite struct SessionPolicyTests {
  static let lesson = LessonParser(fileExists: { _ in true }).parse(
    """
    # Tweaks

    ```rl
    env: cliff
    agent: q-learning
    episodes: 20
    seed: 4
    ```

    ```rl
    env: bandit
    agent: epsilon-greedy
    episodes: 50
    ```
    """, path: "tweaks.md")

  @Test func aSettingEveryDemoAcceptsIsAppliedAndOneThatFailsChangesNothing() {
    var tweaks = DemoTweaks(base: DemoRunner())
    #expect(tweaks.set(key: "gamma", value: "0.5", for: [0], of: Self.lesson) == nil)
    #expect(tweaks.summary(of: [0]) == ["gamma=0.5"])
    #expect(tweaks.runner(for: 0).run(Self.lesson.demos[0]).provenance?["gamma"] == "0.5")
    // A value out of range for one demo changes nothing for either.
    let bad = tweaks.set(key: "gamma", value: "2", for: [0, 1], of: Self.lesson)
    #expect(bad?.contains("out of range") == true)
    #expect(tweaks.summary(of: [0, 1]) == ["gamma=0.5"])
    // The bandit's agent has no gamma: it is passed over, and the cliff demo takes it.
    #expect(tweaks.set(key: "gamma", value: "0.7", for: [0, 1], of: Self.lesson) == nil)
    #expect(tweaks.summary(of: [0]) == ["gamma=0.7"])
    #expect(tweaks.summary(of: [1]).isEmpty)
    // Asked of the bandit alone, the setting is refused with the reason.
    let refused = tweaks.set(key: "gamma", value: "0.7", for: [1], of: Self.lesson)
    #expect(refused?.contains("is not a setting of bandit") == true)
  }

  @Test func departuresAreTheSettingsInEffectThatAreNotTheLessons() {
    var tweaks = DemoTweaks(base: DemoRunner())
    #expect(tweaks.departures(of: 0, in: Self.lesson).isEmpty)
    // The lesson's own value, typed again, is no departure.
    #expect(tweaks.set(key: "seed", value: "4", for: [0], of: Self.lesson) == nil)
    #expect(tweaks.departures(of: 0, in: Self.lesson).isEmpty)
    #expect(tweaks.set(key: "gamma", value: "0.5", for: [0], of: Self.lesson) == nil)
    tweaks.nextSeed(for: [0], of: Self.lesson)
    let both = tweaks.departures(of: 0, in: Self.lesson)
    #expect(Set(both) == ["gamma=0.5", "seed=5"])
    let knobAllowed = tweaks.departures(of: 0, in: Self.lesson, allowing: ["gamma"])
    #expect(knobAllowed == ["seed=5"])
    // A --set of the command line counts too, where the demo has the setting.
    var base = DemoRunner()
    base.validator.overrides = [.init(key: "gamma", value: "0.8", isForEveryDemo: true)]
    let lessonWide = DemoTweaks(base: base)
    #expect(lessonWide.departures(of: 0, in: Self.lesson) == ["gamma=0.8"])
    #expect(lessonWide.departures(of: 1, in: Self.lesson).isEmpty)
  }

  @Test func theNextSeedFollowsTheLessonsAndResetForgetsIt() {
    var tweaks = DemoTweaks(base: DemoRunner())
    tweaks.nextSeed(for: [0, 1], of: Self.lesson)
    #expect(tweaks.seeds == [0: 5, 1: 1])
    tweaks.nextSeed(for: [0], of: Self.lesson)
    #expect(tweaks.runner(for: 0).run(Self.lesson.demos[0]).provenance?["seed"] == "6")
    tweaks.reset([0])
    #expect(tweaks.seeds == [1: 1])
    tweaks.clear()
    #expect(tweaks.seeds.isEmpty && tweaks.overrides.isEmpty)
  }

  @Test func aLiveRunShowsItsResultUnlessItFailedOrTookTooLong() {
    let good = DemoRunner().run(Self.lesson.demos[1])
    let failed = DemoResult.failed([.error("no", at: nil)])
    let cached = DemoRunner().run(Self.lesson.demos[0])
    let decide = { (finished: DemoResult?, seconds: Int, stored: DemoResult?) in
      LiveRun.decide(finished: finished, elapsed: .seconds(seconds), limit: 10) { stored }
    }
    let inTime = decide(good, 99, cached)
    let broken = decide(failed, 1, cached)
    let running = decide(nil, 9, cached)
    let late = decide(nil, 11, cached)
    let lateWithNothing = decide(nil, 11, nil)
    let brokenWithNothing = decide(failed, 1, nil)
    #expect(inTime == .show(good, note: nil))
    #expect(broken == .show(cached, note: "the live run failed; this is the cached result"))
    #expect(running == .wait(note: nil))
    #expect(late == .show(cached, note: "live training passed 10 s: this is the cached result"))
    #expect(
      lateWithNothing
        == .wait(note: "training is taking longer than 10 s, and nothing is cached to show"))
    #expect(brokenWithNothing == .show(failed, note: nil))
  }

  @Test func theProgressLineFitsItsWidthAndAbbreviatesSteps() {
    let progress = TrainingProgress(
      agent: "dqn", run: 1, runs: 3, episodesDone: 150, episodes: 300, recentReturn: 181.25,
      stepsDone: 21_400, stepBudget: 50_000)
    let line = progress.line(demo: 1, of: 9, width: 200)
    #expect(
      line
        == "demo 2/9 dqn ██████████░░░░░░░░░░ 150/300 episodes · 21.4k/50k steps · run 2/3 · return 181.3"
    )
    // Narrower, the details go first (the return, then the run), then half the
    // bar, then the label's end: the counts are never cut.
    let lines = [95, 80, 70, 50, 40].map { progress.line(demo: 1, of: 9, width: $0) }
    #expect(
      lines == [
        "demo 2/9 dqn ██████████░░░░░░░░░░ 150/300 episodes · 21.4k/50k steps · run 2/3 · return 181.3",
        "demo 2/9 dqn ██████████░░░░░░░░░░ 150/300 episodes · 21.4k/50k steps · run 2/3",
        "demo 2/9 dqn ██████████░░░░░░░░░░ 150/300 episodes · 21.4k/50k steps",
        "demo 2/9 dqn █████░░░░░ 150/300 episodes",
        "demo 2/9 d… █████░░░░░ 150/300 episodes",
      ])
    #expect(progress.line(demo: 1, of: 9, width: 30).count == 29)
    #expect(
      [950, 1000, 21_449, 999_949, 999_950, 1_250_000].map(TrainingProgress.abbreviated)
        == ["950", "1k", "21.4k", "999.9k", "1M", "1.3M"])
  }
}
