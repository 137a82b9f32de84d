import Foundation
import Lessons
import RLCore

/// Lists every setting in effect for a demo, defaults included, in a stable order.
enum ProvenanceBuilder {
  static func provenance(
    environment: EnvironmentEntry, agents: [AgentEntry], views: [ViewEntry.Name],
    settings: DemoSettings, budget: Budget, world: DemoWorld
  ) -> Provenance {
    var items: [Provenance.Item] = []
    for setting in environment.settings {
      if let value = environmentValue(setting.name, default: setting.defaultValue, settings, world)
      {
        items.append(.init(setting.name, value))
      }
    }
    let names = agents.flatMap { $0.settings.map(\.name) }.uniqued()
    for name in names {
      let values = agents.compactMap { agent -> (String, String)? in
        guard let setting = agent.setting(name) else { return nil }
        return (
          agent.name,
          agentValue(setting.name, agent, default: setting.defaultValue, settings, world)
        )
      }
      let distinct = values.map(\.1).uniqued()
      let value =
        distinct.count == 1
        ? distinct[0] : values.map { "\($0.1) (\($0.0))" }.joined(separator: ", ")
      items.append(.init(name, value))
    }
    if agents.contains(where: { $0.family != .exact }) {
      items.append(.init("episodes", String(budget.episodes)))
      if let steps = budget.steps { items.append(.init("steps", String(steps))) }
      items.append(.init("runs", String(budget.runs)))
    }
    items.append(.init("seed", String(settings.integer("seed") ?? 0)))
    items.append(.init("show", views.map(\.rawValue).joined(separator: ", ")))
    if let state = settings.values["state"] { items.append(.init("state", state.written)) }
    if views.contains(.trace) || views.contains(.rollout) {
      items.append(.init("trace", String(settings.integer("trace") ?? 10)))
    }
    if views.contains(.trace), let from = settings.integer("trace-from") {
      items.append(.init("trace-from", String(from)))
    }
    if views.contains(.learningCurve) {
      items.append(.init("metric", settings.text("metric") ?? "return"))
      items.append(
        .init("smooth", String(settings.integer("smooth") ?? defaultSmoothing(budget.episodes))))
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

  private static func environmentValue(
    _ name: String, default value: String, _ settings: DemoSettings, _ world: DemoWorld
  ) -> String? {
    if let given = settings.values[name] { return given.written }
    switch name {
    case "level" where settings.contains("levels"): return nil
    case "time": return world.tabular?.timeLimit.map(String.init)
    case "levels", "switch-at": return nil
    default: return value
    }
  }

  private static func agentValue(
    _ name: String, _ agent: AgentEntry, default value: String, _ settings: DemoSettings,
    _ world: DemoWorld
  ) -> String {
    if let sweep = settings.sweep, sweep.key == name { return sweep.written }
    if let given = settings.values[name] { return given.written }
    switch (name, agent.name) {
    case ("hidden", _) where world.tabular != nil: return "[]"
    case ("hidden", _): return value.components(separatedBy: " (").first ?? value
    case ("target", "monte-carlo"):
      return (world.tabular?.actionCount ?? 2) > 1 ? "control" : "prediction"
    default: return value
    }
  }
}
