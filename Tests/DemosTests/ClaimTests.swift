import Demos
import Expressions
import Lessons
import Testing

/// Expressions read a demo's results; `expect:` claims are checked against them.
@Suite struct ClaimTests {
  static let lake = DemoBlocks.run(
    "env: frozenlake\nagent: value-iteration\ngamma: 0.99\nshow: [value-grid, q-table]")

  static func value(_ text: String, in result: DemoResult = lake) throws -> ExpressionValue {
    try ExpressionEvaluator(values: result.values).evaluate(try ExpressionParser.parse(text))
  }

  static func number(_ text: String, in result: DemoResult = lake) throws -> Double {
    guard case .number(let number) = try value(text, in: result) else {
      Issue.record("\(text) is not a number")
      return .nan
    }
    return number
  }

  static func failure(_ text: String, in result: DemoResult = lake) -> String? {
    do {
      _ = try value(text, in: result)
      return nil
    } catch let error as ExpressionError {
      return error.message
    } catch {
      return "\(error)"
    }
  }

  @Test func valuesAreTheNumbersTheViewsPrint() throws {
    let grid = try #require(Self.lake.grids.first)
    let table = try #require(Self.lake.tables.first)
    let printed = (
      start: grid.cells[0].value, left: table.rows[0][1].number, down: table.rows[0][2].number
    )
    let computed = (
      start: try Self.number("v(start)"), byIndex: try Self.number("v(0)"),
      left: try Self.number("q(start, left)"), down: try Self.number("q(start, down)"),
      goal: try Self.number("v(goal)"), best: try Self.number("max q(start)")
    )
    #expect(computed.start == printed.start)
    #expect(computed.byIndex == printed.start)
    #expect(computed.left == printed.left)
    #expect(computed.down == printed.down)
    #expect(computed.goal == 0)
    #expect(computed.best == printed.left)
    let argmax = try Self.value("argmax q(start)")
    #expect(argmax == .names(["left"]))
    let claims = try [
      "left == argmax q(start)", "left in argmax q(start)", "v(start) ≈ 0.542 ± 0.001",
      "not v(start) > 1 and true", "abs(q(start, left) - q(start, down)) > 0",
    ].map { try Self.value($0) }
    #expect(claims == Array(repeating: .boolean(true), count: 5))
    let wide = try Self.value("v(start) ~= 0.6 +- 0.01")
    #expect(wide == .boolean(false))
  }

  @Test func tiesAreSets() throws {
    // Every action of a hole is worth 0: argmax is all of them, so no single one equals it.
    #expect(try Self.value("argmax q(5)") == .names(["left", "down", "right", "up"]))
    #expect(try Self.value("left == argmax q(5)") == .boolean(false))
    #expect(try Self.value("left in argmax q(5)") == .boolean(true))
    // Rows compare whole: the two holes 5 and 7 are worth nothing in every action.
    #expect(try Self.value("q(5) == q(7)") == .boolean(true))
    #expect(try Self.value("q(5) == q(start)") == .boolean(false))
    #expect(try Self.value("q(5) != q(start)") == .boolean(true))
  }

  @Test func curvesPathsAndReturns() throws {
    let cliff = DemoBlocks.run(
      "env: cliff\nagents: [sarsa, q-learning]\nepisodes: 300\nalpha: 0.5\nshow: [learning-curve, rollout]"
    )
    let sarsa = try Self.number("sarsa.curve.last(100).mean", in: cliff)
    let first = try Self.number("sarsa.curve.first(1).mean", in: cliff)
    #expect(sarsa > first)
    #expect(try Self.number("q-learning.curve.length", in: cliff) == 300)
    // Q-learning's greedy path is the 13-step cliff edge.
    #expect(try Self.number("q-learning.path.length", in: cliff) == 13)
    #expect(try Self.value("q-learning.path.visits(37)", in: cliff) == .boolean(false))
    #expect(try Self.value("q-learning.path.visits(start)", in: cliff) == .boolean(true))
    let sums = DemoBlocks.run("rewards: [1, 1]\ngamma: [0.5, 1]")
    #expect(try Self.number("returns(0.5)", in: sums) == 1.5)
    #expect(try Self.number("returns(1)", in: sums) == 2)
    #expect(Self.failure("returns(0.9)", in: sums) == "this demo has no return for γ = 0.9")
  }

  @Test func askingForWhatTheDemoHasNotIsAnError() {
    #expect(Self.failure("v(nowhere)") == "this demo has no state `nowhere`")
    #expect(Self.failure("q(start, jump)") == "no action `jump`")
    #expect(Self.failure("q(start) > 1") == "a number is needed here, and this is a row of values")
    #expect(Self.failure("curve.mean") == "this demo has no learning curve")
    #expect(Self.failure("path.length") == "this demo shows no greedy path")
    #expect(Self.failure("v(start) / 0") == "division by zero")
    #expect(Self.failure("argmax v(start)") == "`argmax` does not apply to a number")
    #expect(
      Self.failure("v(start) and true") == "true or false is needed here, and this is a number")
    let two = DemoBlocks.run(
      "env: mario\nagents: [q-learning, reinforce]\nepisodes: 50\nshow: q-vs-policy\nstate: start")
    #expect(Self.failure("q(start)", in: two) == "this demo has several agents: say whose `q`")
    #expect(Self.failure("reinforce.q(start)", in: two) == "reinforce has no q")
  }

  @Test func claimsThatFailAreErrorsAtTheClaimWithTheirValues() {
    let body = """
      env: frozenlake
      agent: value-iteration
      gamma: 0.99
      show: value-grid
      expect:
        - v(start) > 0.5
        - v(start) > 0.9
        - v(start) >
      """
    let spec = DemoBlocks.spec(body)
    let result = DemoRunner().run(spec)
    let problems = ClaimChecker.diagnostics(for: spec, result: result).map(\.located)
    #expect(
      problems == [
        "8:5: `v(start) > 0.9` does not hold: v(start) = 0.542",
        "9:15: the expression ends too soon",
      ])
    let named = DemoBlocks.spec(
      "env: frozenlake\nagent: value-iteration\nshow: value-grid\nexpect:\n  worth: v(start) > 0.9")
    #expect(
      ClaimChecker.diagnostics(for: named, result: DemoRunner().run(named)).map(\.message)
        == ["claim `worth` does not hold: v(start) = 0.542"])
  }

  /// After `--set`, `s` or a nudge, a claim that no longer holds is said below the output.
  @Test func aReadersSettingsThatBreakAClaimAreNoted() {
    let body =
      "env: frozenlake\nagent: value-iteration\ngamma: 0.99\nshow: value-grid\n"
      + "expect: [v(start) < 0.6, v(goal) == 0]"
    func notes(_ overrides: [DemoValidator.Override], seed: Int? = nil) -> [String] {
      let runner = DemoRunner(validator: DemoValidator(overrides: overrides, seed: seed))
      return DemoBlocks.run(body, runner: runner).outputs.compactMap { output in
        if case .message(let text) = output, text.contains("claim") { return text }
        return nil
      }
    }
    #expect(
      notes([.init(key: "gamma", value: "1")]) == [
        "At γ = 1 the lesson's claim no longer holds: `v(start) < 0.6` (v(start) = 0.8235)."
      ])
    #expect(notes([.init(key: "gamma", value: "0.99")]).isEmpty)  // the lesson's own setting
    #expect(notes([.init(key: "gamma", value: "0.9")]).isEmpty)  // it still holds
    #expect(notes([]).isEmpty)
  }

  /// A sweep's variants are named by their setting: `epsilon(0.1)`, `frozen-after(never)`.
  @Test func sweepVariantsAreNamedByTheirSetting() throws {
    let sweep = DemoBlocks.run(
      "env: bandit\nagent: epsilon-greedy\nepsilon: [0, 0.1]\nepisodes: 200\nruns: 5\n"
        + "show: learning-curve")
    let explorer = try Self.number("epsilon(0.1).curve.mean", in: sweep)
    let greedy = try Self.number("epsilon-greedy.epsilon(0).curve.mean", in: sweep)
    let curves = sweep.values.agents.map { $0.curve!.reduce(0, +) / Double($0.curve!.count) }
    #expect([greedy, explorer] == curves)
    #expect(Self.failure("epsilon(0.5).curve.mean", in: sweep) == "no run with epsilon 0.5")
    #expect(
      Self.failure("curve.mean", in: sweep) == "this demo has several agents: say whose `curve`")
    let band = try Self.number("epsilon(0.1).curve.band.mean", in: sweep)
    #expect(band > 0)
  }

  /// `state: {name: vector}` names a continuous state for expressions and tables.
  @Test func namedContinuousStates() throws {
    let result = DemoBlocks.run(
      "env: cartpole\nagent: random\nepisodes: 1\nshow: policy-table\n"
        + "state: {upright: start, leaning-right: [0, 0, 0.1, 0]}")
    #expect(try Self.number("pi(leaning-right, left)", in: result) == 0.5)
    #expect(try Self.number("pi(upright, right)", in: result) == 0.5)
    let rows = try #require(result.tables.first).rows.map { $0[0].text }
    #expect(rows == ["upright", "leaning-right [0, 0, 0.1, 0]"])
    let bad = DemoBlocks.problems(
      "env: cartpole\nagent: random\nshow: policy-table\nstate: {\"a b\": start}")
    #expect(bad.map(\.message) == ["`a b` is not a name"])
  }

  @Test func aClaimIsNeverShownToAReader() {
    let result = DemoBlocks.run(
      "env: frozenlake\nagent: value-iteration\nshow: value-grid\nexpect: [v(start) > 9]")
    #expect(result.didRun)
    #expect(result.diagnostics.isEmpty)
  }
}

/// `check --seeds N`: each claim retrained on N seeds and tallied.
@Suite struct ClaimSweepTests {
  static func tallies(_ body: String, seeds: Int) -> [ClaimTally] {
    let spec = DemoBlocks.spec(body)
    let runner = DemoRunner()
    return ClaimSweep.tallies(
      for: spec, runner: runner, ownResult: runner.run(spec), count: seeds)
  }

  @Test func theKthSeedSkipsTheRunsOfTheOnesBefore() {
    #expect(ClaimSweep.seeds(count: 4, seed: 7, runs: 1) == [7, 8, 9, 10])
    #expect(ClaimSweep.seeds(count: 3, seed: 0, runs: 5) == [0, 5, 10])
  }

  @Test func anExactClaimHoldsOnEverySeed() throws {
    let tallies = Self.tallies(
      "env: frozenlake\nagent: value-iteration\ngamma: 0.99\nshow: value-grid\nseed: 2\nexpect: [v(start) ≈ 0.542 ± 0.001]",
      seeds: 6)
    let tally = try #require(tallies.first)
    #expect(tally.seeds == [2, 3, 4, 5, 6, 7])
    #expect(tally.holding == tally.seeds)
    #expect(tally.diagnostic(requiring: 6) == nil)
  }

  @Test func aFragileClaimIsAWarningUnlessTooFewSeedsHoldIt() throws {
    let body =
      "env: bandit\nagent: epsilon-greedy\nepisodes: 20\nshow: learning-curve\nexpect:\n  lucky: curve.mean > 0.8"
    let tally = try #require(Self.tallies(body, seeds: 10).first)
    #expect(tally.holding.count + tally.failing.count == 10)
    #expect(!tally.holding.isEmpty && !tally.failing.isEmpty)
    #expect(Self.tallies(body, seeds: 10).first == tally)  // the same seeds, the same story
    let warning = try #require(tally.diagnostic(requiring: 0))
    #expect(warning.severity == (tally.holdsOnOwnSeed ? .warning : .error))
    #expect(warning.message.hasPrefix("claim `lucky` holds on \(tally.holding.count) of 10 seeds"))
    #expect(tally.diagnostic(requiring: 10)?.severity == .error)
  }

  @Test func demosWithoutClaimsAreNotRerun() {
    #expect(
      Self.tallies("env: frozenlake\nagent: value-iteration\nshow: value-grid", seeds: 5).isEmpty)
  }
}
