import Lessons
import RLAgents
import RLCore

extension ViewEntry {
  /// Learning curves.
  static let learningCurve = ViewEntry(
    "learning-curve",
    "return, length or RMS error per episode, smoothed; several runs as a band",
    reads:
      "`curve`, the metric per episode (the mean over runs): `.mean`, `.max`, `.min`, `.final`, `.first(n)`, `.last(n)`; `curve.band` with `runs:` above 1; `rms` with `metric: rms-error`",
    adapter: LearningCurveView())
}

/// `learning-curve`: return, length or RMS error per episode, averaged over
/// blocks of `smooth` episodes, one line per agent, a band across runs.
struct LearningCurveView: ViewAdapter {
  func problems(
    agents: [AgentEntry], environment: EnvironmentEntry, settings: DemoSettings
  ) -> [ViewProblem] {
    var problems: [ViewProblem] = []
    if agents.allSatisfy({ $0.family == .exact }) {
      problems.append(
        ViewProblem(
          "\(agents.map(\.name).joined(separator: ", ")) solves the model in sweeps, not episodes: there is no learning curve",
          hint: "show value-grid, or add a learning agent such as q-learning"))
    }
    guard settings.choice(CommonSettings.metric) == CommonSettings.Metric.rmsError else {
      return problems
    }
    if !environment.knowsTrueValues {
      problems.append(
        ViewProblem(
          "rms-error needs the true values, which only the random walk knows",
          hint: "use `env: random-walk`, or `metric: return`", key: "metric"))
    }
    let target = MonteCarlo.Parameters.target
    let predictors = agents.filter { agent in
      agent.evaluatesRandomPolicy
        || (agent.settings.contains(target)
          && settings.given(target)?.text != MonteCarlo.Target.control.rawValue)
    }
    if predictors.count != agents.count {
      problems.append(
        ViewProblem(
          "rms-error measures how far a prediction agent's V is from the truth; it applies to td0 and monte-carlo",
          hint: "use `agents: [td0, monte-carlo]`", key: "metric"))
    }
    return problems
  }

  func outputs(_ context: ViewContext) -> [Output] {
    let plan = context.plan
    let metric: CommonSettings.Metric = plan.settings.choice(CommonSettings.metric)
    let isBandit = if case .bandit = context.world.body { true } else { false }
    let width = plan.settings.integer("smooth") ?? ProvenanceBuilder.defaultSmoothing(plan.episodes)
    let skipped = max(0, plan.settings.integer(CommonSettings.curveFrom) - 1)
    let series = context.agents.compactMap { agent -> OutputChart.Series? in
      let curves: [[Double]] =
        switch metric {
        case .length: agent.logs.map { $0.lengths.map(Double.init) }
        case .rmsError: agent.errors
        case .return: agent.logs.map(\.returns)
        }
      let usable = curves.map { Array($0.dropFirst(skipped)) }.filter { !$0.isEmpty }
      guard !usable.isEmpty else { return nil }
      var series = Self.series(name: agent.label, curves: usable, width: width, offset: skipped)
      if isBandit {
        // Each run draws its own testbed: their spread is the testbeds', not the learner's.
        series.lower = nil
        series.upper = nil
      }
      return series
    }
    guard !series.isEmpty else { return [] }
    let yLabel =
      switch metric {
      case .length: "episode length (steps)"
      case .rmsError: "RMS error of V"
      case .return: isBandit ? "reward" : "return"
      }
    var notes = [
      width > 1
        ? "Each point averages \(width) \(isBandit ? "steps" : "episodes")."
        : "One point per episode."
    ]
    if skipped > 0 {
      notes.append("Drawn from episode \(skipped + 1): the first \(skipped) are left out.")
    }
    if plan.runs > 1 {
      notes.append(
        isBandit
          ? "Lines are the mean of \(plan.runs) runs, each on a testbed of its own."
          : "Lines are the mean of \(plan.runs) runs; the band is ± one standard deviation.")
    }
    return [
      .chart(
        OutputChart(
          title:
            "\(yLabel.prefix(1).uppercased() + yLabel.dropFirst()) per \(isBandit ? "step" : "episode") on \(context.world.entry.name)",
          xLabel: isBandit ? "step" : "episode", yLabel: yLabel, series: series, notes: notes))
    ]
  }

  /// Block means of every run, then their mean and spread across runs.
  static func series(name: String, curves: [[Double]], width: Int, offset: Int = 0)
    -> OutputChart.Series
  {
    let length = curves.map(\.count).min() ?? 0
    let blocks = stride(from: 0, to: length, by: width).map { $0..<min($0 + width, length) }
    let means = curves.map { curve in
      blocks.map { block in curve[block].reduce(0, +) / Double(block.count) }
    }
    let x = blocks.map { Double(offset + $0.upperBound) }
    var y: [Double] = []
    var lower: [Double] = []
    var upper: [Double] = []
    for index in blocks.indices {
      let values = means.map { $0[index] }
      let mean = values.reduce(0, +) / Double(values.count)
      let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
      y.append(mean)
      lower.append(mean - variance.squareRoot())
      upper.append(mean + variance.squareRoot())
    }
    return curves.count > 1
      ? OutputChart.Series(name: name, x: x, y: y, lower: lower, upper: upper)
      : OutputChart.Series(name: name, x: x, y: y)
  }
}
