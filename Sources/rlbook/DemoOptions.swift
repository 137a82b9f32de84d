import ArgumentParser
import Demos

/// Options of the commands that run demos: seeds, overrides, limits.
struct DemoOptions: ParsableArguments {
  @Option(help: "Run every demo with this seed instead of its own.")
  var seed: Int?

  @Option(
    name: .customLong("set"),
    help: ArgumentHelp(
      "Override a setting of the demos: key=value (repeatable).",
      discussion: "For example --set gamma=0.5 --set hidden=[64,64].",
      valueName: "key=value"))
  var overrides: [String] = []

  @Option(help: "Apply --seed and --set to this demo only (1 is a lesson's first demo).")
  var demo: Int?

  @Flag(help: "Lift the limits on episodes, steps, runs and network size (for long demos).")
  var allowLong = false

  func validate() throws {
    for override in overrides where !override.contains("=") || override.hasPrefix("=") {
      throw ValidationError(
        "--set takes key=value, for example --set gamma=0.9 (got `\(override)`)")
    }
    if let seed, seed < 0 { throw ValidationError("--seed must be 0 or more") }
    if let demo, demo < 1 { throw ValidationError("--demo counts from 1") }
  }

  /// The runner these options describe.
  var runner: DemoRunner {
    let parsed = overrides.map { text in
      let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
      return DemoValidator.Override(key: parts[0], value: parts.count > 1 ? parts[1] : "")
    }
    return DemoRunner(
      validator: DemoValidator(
        limits: allowLong ? .long : DemoLimits(), overrides: parsed, seed: seed))
  }

  /// The demo (from 0) the overrides apply to, or `nil` for all.
  var demoIndex: Int? { demo.map { $0 - 1 } }
}
