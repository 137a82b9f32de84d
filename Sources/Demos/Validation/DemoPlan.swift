public import Lessons
public import MarkdownSyntax
import RLCore

/// A validated demo: everything needed to train and show it, defaults applied.
public struct DemoPlan: Sendable {
  /// The environment (`nil` for a `returns` demo, which needs none).
  public let environment: EnvironmentEntry?
  /// The agents, in the block's order.
  public let agents: [AgentEntry]
  /// What is trained: each agent, once per value of a swept setting.
  public let variants: [AgentVariant]
  /// The views, in the block's order.
  public let views: [ViewEntry]
  /// Every setting the block (or the command line) gives, checked.
  public let settings: DemoSettings
  /// Training episodes per run and agent.
  public let episodes: Int
  /// A budget of steps per run, if the block gives one.
  public let maximumSteps: Int?
  /// The steps a run may take when the block gives no budget: the limit, so no demo runs forever.
  public let stepLimit: Int
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

/// One agent as trained by a demo: with the block's settings, or one value of a sweep.
public struct AgentVariant: Sendable {
  /// The agent.
  public let agent: AgentEntry
  /// How tables and legends name it: `q-learning`, or `q-learning (frozen-after 500)`.
  public let label: String
  /// The settings it trains with.
  public let settings: DemoSettings
  /// The swept setting and its value, for a variant of a sweep.
  var sweep: DemoValues.Sweep?

  /// The variants of `agents` under `settings`: one per agent, times the values of a sweep
  /// for the agents it applies to.
  static func all(_ agents: [AgentEntry], settings: DemoSettings) -> [AgentVariant] {
    agents.flatMap { agent -> [AgentVariant] in
      guard let sweep = settings.sweep,
        agent.setting(sweep.key) != nil || CommonSettings.setting(sweep.key) != nil
      else { return [AgentVariant(agent: agent, label: agent.name, settings: settings)] }
      return sweep.values.map { value in
        let written = value?.written ?? "never"
        return AgentVariant(
          agent: agent, label: "\(agent.name) (\(sweep.key) \(written))",
          settings: settings.with(sweep.key, value),
          sweep: DemoValues.Sweep(key: sweep.key, value: written))
      }
    }
  }
}
