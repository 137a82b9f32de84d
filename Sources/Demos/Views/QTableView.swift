import Lessons

/// `q-table`: Q(s,a) for chosen states, the greedy action of each row marked.
enum QTableView {
  static func outputs(_ context: ViewContext) -> [Output] {
    let probes = context.probes()
    return context.agents.filter(\.entry.learnsActionValues).map { agent in
      var rows: [[OutputTable.Cell]] = []
      for probe in probes {
        guard let values = agent.actionValues(probe), !values.isEmpty else { continue }
        let best = ViewContext.highlighted(values)
        rows.append(
          [.text(probe.label)]
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
          title: "Q(s,a) learned by \(context.subject(agent))",
          columns: [.text("state")] + context.actionNames.map { OutputTable.Column($0) },
          rows: rows, notes: notes))
    }
  }
}
