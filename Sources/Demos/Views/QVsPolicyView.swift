import Lessons

extension ViewEntry {
  /// A value learner's Q beside a policy learner's π.
  static let qVsPolicy = ViewEntry(
    "q-vs-policy", "one state: a value learner's Q(s,a) beside a policy learner's π(a∣s)",
    reads:
      "`agent.q(s, a)` and `agent.pi(s, a)`, naming the agent: `q-learning.q(start, jump)`",
    adapter: QVsPolicyView())
}

/// `q-vs-policy`: for one state, a value learner's Q(s,a) beside a policy learner's π(a∣s).
///
/// The notes' table: the same state, the same actions, two numbers that mean
/// different things: the return expected from each action, and the
/// probability of choosing it.
struct QVsPolicyView: ViewAdapter {
  func problems(
    agents: [AgentEntry], environment: EnvironmentEntry, settings: DemoSettings
  ) -> [ViewProblem] {
    let hasValue = agents.contains(where: \.learnsActionValues)
    let hasPolicy = agents.contains(where: \.learnsPolicy)
    guard !hasValue || !hasPolicy else { return [] }
    let names = agents.map(\.name).joined(separator: ", ")
    return [
      ViewProblem(
        "q-vs-policy puts a value learner's Q(s,a) beside a policy learner's π(a∣s); \(names) lacks a \(hasValue ? "policy" : "value") learner",
        hint: "for example `agents: [q-learning, reinforce]`")
    ]
  }

  func outputs(_ context: ViewContext) -> [Output] {
    guard let valueLearner = context.agents.first(where: \.entry.learnsActionValues),
      let policyLearner = context.agents.first(where: {
        $0.entry.learnsPolicy && $0.label != valueLearner.label
      }) ?? context.agents.first(where: \.entry.learnsPolicy)
    else { return [] }
    let q = valueLearner.label
    let pi = policyLearner.label
    return context.probes(allowAll: false).compactMap { probe in
      guard let values = valueLearner.actionValues(probe),
        let policy = policyLearner.policy(probe), values.count == policy.count
      else { return nil }
      let bestValue = ViewContext.highlighted(values)
      let bestPolicy = ViewContext.highlighted(policy)
      let rows: [[OutputTable.Cell]] = context.actionNames.indices.map { action in
        [
          .text(context.actionNames[action]),
          .number(values[action], highlighted: bestValue.contains(action)),
          .number(policy[action], highlighted: bestPolicy.contains(action)),
        ]
      }
      return .table(
        OutputTable(
          title: "State \(probe.label) of \(context.world.entry.name): \(q)'s Q beside \(pi)'s π",
          columns: [
            .text("next action"), OutputTable.Column("Q(s,a) · \(q)"),
            OutputTable.Column("π(a∣s) · \(pi)"),
          ],
          rows: rows,
          notes: [
            "Q predicts the total discounted reward of taking each action and acting well after it.",
            "π is a probability distribution over actions (it sums to 1), from which the next action is sampled.",
            "▸ marks each column's largest value.",
          ]))
    }
  }
}
