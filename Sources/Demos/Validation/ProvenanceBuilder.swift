import Foundation
import Lessons
import RLCore

/// Lists every setting in effect for a demo, defaults included, in a stable order.
enum ProvenanceBuilder {
  static func provenance(
    environment: EnvironmentEntry, agents: [AgentEntry], views: [ViewEntry],
    settings: DemoSettings, budget: Budget, world: DemoWorld
  ) -> Provenance {
    var items: [Provenance.Item] = []
    for setting in environment.settings {
      if let value = environment.provenanceValue(of: setting, settings: settings, world: world) {
        items.append(.init(setting.name, value))
      }
    }
    // A setting every agent has at one value is the demo's; any other is said per agent.
    let names = agents.flatMap { $0.settings.map(\.name) }.uniqued()
    var perAgent: [Provenance.Item] = []
    for name in names {
      let values = agents.compactMap { agent -> (String, String)? in
        guard let setting = agent.setting(name) else { return nil }
        return (agent.name, agentValue(setting, agent, settings, world))
      }
      if values.count == agents.count, values.map(\.1).uniqued().count == 1 {
        items.append(.init(name, values[0].1))
      } else {
        perAgent += values.map { .init(name, $0.1, agent: $0.0) }
      }
    }
    for agent in agents.map(\.name) { items += perAgent.filter { $0.agent == agent } }
    if agents.contains(where: { $0.family != .exact }) {
      items.append(.init("episodes", String(budget.episodes)))
      if let steps = budget.steps { items.append(.init("steps", String(steps))) }
      items.append(.init("runs", String(budget.runs)))
    }
    // An exact method draws nothing at random; only a rollout's slips use the seed.
    if agents.contains(where: { $0.family != .exact }) || views.contains(.rollout) {
      items.append(.init("seed", String(settings.integer(CommonSettings.seed))))
    }
    items.append(.init("show", views.map(\.name).joined(separator: ", ")))
    if let state = settings.values["state"] { items.append(.init("state", state.written)) }
    if views.contains(.trace) || views.contains(.rollout) {
      items.append(.init("trace", String(settings.integer(CommonSettings.trace))))
    }
    if views.contains(.trace), let from = settings.integer("trace-from") {
      items.append(.init("trace-from", String(from)))
    }
    if views.contains(.learningCurve) {
      items.append(.init("metric", settings.text(CommonSettings.metric)))
      items.append(
        .init("smooth", String(settings.integer("smooth") ?? defaultSmoothing(budget.episodes))))
      if let from = settings.given(CommonSettings.curveFrom)?.integer {
        items.append(.init("curve-from", String(from)))
      }
    }
    if let sweep = settings.sweep, sweep.key == "frozen-after" {
      items.append(.init("frozen-after", sweep.written))
    } else if let frozen = settings.integer("frozen-after") {
      items.append(.init("frozen-after", String(frozen)))
    }
    return Provenance(environment: environment.name, agents: agents.map(\.name), settings: items)
  }

  /// The window a learning curve averages over when the block does not say: about 50 points.
  static func defaultSmoothing(_ episodes: Int) -> Int { max(1, episodes / 50) }

  /// What an agent trains with, as it is written: a swept list, else the value
  /// training reads, else the words for going without (`sample average`).
  private static func agentValue(
    _ setting: Hyperparameter, _ agent: AgentEntry, _ settings: DemoSettings, _ world: DemoWorld
  ) -> String {
    if let sweep = settings.sweep, sweep.key == setting.name { return sweep.written }
    return agent.value(of: setting, settings: settings, world: world)?.written
      ?? setting.defaultValue
  }
}
