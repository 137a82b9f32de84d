import Demos
import Lessons
import RLCore
import RLEnvironments
import Testing

/// Views computed from training, checked against exact solutions and the environments' models.
@Suite struct ViewTests {
  @Test func valueIterationOnFrozenLakeGivesTheReferenceValues() throws {
    let result = DemoBlocks.run(
      "env: frozenlake\nagent: value-iteration\ngamma: 0.99\nshow: [value-grid, q-table]")
    let grid = try #require(result.grids.first)
    let reference = [
      0.542026, 0.498803, 0.470696, 0.456852, 0.558451, 0, 0.358348, 0,
      0.591799, 0.643080, 0.615208, 0, 0, 0.741720, 0.862837, 0,
    ]
    for (cell, expected) in zip(grid.cells, reference) {
      #expect(abs((cell.value ?? .nan) - expected) < 5e-7)
    }
    let table = try #require(result.tables.first)
    let start = table.rows[0]
    #expect(start[0].text == "0 (0,0) start")
    #expect(abs((start[1].number ?? 0) - 0.542026) < 5e-7)
    #expect(abs((start[2].number ?? 0) - 0.527762) < 5e-7)
    #expect(start[1].isHighlighted && !start[2].isHighlighted)
  }

  @Test func onTheSlipperyCliffTheOptimalPathKeepsAwayFromTheEdge() throws {
    let steady = DemoBlocks.run("env: cliff\nagent: value-iteration\nshow: policy-arrows")
    let slippery = DemoBlocks.run(
      "env: cliff\nagent: value-iteration\nslippery: true\nshow: policy-arrows")
    let start = CliffWalking.start
    let steadyArrows = try #require(steady.grids.first).cells[start - 12].arrows
    let slipperyArrows = try #require(slippery.grids.first).cells[start - 12].arrows
    // Beside the cliff the steady walker goes right along the edge; the slippery one,
    // which slips sideways 2 times in 3, first climbs away from it.
    #expect(steadyArrows == ["→"])
    #expect(slipperyArrows == ["↑"])
    #expect(slippery.provenance?["slippery"] == "true")
    #expect(steady.provenance?["slippery"] == "false")
  }

  @Test func qVersusPolicyOnMarioIsADistributionBesideTheModelsBestAction() throws {
    let result = DemoBlocks.run(
      "env: mario\nagents: [q-learning, reinforce]\nepisodes: 1500\ngamma: 0.95\nseed: 7\nshow: q-vs-policy\nstate: start"
    )
    #expect(result.diagnostics.isEmpty)
    let table = try #require(result.tables.first)
    #expect(table.rows.map { $0[0].text } == ["left", "right", "jump", "run"])
    let q = table.rows.map { $0[1].number ?? .nan }
    let pi = table.rows.map { $0[2].number ?? .nan }
    #expect(abs(pi.reduce(0, +) - 1) < 1e-9)
    #expect(pi.allSatisfy { $0 >= 0 })
    // Value iteration on the same level says which action is best at the start.
    let mario = try Mario()
    let environment = mario.environment()
    let exact = ValueIterationCheck.bestActions(environment, gamma: 0.95)
    let start = try #require(environment.state(named: "start"))
    let greedy = q.indices.filter { table.rows[$0][1].isHighlighted }
    #expect(greedy == exact[start])
    #expect(greedy == [2])  // jump: the enemy two tiles ahead is worth +100
    #expect(table.rows[2][2].isHighlighted)
  }

  @Test func sarsaAndQLearningShareOneLearningCurveWithBands() throws {
    let result = DemoBlocks.run(
      "env: cliff\nagents: [sarsa, q-learning]\nepisodes: 200\nruns: 3\nsmooth: 20\nalpha: 0.5\nshow: learning-curve"
    )
    let chart = try #require(result.charts.first)
    #expect(chart.series.map(\.name) == ["sarsa", "q-learning"])
    for series in chart.series {
      #expect(series.x == stride(from: 20.0, through: 200, by: 20).map { $0 })
      let lower = try #require(series.lower)
      let upper = try #require(series.upper)
      #expect(zip(lower, zip(series.y, upper)).allSatisfy { $0 <= $1.0 && $1.0 <= $1.1 })
    }
    // Late in training SARSA's safer path earns more per episode than Q-learning's (Example 6.6).
    #expect(chart.series[0].y.suffix(3).reduce(0, +) > chart.series[1].y.suffix(3).reduce(0, +))
  }

  /// `curve-from: 41` draws from episode 41; the curve expressions read is whole.
  @Test func aCurveCanLeaveOutItsFirstEpisodes() throws {
    let body = "env: cliff\nagent: q-learning\nepisodes: 100\nsmooth: 20\nshow: learning-curve"
    let whole = DemoBlocks.run(body)
    let cut = DemoBlocks.run(body + "\ncurve-from: 41")
    let series = try #require(cut.charts.first?.series.first)
    #expect(series.x == [60, 80, 100])
    #expect(series.y == Array(try #require(whole.charts.first?.series.first).y.suffix(3)))
    #expect(cut.values.agents[0].curve?.count == 100)
    #expect(
      cut.charts.first?.notes.contains("Drawn from episode 41: the first 40 are left out.") == true)
  }

  @Test func rmsErrorFallsForTDOnTheRandomWalk() throws {
    let result = DemoBlocks.run(
      "env: random-walk\nagents: [td0, monte-carlo]\nepisodes: 100\nruns: 20\nalpha: 0.05\nmetric: rms-error\nsmooth: 10\nshow: learning-curve"
    )
    let chart = try #require(result.charts.first)
    for series in chart.series {
      #expect(series.y.last! < series.y.first!)
    }
  }

  @Test func tdTraceShowsTheUpdateArithmetic() throws {
    let result = DemoBlocks.run(
      "env: random-walk\nagent: td0\nepisodes: 1\nalpha: 0.1\ntrace: 4\nshow: trace")
    let table = try #require(result.tables.first)
    // One episode: no episode column, the episode is in the title.
    #expect(table.title.hasSuffix(", episode 1"))
    #expect(
      table.columns.map(\.header) == ["t", "s", "a", "r", "s′", "V(s)", "V(s′)", "δ", "update"])
    for row in table.rows {
      let (r, v, next, delta, update) = (
        row[3].number!, row[5].number!, row[6].number!, row[7].number!, row[8].number!
      )
      #expect(abs(delta - (r + next - v)) < 1e-12)
      #expect(abs(update - 0.1 * delta) < 1e-12)
    }
  }

  @Test func aTraceRunsOnIntoLaterEpisodes() throws {
    let result = DemoBlocks.run(
      "env: mario\nagent: q-learning\nepisodes: 50\ntrace: 12\nshow: trace")
    let table = try #require(result.tables.first)
    #expect(table.title == "The first 12 updates of q-learning on mario")
    let episodes = table.rows.map { row -> Int in
      if case .integer(let episode) = row[0].value { return episode }
      return 0
    }
    #expect(episodes.first == 1)
    #expect(episodes == episodes.sorted())
    #expect(episodes.last! > 1)
  }

  @Test func aTraceCanStartLaterInTraining() throws {
    let result = DemoBlocks.run(
      "env: cliff\nagent: q-learning\nepisodes: 100\ntrace-from: 90\ntrace: 3\nshow: trace")
    let table = try #require(result.tables.first)
    #expect(table.title == "The first 3 updates of q-learning on cliff, episode 90")
    #expect(table.rows.map { $0[0].value } == [.integer(0), .integer(1), .integer(2)])
    #expect(result.provenance?["trace-from"] == "90")
  }

  @Test func reinforceTraceSharesTheLoss() throws {
    let result = DemoBlocks.run(
      "env: cartpole\nagent: reinforce\nepisodes: 1\ntrace: 5\nshow: trace")
    let table = try #require(result.tables.first)
    #expect(table.rows.count == 5)
    let headers = table.columns.map(\.header)
    #expect(headers.prefix(7) == ["t", "x", "ẋ", "θ", "θ̇", "a", "r"])
    let column = try #require(headers.firstIndex(of: "log π"))
    #expect(headers.contains("Gₜ"))
    for row in table.rows {
      let logProbability = try #require(row[column].number)
      #expect(logProbability < 0 && logProbability > -10)
    }
  }

  @Test func rolloutEndsAtTheGoalOnCliffAfterTraining() throws {
    let result = DemoBlocks.run(
      "env: cliff\nagent: q-learning\nepisodes: 300\nalpha: 0.5\nshow: rollout\ntrace: 20")
    let episode = try #require(result.episodes.first)
    #expect(episode.frames.first?.timeRemaining == nil)
    #expect(episode.ending.hasPrefix("The episode ended after 13 steps with a return of -13."))
    #expect(episode.frames.count == 14)
  }

  @Test func returnsAreDiscountedSums() throws {
    let result = DemoBlocks.run("rewards: [0.1, 1, 0.1, 100]\ngamma: [0, 0.5, 1]")
    let table = try #require(result.tables.first)
    let returns = table.rows.map { $0.last!.number! }
    for (actual, expected) in zip(returns, [0.1, 0.1 + 0.5 + 0.025 + 12.5, 101.2]) {
      #expect(abs(actual - expected) < 1e-12)
    }
    #expect(table.rows[2].last!.isHighlighted)
  }

  @Test func pendulumPolicyTableShowsTheGaussiansParameters() throws {
    let result = DemoBlocks.run(
      "env: pendulum\nagent: reinforce\nepisodes: 2\nshow: policy-table\nstate: [start, up, [1.5, 0]]"
    )
    let table = try #require(result.tables.first)
    #expect(table.columns.map(\.header) == ["state", "mean torque", "std deviation"])
    #expect(table.rows.map { $0[0].text } == ["start", "up", "[1.5, 0]"])
    #expect(table.rows.allSatisfy { ($0[2].number ?? 0) > 0 })
  }

  @Test func banditLearningCurveAndEstimates() throws {
    let result = DemoBlocks.run(
      "env: bandit\nagent: epsilon-greedy\nepisodes: 500\nruns: 10\nshow: [learning-curve, q-table]"
    )
    let chart = try #require(result.charts.first)
    #expect(chart.xLabel == "step")
    #expect(chart.series[0].y.last! > chart.series[0].y.first!)
    let table = try #require(result.tables.first)
    #expect(table.rows.last?[0].text == "true q*(a)")
  }

  @Test func everyOutputCarriesItsProvenance() throws {
    let result = DemoBlocks.run("env: gridworld\nlayout: example-4.1\nagent: policy-evaluation")
    let provenance = try #require(result.provenance)
    #expect(provenance.environment == "gridworld")
    #expect(provenance.agents == ["policy-evaluation"])
    #expect(provenance["layout"] == "example-4.1")
    #expect(provenance["gamma"] == "1")
    #expect(provenance["show"] == "value-grid, policy-arrows")
    let grid = try #require(result.grids.first)
    #expect(grid.cells.map { ($0.value ?? .nan).rounded() }.prefix(4) == [0, -14, -20, -22])
  }

  @Test func anAgentThatKeepsLearningRecoversWhenTheLevelChanges() throws {
    let result = DemoBlocks.run(
      "env: mario\nlevels: [S.E..c._..cE...F, S.E.._.c..cE...F]\nswitch-at: 1000\nagent: q-learning\nfrozen-after: [1000, never]\nepisodes: 2000\nsmooth: 100\nshow: learning-curve"
    )
    let chart = try #require(result.charts.first)
    #expect(
      chart.series.map(\.name) == [
        "q-learning (frozen-after 1000)", "q-learning (frozen-after never)",
      ])
    let (frozen, learning) = (chart.series[0].y, chart.series[1].y)
    #expect(frozen.prefix(10) == learning.prefix(10))  // the same seed, the same first level
    #expect(learning.last! > frozen.last! + 500)
  }

  @Test func greedyAgainstEpsilonGreedyOnTheBandit() throws {
    let result = DemoBlocks.run(
      "env: bandit\nagent: epsilon-greedy\nepsilon: [0, 0.1]\nepisodes: 1000\nruns: 200\nsmooth: 200\nshow: learning-curve"
    )
    let chart = try #require(result.charts.first)
    // Sutton & Barto Figure 2.2: exploring earns more in the long run than always exploiting.
    #expect(chart.series[1].y.last! > chart.series[0].y.last!)
  }

  @Test func theSameBlockGivesTheSameResult() {
    let body =
      "env: frozenlake\nagents: [q-learning, actor-critic]\nepisodes: 300\nshow: [q-table, learning-curve, policy-arrows]"
    #expect(DemoBlocks.run(body) == DemoBlocks.run(body))
  }
}

/// The model's own answer to "which action is best", by value iteration.
enum ValueIterationCheck {
  static func bestActions(_ environment: TabularEnvironment, gamma: Double) -> [[Int]] {
    var values = [Double](repeating: 0, count: environment.stateCount)
    for _ in 0..<2000 {
      values = (0..<environment.stateCount).map { state in
        (0..<environment.actionCount).map {
          environment.model.expectedBackup(state: state, action: $0, gamma: gamma, values: values)
        }.max()!
      }
    }
    return (0..<environment.stateCount).map { state in
      let q = (0..<environment.actionCount).map {
        environment.model.expectedBackup(state: state, action: $0, gamma: gamma, values: values)
      }
      return ActionSelection.maximizers(q, tolerance: 1e-9)
    }
  }
}
