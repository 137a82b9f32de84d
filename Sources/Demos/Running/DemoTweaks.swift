public import Lessons

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

  /// Applies `key=value` to `demos` if every one of them accepts it; otherwise
  /// changes nothing and returns the first problem, with its hint.
  public mutating func set(key: String, value: String, for demos: [Int], of lesson: Lesson)
    -> String?
  {
    for demo in demos {
      var trial = runner(for: demo)
      trial.validator.overrides.append(DemoValidator.Override(key: key, value: value))
      let outcome = trial.validator.validate(lesson.demos[demo])
      if let problem = outcome.diagnostics.first(where: { $0.severity == .error }) {
        return problem.message + (problem.hint.map { " (\($0))" } ?? "")
      }
    }
    for demo in demos {
      overrides[demo, default: []].removeAll { $0.key == key }
      overrides[demo, default: []].append(DemoValidator.Override(key: key, value: value))
    }
    return nil
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
}
