import Lessons
import RLCore

/// Reads off the trained agents the numbers expressions can ask for.
enum DemoValuesBuilder {
  /// The most states whose values are kept (every state of the built-in maps).
  static let largestStateCount = 4096

  static func values(_ context: ViewContext) -> DemoValues {
    let (states, names, probes) = stateTable(context)
    let agents = context.agents.map { agent in
      let curves = curves(of: agent, metric: context.plan.settings.choice(CommonSettings.metric))
      return DemoValues.Agent(
        name: agent.label, kind: agent.entry.name, sweep: agent.sweep,
        q: column(probes) { agent.actionValues($0) },
        pi: column(probes) { agent.policy($0) },
        v: column(probes) { probe in
          if case .state(let state) = probe.kind, let tabular = context.world.tabular,
            tabular.model.isTerminal[state]
          {
            return 0
          }
          return agent.value(probe)
        },
        curve: mean(of: curves),
        band: curves.count > 1 ? deviation(of: curves) : nil,
        rms: mean(of: agent.errors),
        path: context.plan.views.contains(.rollout) ? path(context, agent) : nil)
    }
    return DemoValues(
      states: states, stateNames: names, actions: context.actionNames, agents: agents)
  }

  /// The states values are kept for: every state of a tabular world (up to a
  /// limit), else the block's states (or the start).
  private static func stateTable(_ context: ViewContext)
    -> (labels: [String], names: [String: Int], probes: [Probe])
  {
    guard let environment = context.world.tabular,
      environment.stateCount <= largestStateCount
    else {
      let probes = context.probes(allowAll: false)
      let labels = probes.enumerated().map { ($1.label, $0) }
      let given = probes.enumerated().compactMap { index, probe in probe.name.map { ($0, index) } }
      let names = Dictionary(labels + given) { first, _ in first }
      return (probes.map(\.label), names, probes)
    }
    let indices = Array(0..<environment.stateCount)
    // States are named as blocks' `state:` names them: by the environment's names
    // (Mario's `6` is tile 6 at the start of the level), else by index.
    var names = environment.stateNames
    if !names.keys.contains(where: { Int($0) != nil }) {
      for index in indices { names[String(index)] = index }
    }
    let probes = indices.map { Probe(label: context.label(of: $0), kind: .state($0)) }
    return (probes.map(\.label), names, probes)
  }

  /// One answer per probe, or `nil` when the agent answers none.
  private static func column<Value>(_ probes: [Probe], _ answer: (Probe) -> Value?) -> [Value]? {
    let answers = probes.map(answer)
    guard answers.contains(where: { $0 != nil }) else { return nil }
    return answers.compactMap { $0 }.count == answers.count ? answers.map { $0! } : nil
  }

  private static func curves(of agent: TrainedAgent, metric: CommonSettings.Metric) -> [[Double]] {
    switch metric {
    case .return: agent.logs.map(\.returns)
    case .length: agent.logs.map { $0.lengths.map(Double.init) }
    case .rmsError: agent.errors
    }
  }

  /// The mean over runs, episode by episode (as far as every run went).
  private static func mean(of runs: [[Double]]) -> [Double]? {
    let usable = runs.filter { !$0.isEmpty }
    guard let shortest = usable.map(\.count).min() else { return nil }
    return (0..<shortest).map { episode in
      usable.reduce(0) { $0 + $1[episode] } / Double(usable.count)
    }
  }

  /// The population standard deviation over runs, episode by episode.
  private static func deviation(of runs: [[Double]]) -> [Double]? {
    let usable = runs.filter { !$0.isEmpty }
    guard let means = mean(of: usable) else { return nil }
    return means.indices.map { episode in
      let spread = usable.reduce(0) {
        $0 + ($1[episode] - means[episode]) * ($1[episode] - means[episode])
      }
      return (spread / Double(usable.count)).squareRoot()
    }
  }

  /// The greedy rollout the `rollout` view shows, as states.
  private static func path(_ context: ViewContext, _ agent: TrainedAgent) -> DemoValues.Path? {
    guard context.world.tabular != nil else { return nil }
    var generator = SeededGenerator(seed: UInt64(context.plan.seed))
    let (frames, moves, _) = RolloutView.episode(context, agent: agent, generator: &generator)
    let states = moves.compactMap(\.probe.state)
    return DemoValues.Path(
      states: states, length: max(0, frames.count - 1), total: frames.last?.total ?? 0)
  }
}
