public import Lessons
import MarkdownSyntax
import RLCore

/// Checks an `rl` block against the registry and turns it into a ``DemoPlan``.
///
/// Every problem is a diagnostic at the key's or value's own line and column:
/// unknown keys with the nearest spelling and the keys the demo accepts, wrong
/// types, values out of range, agents that cannot run on the environment,
/// views the agents cannot show, and budgets over the ``DemoLimits``.
public struct DemoValidator: Sendable {
  /// A `--set key=value` from the command line.
  public struct Override: Hashable, Sendable {
    /// The key.
    public var key: String
    /// The value, as it would be written in a block (`0.5`, `[64, 64]`).
    public var value: String
    /// Whether it is meant for every demo of a lesson: then a demo that has no
    /// such setting (a random agent and `gamma`) is left as it is, instead of
    /// being refused as it is when the override names that demo.
    public var isForEveryDemo: Bool

    /// Creates an override.
    public init(key: String, value: String, isForEveryDemo: Bool = false) {
      self.key = key
      self.value = value
      self.isForEveryDemo = isForEveryDemo
    }
  }

  /// What validation found: a plan when the block can run, and the problems
  /// found beyond those of reading the block (which are in ``DemoSpec/problems``).
  public struct Outcome: Sendable {
    /// The plan; `nil` when there is an error.
    public var plan: DemoPlan?
    /// The problems, errors and warnings, in the order found.
    public var diagnostics: [Diagnostic]
  }

  /// The ceilings on work.
  public var limits: DemoLimits
  /// Settings that replace or add to the block's.
  public var overrides: [Override]
  /// A seed that replaces the block's.
  public var seed: Int?

  /// A validator with the default limits and no overrides.
  public init(limits: DemoLimits = DemoLimits(), overrides: [Override] = [], seed: Int? = nil) {
    self.limits = limits
    self.overrides = overrides
    self.seed = seed
  }

  /// Validates a block.
  public func validate(_ spec: DemoSpec) -> Outcome {
    guard spec.isValid else { return Outcome(plan: nil, diagnostics: []) }
    var check = BlockCheck(spec: spec, limits: limits)
    check.apply(overrides, seed: seed)
    let plan = check.run()
    return Outcome(plan: plan, diagnostics: check.diagnostics)
  }
}
