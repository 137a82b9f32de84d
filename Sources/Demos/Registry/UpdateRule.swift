/// What an agent's recorded update computes, as `trace` and `t` spell it out.
enum UpdateRule: Hashable, Sendable {
  /// A one-step TD update of `estimate` toward r + γ·`target`.
  ///
  /// `column` heads the target's column in a trace (`max Q(s′,·)`); `formula` is the
  /// target as the update's formula writes it (`Σ π(a′∣s′)Q(s′,a′)`); `note` is the
  /// line under the table.
  case temporalDifference(estimate: String, target: String, column: String, note: String)
  /// Monte Carlo: the estimate moves toward the whole return G.
  case monteCarlo
  /// REINFORCE: the log-probability of each action, weighted by the return that followed.
  case reinforce
  /// One-step actor-critic: the critic's TD error weights the actor's step.
  case actorCritic

  /// TD(0) prediction of V.
  static let stateValueTD = temporalDifference(
    estimate: "V(s)", target: "V(s′)", column: "V(s′)",
    note: "δ = r + γV(s′) − V(s); V(s) moves by α·δ.")
}
