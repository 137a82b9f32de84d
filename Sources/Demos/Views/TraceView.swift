import Lessons
import RLCore

extension ViewEntry {
  /// The first steps of training.
  static let trace = ViewEntry(
    "trace", "the first steps of training: what the agent computes",
    reads:
      "nothing of its own: `q`, `v` and `pi` read the agent as training left it",
    adapter: TraceView())
}

/// `trace`: the first steps of training, with what the agent computes at each.
struct TraceView: ViewAdapter {
  func problems(
    agents: [AgentEntry], environment: EnvironmentEntry, settings: DemoSettings
  ) -> [ViewProblem] {
    guard !agents.contains(where: \.traces) else { return [] }
    let names = agents.map(\.name).joined(separator: ", ")
    return [
      ViewProblem(
        "trace shows the updates of TD, Monte Carlo, REINFORCE or actor-critic; \(names) records none",
        hint: "use td0, q-learning, sarsa, monte-carlo, reinforce or actor-critic")
    ]
  }

  func outputs(_ context: ViewContext) -> [Output] {
    context.agents.compactMap { agent in
      switch agent.trace {
      case .values(let steps): Self.valueTrace(context, agent: agent, steps: steps)
      case .policy(let steps): Self.policyTrace(context, agent: agent, steps: steps)
      case nil: nil
      }
    }
  }

  private static func valueTrace(_ context: ViewContext, agent: TrainedAgent, steps: [TraceStep])
    -> Output
  {
    let isMonteCarlo = agent.entry.update == .monteCarlo
    let (estimate, target, notes): (String, String, [String]) =
      switch agent.entry.update {
      case .temporalDifference(let estimate, _, let column, let note): (estimate, column, [note])
      case .monteCarlo, .reinforce, .actorCritic, nil:
        ("estimate", "G − r", ["Monte Carlo waits for the return G; the error is G − estimate."])
      }
    let rows: [[OutputTable.Cell]] = steps.map { step in
      [
        OutputTable.Cell(.integer(step.episode + 1)), OutputTable.Cell(.integer(step.step)),
        .text(context.label(of: step.state)),
        .text(context.actionNames[step.action]), .number(step.reward),
        .text(step.terminates ? "end" : context.label(of: step.nextState)),
        .number(step.estimate), .number(step.nextEstimate), .number(step.tdError),
        .number(step.update),
      ]
    }
    return table(
      title: "The first \(counted(steps.count, "update")) of \(context.subject(agent))",
      episodes: steps.map(\.episode),
      OutputTable(
        title: "",
        columns: [
          OutputTable.Column("ep", precision: 0), OutputTable.Column("t", precision: 0),
          .text("s"), .text("a"), OutputTable.Column("r"),
          .text("s′"), OutputTable.Column(estimate), OutputTable.Column(target),
          OutputTable.Column(isMonteCarlo ? "G − estimate" : "δ"),
          OutputTable.Column("update"),
        ], rows: rows, notes: notes,
        steps: steps.map { StepCards.valueStep(context, agent: agent, $0) }))
  }

  private static func policyTrace(
    _ context: ViewContext, agent: TrainedAgent, steps: [PolicyTraceStep]
  ) -> Output {
    let isActorCritic = agent.entry.update == .actorCritic
    let rows: [[OutputTable.Cell]] = steps.map { step in
      var cells: [OutputTable.Cell] = [
        OutputTable.Cell(.integer(step.episode + 1)), OutputTable.Cell(.integer(step.step)),
      ]
      cells += stateCells(context, step.features)
      cells += [actionCell(context, step.action), .number(step.reward)]
      if isActorCritic {
        cells += [
          number(step.value), number(step.nextValue), number(step.tdError),
          .number(step.logProbability), .number(step.loss),
        ]
      } else {
        cells += [
          number(step.futureReturn), .number(step.logProbability), .number(step.weight),
          .number(step.loss),
        ]
      }
      return cells
    }
    let head: [OutputTable.Column] =
      [OutputTable.Column("ep", precision: 0), OutputTable.Column("t", precision: 0)]
      + stateColumns(context)
      + [.text("a"), OutputTable.Column("r")]
    let columns =
      isActorCritic
      ? head + [
        OutputTable.Column("V(s)"), OutputTable.Column("V(s′)"), OutputTable.Column("δ"),
        OutputTable.Column("log π"), OutputTable.Column("loss"),
      ]
      : head + [
        OutputTable.Column("Gₜ"), OutputTable.Column("log π"), OutputTable.Column("Aₜ"),
        OutputTable.Column("loss"),
      ]
    let notes =
      isActorCritic
      ? [
        "The critic's δ = r + γV(s′) − V(s) says whether the step went better than expected;",
        "the actor's loss −δ·log π(a∣s) (log π is log π(a∣s)) pushes the action's probability up when δ > 0.",
      ]
      : [
        "REINFORCE waits for the episode's end: Gₜ is the discounted return from step t, log π is log π(a∣s),",
        "Aₜ the weight it gets (Gₜ minus the baseline, standardized), and loss = −Aₜ·log π(a∣s) the step's share of the episode's loss.",
      ]
    return table(
      title: "The first \(counted(steps.count, "step")) of \(context.subject(agent))",
      episodes: steps.map(\.episode),
      OutputTable(
        title: "", columns: columns, rows: rows, notes: notes,
        steps: steps.map { StepCards.policyStep(context, agent: agent, $0) }))
  }

  /// The table, without its episode column when every step is of one episode (named in the title).
  private static func table(title: String, episodes: [Int], _ table: OutputTable) -> Output {
    var table = table
    if Set(episodes).count <= 1 {
      table.title = title + (episodes.first.map { ", episode \($0 + 1)" } ?? "")
      table.columns.removeFirst()
      table.rows = table.rows.map { Array($0.dropFirst()) }
      table.notes.insert("t is the step within the episode.", at: 0)
    } else {
      table.title = title
      table.notes.insert("ep is the episode, t the step within it.", at: 0)
    }
    return .table(table)
  }

  /// `update`, `6 updates`.
  private static func counted(_ count: Int, _ noun: String) -> String {
    count == 1 ? noun : "\(count) \(noun)s"
  }

  private static func number(_ value: Double?) -> OutputTable.Cell {
    value.map { .number($0) } ?? OutputTable.Cell(.empty)
  }

  private static func actionCell(_ context: ViewContext, _ action: Double) -> OutputTable.Cell {
    if context.world.actionSpace.isContinuous { return .number(action) }
    return .text(context.world.actionLabel(action))
  }

  /// The columns a state takes: its label, or one per feature of a continuous state.
  private static func stateColumns(_ context: ViewContext) -> [OutputTable.Column] {
    switch context.world.body {
    case .control(let task): task.featureNames.map { OutputTable.Column($0) }
    case .tabular, .bandit: [.text("s")]
    }
  }

  /// A state seen as features: the state behind a one-hot vector, or the features themselves.
  private static func stateCells(_ context: ViewContext, _ features: [Double]) -> [OutputTable.Cell]
  {
    guard let environment = context.world.tabular else { return features.map { .number($0) } }
    let hot = features.firstIndex(of: 1) ?? 0
    return [.text(environment.isFullyObserved ? context.label(of: hot) : "view \(hot)")]
  }
}

extension String {
  /// A number with two decimals, without Foundation (`-0.03`).
  init(format2 value: Double) {
    let scaled = (value * 100).rounded()
    let sign = scaled < 0 ? "-" : ""
    let magnitude = Int(abs(scaled))
    let fraction = magnitude % 100
    self = "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}
