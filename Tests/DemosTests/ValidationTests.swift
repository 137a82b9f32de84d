import Demos
import Lessons
import Testing

/// Every kind of problem an `rl` block can have, with its exact place and message.
@Suite struct ValidationTests {
  @Test func aValidBlockHasAPlanWithDefaultsApplied() throws {
    let plan = try #require(DemoBlocks.plan("env: cliff\nagent: q-learning"))
    #expect(plan.episodes == 500)
    #expect(plan.views.map(\.name) == ["learning-curve"])
    #expect(plan.provenance["alpha"] == "0.1")
    #expect(plan.provenance["gamma"] == "0.99")
    #expect(plan.provenance["seed"] == "0")
  }

  @Test func unknownKeySuggestsTheNearestSpelling() throws {
    let problem = try #require(
      DemoBlocks.problems("env: cliff\nagent: q-learning\ngama: 0.9").first)
    #expect(problem.located == "4:1: unknown key `gama`")
    let hint = try #require(problem.hint)
    #expect(hint.hasPrefix("did you mean `gamma`?"))
    #expect(hint.contains("`alpha`") && hint.contains("`epsilon`"))
  }

  @Test func aKeyOfAnotherAgentSaysWhoseItIs() throws {
    let problems = DemoBlocks.problems(
      "env: cartpole\nagent: reinforce\ncritic-lr: 0.1\nbuffer: 100")
    #expect(
      problems.map(\.located) == [
        "4:1: `critic-lr` is not a setting of cartpole, reinforce (it belongs to actor-critic)",
        "5:1: `buffer` is not a setting of cartpole, reinforce (it belongs to dqn)",
      ])
    #expect(
      problems.first?.hint?.contains("`lr`, `gamma`, `hidden`, `baseline`, `standardize`") == true)
  }

  /// Example 3.5 has no terminal state: at γ = 1 value iteration would diverge.
  @Test func anExactMethodAtGammaOneNeedsAnEnd() {
    let diverging = DemoBlocks.problems("env: gridworld\nagent: value-iteration\ngamma: 1")
    #expect(
      diverging.map(\.located) == [
        "4:8: value-iteration does not converge at γ = 1 on gridworld: it has no terminal state, so the values grow without bound"
      ])
    #expect(DemoBlocks.problems("env: frozenlake\nagent: value-iteration\ngamma: 1").isEmpty)
    #expect(DemoBlocks.problems("env: gridworld\nagent: q-learning\ngamma: 1").isEmpty)
  }

  @Test func aReplayBufferMustHoldTheWarmup() {
    let problems = DemoBlocks.problems("env: cartpole\nagent: dqn\nbuffer: 100")
    #expect(
      problems.map(\.located) == [
        "4:9: dqn starts learning after 1000 stored steps, and its buffer holds 100: it would never learn"
      ])
    #expect(DemoBlocks.problems("env: cartpole\nagent: dqn\nbuffer: 100\nwarmup: 100").isEmpty)
  }

  @Test func wrongTypeIsLocatedAtTheValue() throws {
    let problem = try #require(
      DemoBlocks.problems("env: cliff\nagent: q-learning\nalpha: fast").first)
    #expect(problem.located == "4:8: `alpha` must be a number, not `fast`")
    #expect(problem.hint == "use a value from 0 to 1")
  }

  @Test(arguments: [
    ("gamma: 1.5", "4:8: `gamma: 1.5` is out of range", "gamma must be from 0 to 1"),
    ("episodes: -3", "4:11: `episodes: -3` is out of range", "episodes must be at least 1"),
  ])
  func outOfRangeValuesNameTheRange(line: String, located: String, hint: String) throws {
    let problem = try #require(DemoBlocks.problems("env: cliff\nagent: q-learning\n" + line).first)
    #expect(problem.located == located)
    #expect(problem.hint == hint)
  }

  @Test func unknownEnvironmentAgentAndViewSuggestTheNearest() {
    let problems = DemoBlocks.problems("env: frozenlak\nagent: q-learnin\nshow: q-tabel")
    #expect(
      problems.map(\.located) == [
        "4:7: unknown view `q-tabel`", "2:6: unknown environment `frozenlak`",
      ])
    #expect(problems.allSatisfy { $0.hint?.contains("did you mean") == true })
    let agent = DemoBlocks.problems("env: cliff\nagents: [sarsa, q-learnin]")
    #expect(agent.map(\.located) == ["3:17: unknown agent `q-learnin`"])
    #expect(agent.first?.hint?.hasPrefix("did you mean `q-learning`?") == true)
  }

  @Test func anExactMethodNeedsAFiniteModel() throws {
    let problem = try #require(DemoBlocks.problems("env: cartpole\nagent: value-iteration").first)
    #expect(
      problem.located
        == "3:8: value-iteration needs a finite model, and cartpole has continuous states")
  }

  @Test func aTabularAgentNeedsDiscreteStates() throws {
    let problem = try #require(DemoBlocks.problems("env: cartpole\nagent: sarsa").first)
    #expect(problem.located.hasPrefix("3:8: sarsa keeps a table with a row per state"))
  }

  @Test func anExactMethodRefusesThePartialWindow() throws {
    let problem = try #require(
      DemoBlocks.problems("env: mario\nagent: value-iteration\nobserve: window").first)
    #expect(problem.located.hasPrefix("3:8: value-iteration solves the full model"))
    #expect(problem.message.contains("not Markov"))
  }

  @Test func episodesOverTheLimitAreRefusedBeforeAnythingRuns() throws {
    let problem = try #require(
      DemoBlocks.problems("env: cliff\nagent: q-learning\nepisodes: 1e12").first)
    #expect(
      problem.located
        == "4:11: `episodes: 1e12` is over the limit of 100,000 episodes a demo may train")
    #expect(problem.hint == "a typo? If you mean it, run with --allow-long")
    let long = DemoValidator(limits: .long)
    #expect(
      DemoBlocks.plan("env: cliff\nagent: q-learning\nepisodes: 200000", validator: long) != nil)
  }

  @Test func totalWorkOverRunsAndAgentsIsLimited() throws {
    let problem = try #require(
      DemoBlocks.problems("env: cliff\nagents: [sarsa, q-learning]\nepisodes: 100000\nruns: 10")
        .first)
    #expect(
      problem.located.hasPrefix("5:7: 100,000 episodes × 10 runs × 2 agents is over the limit"))
  }

  /// The limit is on the product: steps × runs × what each step costs, networks included.
  @Test(arguments: [
    (
      "env: cartpole\nagent: dqn\nsteps: 2000000\nepisodes: 10000\nbatch: 1024\ntrain-every: 1\nhidden: [256, 256, 256]",
      "4:8: this demo would do about 1×10¹⁵ operations (up to 2,000,000 steps in one run, networks included), about 13 days at 10⁹ a second; the limit is 3×10¹⁰"
    ),
    (
      "env: windy\nagent: random\nepisodes: 1000\nruns: 1000",
      "5:7: this demo would do about 5×10¹⁰ operations (up to 1,000,000 steps in each of 1,000 runs), about 50 s at 10⁹ a second; the limit is 3×10¹⁰"
    ),
  ])
  func workIsLimitedAsAProduct(body: String, located: String) throws {
    let problems = DemoBlocks.problems(body)
    #expect(problems.map(\.located) == [located])
    #expect(problems.first?.hint?.hasSuffix("run with --allow-long") == true)
    #expect(DemoBlocks.plan(body, validator: DemoValidator(limits: .long)) != nil)
  }

  /// The same windy demo with fewer runs, and the lessons' largest (DQN, 50,000 steps), pass.
  @Test(arguments: [
    "env: windy\nagent: random\nepisodes: 1000\nruns: 100",
    "env: cartpole\nagent: dqn\nsteps: 200000\nepisodes: 3000",
    "env: cartpole\nagents: [reinforce, actor-critic]\nepisodes: 1000\nruns: 5",
  ])
  func demosOfReasonableSizeAreAccepted(body: String) {
    #expect(DemoBlocks.problems(body).isEmpty, "\(DemoBlocks.problems(body))")
  }

  /// A 700 × 700 lake took 22 s to build before its size was refused; now the map key is checked first.
  @Test func aHugeMapIsRefusedAtItsKey() throws {
    let rows =
      ["S" + String(repeating: "F", count: 699)]
      + Array(repeating: String(repeating: "F", count: 700), count: 698)
      + [String(repeating: "F", count: 699) + "G"]
    let problems = DemoBlocks.problems(
      "env: frozenlake\nagent: q-learning\nmap: [\(rows.joined(separator: ", "))]")
    #expect(
      problems.map(\.located) == [
        "4:6: this map has 490,000 tiles, over the limit of 262,144 states"
      ])
  }

  @Test(arguments: [".nan", ".inf", "-.inf", "nan", "inf"])
  func aStateOfNonFiniteNumbersIsRefusedAtTheNumber(number: String) {
    let problems = DemoBlocks.problems(
      "env: cartpole\nagent: dqn\nshow: q-table\nstate: [0, \(number), 0, 0]")
    #expect(problems.map(\.located) == ["5:12: `\(number)` is not a finite number"])
  }

  @Test func aNetworkOverTheLimitIsRefused() throws {
    let problem = try #require(
      DemoBlocks.problems("env: cartpole\nagent: dqn\nhidden: [512, 512, 512]").first)
    #expect(problem.located.hasPrefix("4:9: dqn's network would have"))
  }

  @Test func viewsTheAgentsCannotShowAreExplained() throws {
    let qTable = try #require(
      DemoBlocks.problems("env: cliff\nagent: reinforce\nshow: q-table").first)
    #expect(qTable.located.hasPrefix("4:7: q-table needs an agent that learns Q(s,a)"))
    let versus = try #require(
      DemoBlocks.problems("env: mario\nagent: q-learning\nshow: q-vs-policy").first)
    #expect(versus.located.hasPrefix("4:7: q-vs-policy puts a value learner's Q(s,a) beside"))
    #expect(versus.hint == "for example `agents: [q-learning, reinforce]`")
    let grid = try #require(
      DemoBlocks.problems("env: cartpole\nagent: dqn\nshow: value-grid").first)
    #expect(grid.located == "4:7: value-grid draws on a map, and cartpole has none")
  }

  @Test func anUnknownStateListsTheNames() throws {
    let problem = try #require(
      DemoBlocks.problems("env: frozenlake\nagent: q-learning\nshow: q-table\nstate: gaol").first)
    #expect(problem.located == "5:8: frozenlake has no state `gaol`")
    #expect(problem.hint?.hasPrefix("did you mean `goal`?") == true)
  }

  @Test func aBadLevelIsLocatedAtTheLevel() throws {
    let problem = try #require(
      DemoBlocks.problems("env: mario\nagent: q-learning\nlevel: S..E..c").first)
    #expect(problem.located.hasPrefix("4:8: invalid level"))
  }

  @Test func missingEnvironmentAndAgentPointAtTheFence() {
    #expect(
      DemoBlocks.problems("agent: sarsa").map(\.located) == ["1:1: this demo names no environment"])
    #expect(DemoBlocks.problems("env: cliff").map(\.located) == ["1:1: this demo names no agent"])
  }

  @Test func commandLineOverridesReplaceTheBlocksValues() throws {
    let validator = DemoValidator(
      overrides: [.init(key: "gamma", value: "0.5"), .init(key: "hidden", value: "[8, 8]")],
      seed: 3)
    let plan = try #require(
      DemoBlocks.plan("env: cartpole\nagent: reinforce\ngamma: 0.9\nseed: 1", validator: validator))
    #expect(plan.provenance["gamma"] == "0.5")
    #expect(plan.provenance["hidden"] == "[8, 8]")
    #expect(plan.seed == 3)
    let bad = DemoValidator(overrides: [.init(key: "gamma", value: "2")])
    let problem = try #require(
      DemoBlocks.problems("env: cliff\nagent: sarsa", validator: bad).first)
    #expect(problem.message == "--set gamma: `gamma: 2` is out of range")
  }

  @Test func aSingleValueLeavesADemosComparisonAlone() throws {
    let validator = DemoValidator(
      overrides: [.init(key: "gamma", value: "0.9"), .init(key: "hidden", value: "[8]")])
    let sweep = try #require(
      DemoBlocks.plan(
        "env: cartpole\nagent: reinforce\ngamma: [0.5, 0.99]\nhidden: [16, 16]",
        validator: validator))
    #expect(sweep.provenance["gamma"] == "[0.5, 0.99]")
    #expect(sweep.provenance["hidden"] == "[8]")  // a list-valued setting is replaced
    let returns = try #require(
      DemoBlocks.plan(
        "rewards: [1, 1]\ngamma: [0, 1]",
        validator: DemoValidator(overrides: [.init(key: "gamma", value: "0.9")])))
    #expect(returns.provenance["gamma"] == "[0, 1]")
    let list = DemoValidator(overrides: [.init(key: "gamma", value: "[0.9, 0.95]")])
    let replaced = try #require(
      DemoBlocks.plan("env: cliff\nagent: sarsa\ngamma: [0.5, 0.99]", validator: list))
    #expect(replaced.provenance["gamma"] == "[0.9, 0.95]")
  }

  @Test func aSettingForEveryDemoPassesOverDemosWithoutIt() throws {
    let block = "env: mario\nagent: random"
    let lessonWide = DemoValidator(
      overrides: [.init(key: "gamma", value: "0.9", isForEveryDemo: true)])
    #expect(DemoBlocks.problems(block, validator: lessonWide).isEmpty)
    #expect(DemoBlocks.problems("rewards: [1]", validator: lessonWide).isEmpty)
    let named = DemoValidator(overrides: [.init(key: "gamma", value: "0.9")])
    let problem = try #require(DemoBlocks.problems(block, validator: named).first)
    #expect(problem.message.hasPrefix("--set gamma: `gamma` is not a setting of mario, random"))
    let typo = DemoValidator(overrides: [.init(key: "gama", value: "0.9", isForEveryDemo: true)])
    let unknown = try #require(DemoBlocks.problems(block, validator: typo).first)
    #expect(unknown.message == "--set gama: unknown key `gama`")
  }

  @Test func aReturnsDemoNeedsNoEnvironment() throws {
    let plan = try #require(DemoBlocks.plan("rewards: [0.1, 1, 0.1, 100]\ngamma: [0, 0.9]"))
    #expect(plan.views.map(\.name) == ["returns"])
    let problem = try #require(DemoBlocks.problems("show: returns").first)
    #expect(problem.located == "1:1: a returns demo needs `rewards`")
  }

  @Test func aListOfValuesComparesOneAgentPerValue() throws {
    let plan = try #require(
      DemoBlocks.plan("env: cliff\nagents: [sarsa, reinforce]\nalpha: [0.1, 0.5]\nfrozen-after: 10")
    )
    #expect(
      plan.variants.map(\.label) == ["sarsa (alpha 0.1)", "sarsa (alpha 0.5)", "reinforce"])
    #expect(plan.provenance["alpha"] == "[0.1, 0.5]")
    let frozen = try #require(
      DemoBlocks.plan("env: cliff\nagent: q-learning\nfrozen-after: [100, never]"))
    #expect(frozen.variants.map { $0.settings.integer("frozen-after") } == [100, nil])
  }

  @Test func onlyOneAgentSettingMayListValues() {
    #expect(
      DemoBlocks.problems("env: cliff\nagent: sarsa\nalpha: [0.1, 0.5]\nepsilon: [0, 0.1]").map(
        \.located) == [
          "5:10: only one setting may list values to compare, and `alpha` already does"
        ])
    #expect(
      DemoBlocks.problems("env: frozenlake\nagent: sarsa\nslippery: [true, false]").map(\.located)
        == ["4:11: `slippery` takes one value"])
    #expect(
      DemoBlocks.problems("env: cliff\nagent: sarsa\nalpha: [0.1, 2]").map(\.located) == [
        "4:14: `alpha: 2` is out of range"
      ])
  }
}

/// A demo's id cannot be a name expressions read otherwise.
@Suite struct DemoIDValidationTests {
  @Test func anIdThatNamesAnAgentEnvironmentOrViewIsAnError() {
    for (id, kind) in [
      ("q-learning", "an agent"), ("cliff", "an environment"), ("trace", "a view"),
    ] {
      let problems = DemoBlocks.problems("id: \(id)\nenv: cliff\nagent: q-learning\nepisodes: 5")
      #expect(
        problems.map(\.located).first
          == "2:5: `\(id)` is \(kind)'s name, so it cannot be a demo's id")
    }
    #expect(DemoBlocks.problems("id: walk\nenv: cliff\nagent: q-learning\nepisodes: 5").isEmpty)
    #expect(DemoBlocks.problems("id: sums\nrewards: [1, 2]").isEmpty)
  }
}
