import Lessons
import MarkdownSyntax
import RLCore

/// A demo's training budget.
struct Budget: Hashable, Sendable {
  /// Episodes per run (pulls for the bandit).
  var episodes: Int
  /// A step budget per run, if given.
  var steps: Int?
  /// Independent runs.
  var runs: Int
}

extension BlockCheck {
  /// Keys read by the checks themselves rather than as settings.
  static let structuralKeys: Set<String> = [
    "env", "agent", "agents", "show", "state", "id", "expect",
  ]

  /// Checks every key against what this environment and these agents accept, and reads its value.
  mutating func readSettings(environment: EnvironmentEntry, agents: [AgentEntry]) -> DemoSettings {
    var settings = DemoSettings()
    let common = CommonSettings.all.filter { $0 != CommonSettings.rewards }
    let accepted = common + environment.settings + agents.flatMap(\.settings)
    let acceptedNames = accepted.map(\.name).uniqued()
    for entry in entries where !Self.structuralKeys.contains(entry.key) {
      guard let setting = accepted.first(where: { $0.name == entry.key }) else {
        reportUnknown(entry, accepted: acceptedNames, environment: environment, agents: agents)
        continue
      }
      if case .list(let items) = entry.value.kind, setting.takesOneValue {
        readSweep(entry, items: items, setting: setting, environment: environment, into: &settings)
        continue
      }
      switch SettingParser.parse(entry.value, as: setting) {
      case .success(let value): settings.set(entry.key, value, from: entry.value)
      case .failure(let problem):
        let diagnostic = problem.diagnostic
        error(diagnostic.message, hint: diagnostic.hint, key: entry.key, at: diagnostic.range)
      }
    }
    return settings
  }

  /// A setting given a list of values: one line per value, for one agent setting or `frozen-after`.
  private mutating func readSweep(
    _ entry: YAMLEntry, items: [YAMLValue], setting: Hyperparameter, environment: EnvironmentEntry,
    into settings: inout DemoSettings
  ) {
    let key = entry.key
    if let other = settings.sweep {
      error(
        "only one setting may list values to compare, and `\(other.key)` already does",
        hint: "compare `\(key)` in a block of its own", key: key, at: entry.value.range)
      return
    }
    let isCommon = CommonSettings.setting(key) != nil
    if environment.settings.contains(where: { $0.name == key })
      || (isCommon && key != "frozen-after")
    {
      error(
        "`\(key)` takes one value",
        hint:
          "a list compares values of an agent's setting (`epsilon: [0, 0.1]`) or of `frozen-after`",
        key: key, at: entry.value.range)
      return
    }
    guard (2...6).contains(items.count) else {
      error(
        "a list of values to compare needs 2 to 6 values", key: key, at: entry.value.range)
      return
    }
    var values: [SettingValue?] = []
    for item in items {
      if key == "frozen-after", ["never", "none"].contains(item.text ?? "") {
        values.append(nil)
        continue
      }
      switch SettingParser.parse(item, as: setting) {
      case .success(let value): values.append(value)
      case .failure(let problem):
        let diagnostic = problem.diagnostic
        error(diagnostic.message, hint: diagnostic.hint, key: key, at: diagnostic.range)
        return
      }
    }
    settings.setSweep(key, values, at: entry.value.range)
  }

  /// An unknown key: the nearest spelling, or whose setting it is, and what this demo accepts.
  private mutating func reportUnknown(
    _ entry: YAMLEntry, accepted: [String], environment: EnvironmentEntry, agents: [AgentEntry]
  ) {
    let suggestion = Spelling.suggestion(for: entry.key, in: accepted)
    let owners = Self.owners(of: entry.key)
    if !owners.isEmpty, addedForEveryDemo.contains(entry.key) { return }  // another demo's setting
    let subject = ([environment.name] + agents.map(\.name)).joined(separator: ", ")
    let message =
      owners.isEmpty || suggestion != nil
      ? "unknown key `\(entry.key)`"
      : "`\(entry.key)` is not a setting of \(subject) (it belongs to \(owners.joined(separator: ", ")))"
    let own = accepted.filter { name in !CommonSettings.all.contains { $0.name == name } }
    let keys =
      "this demo accepts " + SettingParser.listed(own.isEmpty ? accepted : own)
      + (own.isEmpty ? "" : " and the common keys (env, agent, episodes, seed, show, …)")
    error(
      message, hint: [suggestion, keys].hintText, key: entry.key,
      at: entry.keyRange)
  }

  /// The agents and environments that have a setting named `key`.
  static func owners(of key: String) -> [String] {
    Registry.agents.filter { $0.setting(key) != nil }.map(\.name)
      + Registry.environments.filter { env in env.settings.contains { $0.name == key } }
      .map(\.name)
  }

  /// A `returns` demo: a reward sequence and its discounted return for several γ.
  mutating func returnsPlan(views: [ViewEntry]) -> DemoPlan? {
    var settings = DemoSettings()
    for entry in entries {
      switch entry.key {
      case "show":
        if let other = views.first(where: { $0 != .returns }) {
          error(
            "`\(other.name)` needs an env and an agent; a returns demo computes from `rewards` alone",
            hint: "show \(other.name) in a block of its own", key: "show",
            at: entry.value.range)
        }
      case "rewards", "gamma":
        let setting = entry.key == "gamma" ? ReturnsView.gammas : CommonSettings.rewards
        switch SettingParser.parse(entry.value, as: setting) {
        case .success(let value): settings.set(entry.key, value, from: entry.value)
        case .failure(let problem):
          let diagnostic = problem.diagnostic
          error(diagnostic.message, hint: diagnostic.hint, key: entry.key, at: diagnostic.range)
        }
      case "id", "expect":
        break
      case CommonSettings.seed.name where fromCommandLine.contains(entry.key):
        break  // `--seed` reseeds the lesson; a returns demo draws nothing at random
      case let key
      where addedForEveryDemo.contains(key)
        && (!Self.owners(of: key).isEmpty || CommonSettings.setting(key) != nil):
        break  // a setting of the lesson's other demos
      case "env", "agent", "agents":
        error(
          "a returns demo needs no `\(entry.key)`: it computes from `rewards` alone",
          hint: "remove `\(entry.key)`, or show returns in a block of its own", key: entry.key,
          at: entry.keyRange)
      default:
        let suggestion = Spelling.suggestion(for: entry.key, in: ["rewards", "gamma", "show"])
        error(
          "unknown key `\(entry.key)` in a returns demo",
          hint: [suggestion, "a returns demo takes `rewards`, `gamma` and `show`"].hintText,
          key: entry.key, at: entry.keyRange)
      }
    }
    if self["rewards"] == nil {
      error(
        "a returns demo needs `rewards`", hint: "for example `rewards: [0.1, 1, 0.1, 100]`",
        at: fence)
    }
    guard !hasErrors else { return nil }
    let gammas = settings.reals(ReturnsView.gammas)
    let provenance = Provenance(
      environment: nil, agents: [],
      settings: [
        .init("rewards", settings.values["rewards"]?.written ?? ""),
        .init("gamma", SettingValue.reals(gammas).written),
      ])
    return DemoPlan(
      environment: nil, agents: [], variants: [], views: [.returns], settings: settings,
      episodes: 0,
      maximumSteps: nil, stepLimit: 0, runs: 1, seed: 0, traceLength: 0, probes: [],
      provenance: provenance,
      range: spec.range, world: nil)
  }

  /// The budget, checked against the limits.
  mutating func readBudget(
    environment: EnvironmentEntry, agents: [AgentEntry], settings: DemoSettings
  ) -> Budget? {
    let episodes = settings.integer("episodes") ?? environment.defaultEpisodes
    let runs = settings.integer(CommonSettings.runs)
    let steps = settings.integer("steps")
    let allowLong = "a typo? If you mean it, run with --allow-long"
    if episodes > limits.episodes {
      error(
        "`episodes: \(written("episodes"))` is over the limit of \(grouped(limits.episodes)) episodes a demo may train",
        hint: allowLong, key: "episodes", at: settings.ranges["episodes"])
    }
    if let steps, steps > limits.steps {
      error(
        "`steps: \(written("steps"))` is over the limit of \(grouped(limits.steps)) steps a demo may take",
        hint: allowLong, key: "steps", at: settings.ranges["steps"])
    }
    if runs > limits.runs {
      error(
        "`runs: \(written("runs"))` is over the limit of \(grouped(limits.runs)) runs",
        hint: allowLong, key: "runs", at: settings.ranges["runs"])
    }
    let sweepCount = settings.sweep?.values.count ?? 1
    let learners = max(1, agents.count { $0.learns || $0.family == .random }) * sweepCount
    let total = episodes.multipliedReportingOverflow(by: runs * learners)
    if !hasErrors, total.overflow || total.partialValue > limits.totalEpisodes {
      error(
        "\(grouped(episodes)) episodes × \(runs) runs × \(learners) agents is over the limit of \(grouped(limits.totalEpisodes)) episodes a demo may train",
        hint: "train fewer episodes or runs; " + allowLong, key: "runs",
        at: settings.ranges["runs"] ?? settings.ranges["episodes"] ?? fence)
    }
    if let from = settings.integer("trace-from"), from > episodes {
      error(
        "`trace-from: \(from)` is after the last of \(episodes) episodes",
        hint: "trace from an episode between 1 and \(episodes)", key: "trace-from",
        at: settings.ranges["trace-from"])
    }
    if let frozen = settings.integer("frozen-after"), frozen > episodes {
      diagnostics.append(
        .warning(
          "`frozen-after: \(frozen)` is after the last of \(episodes) episodes: the agent never freezes",
          at: settings.ranges["frozen-after"]))
    }
    return hasErrors ? nil : Budget(episodes: episodes, steps: steps, runs: runs)
  }

  private func written(_ key: String) -> String {
    self[key]?.value.text ?? ""
  }

  /// Networks and tables within the limits.
  mutating func checkSize(of world: DemoWorld, agents: [AgentEntry], settings: DemoSettings) {
    if let tabular = world.tabular, tabular.stateCount > limits.states {
      error(
        "\(world.entry.name) has \(grouped(tabular.stateCount)) states, over the limit of \(grouped(limits.states))",
        hint: "use fewer coins and enemies", at: fence)
    }
    for agent in agents where agent.setting("hidden") != nil {
      let weights = WorkEstimate.weights(of: agent, world: world, settings: settings)
      if weights > limits.networkWeights {
        error(
          "\(agent.name)'s network would have \(grouped(weights)) weights, over the limit of \(grouped(limits.networkWeights))",
          hint: "use smaller hidden layers, or run with --allow-long", key: "hidden",
          at: settings.ranges["hidden"] ?? fence)
        return
      }
    }
  }

  /// The demo's work, all of it together, within the limit.
  mutating func checkWork(
    of world: DemoWorld, agents: [AgentEntry], settings: DemoSettings, budget: Budget
  ) {
    let estimate = WorkEstimate(
      budget: budget, world: world, agents: agents, settings: settings, stepCeiling: limits.steps,
      sweepCount: settings.sweep?.values.count ?? 1)
    guard estimate.operations > limits.operations else { return }
    let seconds = estimate.operations / WorkEstimate.operationsPerSecond
    let perStep =
      estimate.operationsPerStep > WorkEstimate.operationsPerStep * 1.5
      ? ", networks included" : ""
    let key = ["steps", "runs", "episodes", "batch", "hidden"].first { settings.ranges[$0] != nil }
    error(
      "this demo would do about \(WorkEstimate.scientific(estimate.operations)) operations (up to \(grouped(estimate.stepsPerRun)) steps \(estimate.runCount == 1 ? "in one run" : "in each of \(grouped(estimate.runCount)) runs")\(perStep)), about \(WorkEstimate.duration(seconds: seconds)) at 10⁹ a second; the limit is \(WorkEstimate.scientific(limits.operations))",
      hint:
        "train fewer steps, episodes or runs, or a smaller network; if you mean it, run with --allow-long",
      key: key, at: key.flatMap { settings.ranges[$0] } ?? fence)
  }

  /// Sizes that are checked before the environment is built (building a huge map takes long).
  mutating func checkSizeBeforeBuilding(_ environment: EnvironmentEntry, settings: DemoSettings) {
    guard let cells = environment.sizeBeforeBuilding?(settings) else { return }
    if cells > limits.states {
      error(
        "this map has \(grouped(cells)) tiles, over the limit of \(grouped(limits.states)) states",
        hint: "draw a smaller map", key: "map", at: settings.ranges["map"])
    }
  }
}

/// `100000` as `100,000`.
func grouped(_ number: Int) -> String {
  let digits = Array(String(number.magnitude))
  var result = ""
  for (index, digit) in digits.enumerated() {
    if index > 0, (digits.count - index) % 3 == 0 { result += "," }
    result.append(digit)
  }
  return (number < 0 ? "-" : "") + result
}

extension Array where Element: Hashable {
  /// The elements without repeats, in first-seen order.
  func uniqued() -> [Element] {
    var seen: Set<Element> = []
    return filter { seen.insert($0).inserted }
  }
}
