import ArgumentParser
import Demos
import Foundation
import Lessons
import MarkdownSyntax

/// Options of the commands that run demos: seeds, overrides, limits.
struct DemoOptions: ParsableArguments {
  @Option(help: "Run every demo with this seed instead of its own.")
  var seed: Int?

  @Option(
    name: .customLong("set"),
    help: ArgumentHelp(
      "Override a setting of the demos: key=value (repeatable).",
      discussion: """
        For example --set gamma=0.5 --set hidden=[64,64]. A demo that compares \
        several values of the setting (gamma: [0.5, 0.99]) keeps them.
        """,
      valueName: "key=value"))
  var overrides: [String] = []

  /// `lesson` with its inline values and exercise keys filled in from `results`.
  /// Under the reader's settings (`--set`, `--seed`) a value the results cannot
  /// give is a warning.
  func filling(_ lesson: Lesson, from results: [DemoResult]) -> Lesson {
    var values = InlineValues(lesson: lesson, results: results)
    if seed != nil || !overrides.isEmpty { values.problemSeverity = .warning }
    return ExerciseKeys.filling(values.filledLesson, results: results)
  }

  @Option(help: "Apply --seed and --set to this demo only (1 is a lesson's first demo).")
  var demo: Int?

  @Flag(help: "Lift the limits on episodes, steps, runs and network size (for long demos).")
  var allowLong = false

  @Flag(help: "Train every demo even when a cached result exists (and do not store results).")
  var noCache = false

  @Option(help: "Where results are cached (default: $XDG_CACHE_HOME/rlbook or ~/.cache/rlbook).")
  var cacheDir: String?

  @Flag(
    help:
      "After each lesson, print on standard error how long each demo took and whether it was cached."
  )
  var timings = false

  func validate() throws {
    for override in overrides where !override.contains("=") || override.hasPrefix("=") {
      throw ValidationError(
        "--set takes key=value, for example --set gamma=0.9 (got `\(override)`)")
    }
    if let seed, seed < 0 { throw ValidationError("--seed must be 0 or more") }
    if let demo, demo < 1 { throw ValidationError("--demo counts from 1") }
  }

  /// These options again, as arguments for `run` (which `step` and `present` become off a terminal).
  var forwardedArguments: [String] {
    var arguments: [String] = []
    if let seed { arguments += ["--seed", String(seed)] }
    for override in overrides { arguments += ["--set", override] }
    if let demo { arguments += ["--demo", String(demo)] }
    if allowLong { arguments.append("--allow-long") }
    if noCache { arguments.append("--no-cache") }
    if let cacheDir { arguments += ["--cache-dir", cacheDir] }
    return arguments
  }

  /// The runner these options describe, reporting progress to `display`.
  func runner(display: ProgressDisplay? = nil, demoCount: @escaping @Sendable () -> Int = { 0 })
    -> DemoRunner
  {
    let parsed = overrides.map { text in
      let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
      return DemoValidator.Override(
        key: parts[0], value: parts.count > 1 ? parts[1] : "", isForEveryDemo: demo == nil)
    }
    let environment = ProcessInfo.processInfo.environment
    let directory =
      cacheDir.map { URL(fileURLWithPath: $0) }
      ?? ResultCache.defaultDirectory(environment: environment)
    let validator = DemoValidator(
      limits: allowLong ? .long : DemoLimits(), overrides: parsed, seed: seed)
    let cache = noCache ? nil : ResultCache(directory: directory, version: Self.buildIdentity)
    var runner = DemoRunner(validator: validator, cache: cache)
    if let display {
      runner.progress = { index, progress in
        display.report(demo: index, count: demoCount(), progress)
      }
    }
    return runner
  }

  /// Runs a lesson's demos with a progress bar, printing timings when asked.
  func run(_ lesson: Lesson, display: ProgressDisplay) -> [DemoResult] {
    let count = lesson.demos.count
    display.begin()
    let runs = runner(display: display, demoCount: { count }).timedRuns(
      lesson, onlyOverriding: demoIndex)
    display.end()
    if timings {
      for (index, run) in runs.enumerated() {
        let line = lesson.demos[index].range.start.line
        let seconds = String((run.seconds * 1000).rounded() / 1000)
        let how = run.isCached ? "from the cache" : run.result.didRun ? "trained" : "not run"
        Console.writeError("\(lesson.path):\(line): demo \(index + 1): \(how) in \(seconds) s\n")
        if let reason = run.setAsideEntry {
          Console.writeError(
            "\(lesson.path):\(line): warning: demo \(index + 1)'s cache entry was set aside: \(reason)\n"
          )
        }
      }
    }
    return runs.map(\.result)
  }

  /// rlbook's version and this build's executable (size and modification time), so
  /// that results cached by another build, with other code, are never reused.
  static let buildIdentity: String = {
    let path = Bundle.main.executablePath ?? CommandLine.arguments[0]
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    let size = (attributes?[.size] as? NSNumber)?.int64Value ?? 0
    let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    return "\(RLBook.version) build \(size) \(modified)"
  }()

  /// The demo (from 0) the overrides apply to, or `nil` for all.
  var demoIndex: Int? { demo.map { $0 - 1 } }
}
