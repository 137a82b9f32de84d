import Lessons
import RLCore

extension ViewEntry {
  /// Discounted returns of a reward sequence.
  static let returns = ViewEntry(
    "returns", "a reward sequence and its discounted return for each γ",
    reads:
      "`returns(γ)`, the return G₀ for each γ the block lists",
    adapter: ReturnsView())
}

/// `returns`: a reward sequence and its discounted return G₀ = Σ γ^t r_t for each γ.
struct ReturnsView: ViewAdapter {
  /// The discount factors a returns demo compares.
  static let gammas = Hyperparameter(
    "gamma", .reals(0...1, maximumCount: 20), default: .reals([0, 0.5, 0.9, 0.99]),
    "the discount factors whose returns are compared")

  func outputs(_ context: ViewContext) -> [Output] { Self.outputs(context.plan) }

  /// G₀ = Σ γ^t r_t of the demo's rewards, for each of its γ.
  static func returns(_ plan: DemoPlan) -> [(gamma: Double, value: Double)] {
    let rewards = plan.settings.reals("rewards") ?? []
    return plan.settings.reals(gammas).map { gamma in
      (gamma, rewards.reversed().reduce(0.0) { total, reward in reward + gamma * total })
    }
  }

  /// The table and chart of a returns demo, which needs no environment or agent.
  static func outputs(_ plan: DemoPlan) -> [Output] {
    let rewards = plan.settings.reals("rewards") ?? []
    let gammas = plan.settings.reals(gammas)
    let returns = Self.returns(plan).map(\.value)
    let best = ViewContext.highlighted(returns)
    let rows: [[OutputTable.Cell]] = gammas.enumerated().map { index, gamma in
      var power = 1.0
      var cells: [OutputTable.Cell] = [.number(gamma)]
      for reward in rewards {
        cells.append(.number(power * reward))
        power *= gamma
      }
      return cells + [.number(returns[index], highlighted: best.contains(index))]
    }
    let columns =
      [OutputTable.Column("γ", precision: 2)]
      + rewards.indices.map {
        OutputTable.Column("γ" + ScriptDigits.superscript($0) + "·r" + ScriptDigits.subscript($0))
      }
      + [OutputTable.Column("return G₀")]
    return [
      .table(
        OutputTable(
          title: "The return of the rewards " + SettingValue.reals(rewards).written + " for each γ",
          columns: columns, rows: rows,
          notes: [
            "Each reward counts γᵗ times: the smaller γ, the less the future is worth.",
            "▸ marks the largest return.",
          ]))
    ]
  }
}
