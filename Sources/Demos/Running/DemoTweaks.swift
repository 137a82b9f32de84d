public import Lessons
import MarkdownSyntax

/// Settings and seeds changed from the keyboard in `step` and `present`, per demo
/// of the lesson shown, and the runner that applies them.
public struct DemoTweaks: Sendable {
  /// The runner of the command line's options.
  public let base: DemoRunner
  /// Settings typed or nudged, by demo.
  public private(set) var overrides: [Int: [DemoValidator.Override]] = [:]
  /// Seeds chosen with `n`, by demo.
  public private(set) var seeds: [Int: Int] = [:]

  /// Tweaks of nothing yet, over `base`.
  public init(base: DemoRunner) { self.base = base }

  /// The runner for one demo: the base one with the demo's settings and seed.
  public func runner(for demo: Int) -> DemoRunner {
    var runner = base
    runner.validator.overrides += overrides[demo] ?? []
    if let seed = seeds[demo] { runner.validator.seed = seed }
    return runner
  }

  /// Applies `key=value` to those of `demos` that have such a setting, if
  /// every one of them accepts the value; otherwise changes nothing and
  /// returns the first problem, with its hint. A demo without the setting (a
  /// random agent and `gamma`) is passed over, unless no demo has it.
  public mutating func set(key: String, value: String, for demos: [Int], of lesson: Lesson)
    -> String?
  {
    let override = DemoValidator.Override(key: key, value: value)
    var takers: [Int] = []
    var firstRefusal: String?
    for demo in demos {
      guard let problem = problem(with: override, for: demo, of: lesson) else {
        takers.append(demo)
        continue
      }
      var passing = override
      passing.isForEveryDemo = true
      guard self.problem(with: passing, for: demo, of: lesson) == nil else { return problem }
      firstRefusal = firstRefusal ?? problem
    }
    guard !takers.isEmpty else { return firstRefusal }
    for demo in takers {
      overrides[demo, default: []].removeAll { $0.key == key }
      overrides[demo, default: []].append(override)
    }
    return nil
  }

  /// The first error of `demo` under its tweaks and `override`, with its hint.
  private func problem(with override: DemoValidator.Override, for demo: Int, of lesson: Lesson)
    -> String?
  {
    var trial = runner(for: demo)
    trial.validator.overrides.append(override)
    let outcome = trial.validator.validate(lesson.demos[demo])
    return outcome.diagnostics.first { $0.severity == .error }.map { problem in
      problem.message + (problem.hint.map { " (\($0))" } ?? "")
    }
  }

  /// Those of `demos` that keep their own list of `key`'s values under a
  /// single `value`, because comparing those values is what they show.
  public func keepingComparison(of key: String, value: String, in demos: [Int], of lesson: Lesson)
    -> [Int]
  {
    let nowhere = SourceRange(line: 1, column: 1, length: 0)
    let override = YAMLEntry(
      key: key, keyRange: nowhere, value: BlockCheck.value(of: value, at: nowhere))
    return demos.filter { demo in
      lesson.demos[demo][key].map { BlockCheck.keepsComparison($0, against: override) } ?? false
    }
  }

  /// Moves `demos` on to the seed after their current one.
  public mutating func nextSeed(for demos: [Int], of lesson: Lesson) {
    for demo in demos {
      seeds[demo] = (seeds[demo] ?? lesson.demos[demo]["seed"]?.value.int ?? 0) + 1
    }
  }

  /// Forgets the settings and seeds of `demos`.
  public mutating func reset(_ demos: [Int]) {
    for demo in demos {
      overrides[demo] = nil
      seeds[demo] = nil
    }
  }

  /// Forgets everything (another lesson is shown).
  public mutating func clear() {
    overrides = [:]
    seeds = [:]
  }

  /// `seed 8 gamma=0.5`: what is changed for `demos`, each once.
  public func summary(of demos: [Int]) -> [String] {
    var seen: Set<String> = []
    return demos.flatMap { demo in
      (seeds[demo].map { ["seed \($0)"] } ?? [])
        + (overrides[demo] ?? []).map { "\($0.key)=\($0.value)" }
    }.filter { seen.insert($0).inserted }
  }

  /// The settings `demo` runs with, from the command line or the keyboard,
  /// that differ from the lesson's own, other than `allowed` (a tuning's
  /// knobs): `gamma=0.5`, `seed=3`. Empty when it runs as written.
  public func departures(of demo: Int, in lesson: Lesson, allowing allowed: Set<String> = [])
    -> [String]
  {
    let spec = lesson.demos[demo]
    var tweaked = runner(for: demo).validator
    tweaked.overrides.removeAll { allowed.contains($0.key) }
    if allowed.contains("seed") { tweaked.seed = nil }
    guard let own = DemoValidator(limits: tweaked.limits).validate(spec).plan?.provenance,
      let shown = tweaked.validate(spec).plan?.provenance
    else { return [] }
    return shown.settings.filter { !own.settings.contains($0) }.map { "\($0.key)=\($0.value)" }
  }
}
