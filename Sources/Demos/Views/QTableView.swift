import Lessons

extension ViewEntry {
  /// Q(s,a) for chosen states.
  static let qTable = ViewEntry(
    "q-table", "Q(s,a) for chosen states (all of them for small envs)",
    reads:
      "`q(s)` (a row), `q(s, a)`, `argmax q(s)`, `max q(s)`, `min q(s)`",
    adapter: QTableView())
}

/// `q-table`: Q(s,a) for chosen states, the greedy action of each row marked.
struct QTableView: ViewAdapter {
  func problems(
    agents: [AgentEntry], environment: EnvironmentEntry, settings: DemoSettings
  ) -> [ViewProblem] {
    guard !agents.contains(where: \.learnsActionValues) else { return [] }
    let names = agents.map(\.name).joined(separator: ", ")
    return [
      ViewProblem(
        "q-table needs an agent that learns Q(s,a), and \(names) does not",
        hint:
          "use q-learning, sarsa, expected-sarsa, monte-carlo, value-iteration or dqn; show value-grid for V(s)"
      )
    ]
  }

  func outputs(_ context: ViewContext) -> [Output] {
    let probes = context.probes()
    return context.agents.filter(\.entry.learnsActionValues).map { agent in
      var rows: [[OutputTable.Cell]] = []
      for probe in probes {
        guard let values = agent.actionValues(probe), !values.isEmpty else { continue }
        let best = ViewContext.highlighted(values)
        rows.append(
          [.text(context.rowLabel(of: probe))]
            + values.enumerated().map { .number($1, highlighted: best.contains($0)) })
      }
      var notes = ["▸ marks each state's greedy action (the largest Q)."]
      if let truth = agent.trueValues {
        let best = ViewContext.highlighted(truth)
        rows.append(
          [.text("true q*(a)")]
            + truth.enumerated().map { .number($1, highlighted: best.contains($0)) })
        notes.append("The last row is the testbed's true values, which the agent never sees.")
      }
      return .table(
        OutputTable(
          title: "Q(s,a) \(context.obtained(by: agent)) \(context.subject(agent))",
          columns: [.text("state")] + context.actionNames.map { OutputTable.Column($0) },
          rows: rows, notes: notes))
    }
  }
}
