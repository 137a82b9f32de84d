public import Lessons
public import MarkdownSyntax

/// A validated demo: everything needed to train and show it, defaults applied.
public struct DemoPlan: Sendable {
  /// The environment (`nil` for a `returns` demo, which needs none).
  public let environment: EnvironmentEntry?
  /// The agents, in the block's order.
  public let agents: [AgentEntry]
  /// The views, in the block's order.
  public let views: [ViewEntry.Name]
  /// Every setting the block (or the command line) gives, checked.
  public let settings: DemoSettings
  /// Training episodes per run and agent.
  public let episodes: Int
  /// A budget of steps per run, if the block gives one.
  public let maximumSteps: Int?
  /// Independent runs (seeds `seed`, `seed + 1`, …).
  public let runs: Int
  /// The seed of the first run.
  public let seed: Int
  /// Steps a `trace` or `rollout` shows.
  public let traceLength: Int
  /// The states tables show; empty means the view's default.
  public let probes: [Probe]
  /// Everything that determines the outputs.
  public let provenance: Provenance
  /// Where the block is.
  public let range: SourceRange
  /// The built environment.
  let world: DemoWorld?
}
