import Lessons
import RLCore

extension ViewEntry {
  /// π(a∣s) for chosen states.
  static let policyTable = ViewEntry(
    "policy-table", "π(a∣s) for chosen states",
    reads:
      "`pi(s)` (a row) and `pi(s, a)`; for a Gaussian policy `pi(s)` is its mean and deviation",
    adapter: PolicyTableView())
}

/// `policy-table`: π(a∣s) for chosen states; for continuous actions the Gaussian's parameters.
struct PolicyTableView: ViewAdapter {
  func problems(
    agents: [AgentEntry], environment: EnvironmentEntry, settings: DemoSettings
  ) -> [ViewProblem] {
    guard agents.allSatisfy(\.evaluatesRandomPolicy) else { return [] }
    let names = agents.map(\.name).joined(separator: ", ")
    return [
      ViewProblem(
        "\(names) evaluates the random policy: its π(a∣s) is uniform by definition",
        hint: "use a control agent (q-learning, reinforce, …) for policy-table")
    ]
  }

  func outputs(_ context: ViewContext) -> [Output] {
    let probes = context.probes()
    let isContinuous = context.world.actionSpace.isContinuous
    return context.agents.compactMap { agent in
      var rows: [[OutputTable.Cell]] = []
      for probe in probes {
        guard let policy = agent.policy(probe), !policy.isEmpty else { continue }
        if isContinuous {
          rows.append([.text(context.rowLabel(of: probe)), .number(policy[0]), .number(policy[1])])
        } else {
          let best = ViewContext.highlighted(policy)
          rows.append(
            [.text(context.rowLabel(of: probe))]
              + policy.enumerated().map { .number($1, highlighted: best.contains($0)) })
        }
      }
      guard !rows.isEmpty else { return nil }
      let columns: [OutputTable.Column] =
        isContinuous
        ? [
          .text("state"), OutputTable.Column("mean torque", unit: "N·m"),
          OutputTable.Column("std deviation", unit: "N·m"),
        ]
        : [.text("state")] + context.actionNames.map { OutputTable.Column($0) }
      let notes =
        isContinuous
        ? ["The policy is a Gaussian over the torque: an action is sampled around the mean."]
        : ["Each row is a probability distribution over actions; ▸ marks the most likely."]
      return .table(
        OutputTable(
          title: "π(a∣s) of \(context.subject(agent))", columns: columns, rows: rows, notes: notes))
    }
  }
}
