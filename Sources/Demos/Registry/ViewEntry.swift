/// A view: one way to show what a demo learned.
public struct ViewEntry: Hashable, Sendable {
  /// The views, as `show` names them.
  public enum Name: String, Hashable, Sendable, CaseIterable {
    case qTable = "q-table"
    case policyTable = "policy-table"
    case qVsPolicy = "q-vs-policy"
    case valueGrid = "value-grid"
    case policyArrows = "policy-arrows"
    case learningCurve = "learning-curve"
    case trace
    case rollout
    case returns
  }

  /// The view's name.
  public let name: Name
  /// One line on what it shows.
  public let summary: String

  /// Every view, in the order `rlbook agents` lists them.
  static let all: [ViewEntry] = [
    ViewEntry(name: .qTable, summary: "Q(s,a) for chosen states (all of them for small envs)"),
    ViewEntry(name: .policyTable, summary: "π(a∣s) for chosen states"),
    ViewEntry(
      name: .qVsPolicy,
      summary: "one state: a value learner's Q(s,a) beside a policy learner's π(a∣s)"),
    ViewEntry(name: .valueGrid, summary: "V(s) or max_a Q(s,a) on the map, shaded"),
    ViewEntry(name: .policyArrows, summary: "the greedy policy on the map (← ↑ → ↓)"),
    ViewEntry(
      name: .learningCurve,
      summary: "return, length or RMS error per episode, smoothed; several runs as a band"),
    ViewEntry(name: .trace, summary: "the first steps of training: what the agent computes"),
    ViewEntry(name: .rollout, summary: "one greedy episode of the trained agent, frame by frame"),
    ViewEntry(name: .returns, summary: "a reward sequence and its discounted return for each γ"),
  ]
}
