import Foundation
import Lessons
import MarkdownSyntax
import RLCore

/// The work of validating one block: reads its entries in order and collects problems.
struct BlockCheck {
  let spec: DemoSpec
  let limits: DemoLimits
  /// The block's entries, with command-line overrides applied.
  private(set) var entries: [YAMLEntry]
  /// The problems found so far.
  var diagnostics: [Diagnostic] = []
  /// Keys whose values came from the command line.
  private(set) var fromCommandLine: Set<String> = []
  /// Keys the block does not have, added by an override meant for every demo:
  /// a demo that has no such setting ignores them.
  private(set) var addedForEveryDemo: Set<String> = []
  /// Where the block's fence is: the place of problems with the whole block.
  let fence: SourceRange

  init(spec: DemoSpec, limits: DemoLimits) {
    self.spec = spec
    self.limits = limits
    entries = spec.entries
    fence = SourceRange(line: spec.range.start.line, column: spec.range.start.column, length: 5)
  }

  subscript(key: String) -> YAMLEntry? { entries.first { $0.key == key } }

  var hasErrors: Bool { diagnostics.errorCount > 0 }

  /// Records an error about `key`, saying so when the value came from `--set`.
  mutating func error(
    _ message: String, hint: String? = nil, key: String? = nil, at range: SourceRange?
  ) {
    let prefix = key.map { fromCommandLine.contains($0) ? "--set \($0): " : "" } ?? ""
    diagnostics.append(.error(prefix + message, hint: hint, at: range))
  }

  /// Replaces or adds the entries the command line gives.
  mutating func apply(_ overrides: [DemoValidator.Override], seed: Int?) {
    var all = overrides
    if let seed { all.append(DemoValidator.Override(key: "seed", value: String(seed))) }
    for override in all {
      let entry = YAMLEntry(
        key: override.key, keyRange: fence, value: Self.value(of: override.value, at: fence))
      if let index = entries.firstIndex(where: { $0.key == override.key }) {
        if Self.keepsComparison(entries[index], against: entry) { continue }
        entries[index] = entry
      } else {
        entries.append(entry)
        if override.isForEveryDemo { addedForEveryDemo.insert(override.key) }
      }
      fromCommandLine.insert(override.key)
    }
  }

  /// Whether the block's own entry lists several values of a one-value
  /// setting to compare them (`gamma: [0.5, 0.99]`) and the override gives a
  /// single value: the comparison is what the demo is about, so it stays.
  static func keepsComparison(_ own: YAMLEntry, against override: YAMLEntry) -> Bool {
    guard case .list = own.value.kind, case .scalar = override.value.kind else { return false }
    let settings =
      Registry.agents.flatMap(\.settings) + Registry.environments.flatMap(\.settings)
      + CommonSettings.all
    return settings.contains { $0.name == own.key && $0.takesOneValue }
  }

  /// A command-line value as YAML: a scalar, or a flow list `[a, b]`.
  static func value(of text: String, at range: SourceRange) -> YAMLValue {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if trimmed.hasPrefix("["), trimmed.hasSuffix("]") {
      let inner = trimmed.dropFirst().dropLast()
      let items = inner.split(separator: ",").map {
        YAMLValue(
          .scalar($0.trimmingCharacters(in: .whitespaces), isQuoted: false), range: range)
      }
      return YAMLValue(.list(items), range: range)
    }
    return YAMLValue(.scalar(trimmed, isQuoted: false), range: range)
  }

  /// Runs every check in order; a plan when nothing is wrong.
  mutating func run() -> DemoPlan? {
    checkID()
    let views = readViews()
    let isReturns = self["rewards"] != nil || views.contains(.returns)
    if isReturns { return returnsPlan(views: views) }
    guard let environment = readEnvironment(), let agents = readAgents(),
      !hasErrors
    else { return nil }
    let settings = readSettings(environment: environment, agents: agents)
    checkCompatibility(agents: agents, environment: environment, settings: settings)
    checkReplay(agents: agents, settings: settings)
    guard !hasErrors else { return nil }
    let chosenViews =
      views.isEmpty ? Self.defaultViews(agents: agents, environment: environment) : views
    checkViews(chosenViews, agents: agents, environment: environment, settings: settings)
    let budget = readBudget(environment: environment, agents: agents, settings: settings)
    guard !hasErrors, let budget else { return nil }
    checkSizeBeforeBuilding(environment, settings: settings)
    guard !hasErrors else { return nil }
    diagnostics += environment.check?(settings) ?? []
    guard !hasErrors else { return nil }
    let world: DemoWorld
    do {
      world = try DemoWorld.build(environment, settings: settings, episodes: budget.episodes)
    } catch {
      var diagnostic = error.diagnostic
      // A problem no setting explains is the block's: point at its fence.
      if diagnostic.range == nil { diagnostic.range = fence }
      diagnostics.append(diagnostic)
      return nil
    }
    checkSize(of: world, agents: agents, settings: settings)
    checkConvergence(of: world, agents: agents, settings: settings)
    if !hasErrors { checkWork(of: world, agents: agents, settings: settings, budget: budget) }
    let probes = readProbes(world: world)
    guard !hasErrors else { return nil }
    let plan = DemoPlan(
      environment: environment, agents: agents,
      variants: AgentVariant.all(agents, settings: settings), views: chosenViews,
      settings: settings,
      episodes: budget.episodes, maximumSteps: budget.steps, stepLimit: limits.steps,
      runs: budget.runs,
      seed: settings.integer(CommonSettings.seed),
      traceLength: settings.integer(CommonSettings.trace),
      probes: probes,
      provenance: ProvenanceBuilder.provenance(
        environment: environment, agents: agents, views: chosenViews, settings: settings,
        budget: budget, world: world),
      range: spec.range, world: world)
    return plan
  }

  /// An id may not be a name expressions already read as an agent, environment or view.
  mutating func checkID() {
    guard let entry = self["id"], let id = entry.value.text else { return }
    let kind =
      Registry.agent(id) != nil
      ? "an agent"
      : Registry.environment(id) != nil
        ? "an environment" : Registry.view(id) != nil ? "a view" : nil
    guard let kind else { return }
    error(
      "`\(id)` is \(kind)'s name, so it cannot be a demo's id",
      hint: "name the demo for what it shows: `id: \(id)-demo`", key: "id", at: entry.value.range)
  }

  /// The views `show` asks for, in order; unknown names are reported.
  mutating func readViews() -> [ViewEntry] {
    guard let entry = self["show"] else { return [] }
    guard let items = entry.value.items, !items.isEmpty else {
      error(
        "`show` must name a view or a list of views", hint: viewHint, key: "show",
        at: entry.value.range)
      return []
    }
    var views: [ViewEntry] = []
    for item in items {
      guard let name = item.text, let view = Registry.view(name) else {
        let written = item.text ?? item.kindDescription
        let suggestion = item.text.flatMap {
          Spelling.suggestion(for: $0, in: Registry.views.map(\.name))
        }
        error(
          "unknown view `\(written)`",
          hint: [suggestion, viewHint].hintText, key: "show",
          at: item.range)
        continue
      }
      if !views.contains(view) { views.append(view) }
    }
    return views
  }

  private var viewHint: String {
    "views are " + SettingParser.listed(Registry.views.map(\.name))
  }

  /// The environment `env` names.
  mutating func readEnvironment() -> EnvironmentEntry? {
    guard let entry = self["env"] else {
      error(
        "this demo names no environment",
        hint: "add `env: frozenlake`, for example; `rlbook envs` lists them", at: fence)
      return nil
    }
    let names = Registry.environments.map(\.name)
    guard let name = entry.value.text, let environment = Registry.environment(name) else {
      let written = entry.value.text ?? entry.value.kindDescription
      let suggestion = entry.value.text.flatMap { Spelling.suggestion(for: $0, in: names) }
      error(
        "unknown environment `\(written)`",
        hint: [suggestion, "environments are " + SettingParser.listed(names)].hintText, key: "env",
        at: entry.value.range)
      return nil
    }
    return environment
  }

  /// The agents `agent` or `agents` names.
  mutating func readAgents() -> [AgentEntry]? {
    let single = self["agent"]
    let several = self["agents"]
    if let single, let several {
      error(
        "give `agent` or `agents`, not both",
        hint: "`agents: [\(single.value.text ?? "q-learning"), …]` trains several side by side",
        at: several.keyRange)
      return nil
    }
    guard let entry = single ?? several else {
      error(
        "this demo names no agent",
        hint: "add `agent: q-learning`, for example; `rlbook agents` lists them", at: fence)
      return nil
    }
    guard let items = entry.value.items, !items.isEmpty else {
      error("`\(entry.key)` must name an agent", key: entry.key, at: entry.value.range)
      return nil
    }
    if single != nil, items.count > 1 {
      error(
        "`agent` names one agent", hint: "write `agents: [...]` to train several",
        at: entry.keyRange)
      return nil
    }
    let names = Registry.agents.map(\.name)
    var agents: [AgentEntry] = []
    for item in items {
      guard let name = item.text, let agent = Registry.agent(name) else {
        let written = item.text ?? item.kindDescription
        let suggestion = item.text.flatMap { Spelling.suggestion(for: $0, in: names) }
        error(
          "unknown agent `\(written)`",
          hint: [suggestion, "agents are " + SettingParser.listed(names)].hintText, key: entry.key,
          at: item.range)
        continue
      }
      if agents.contains(agent) {
        error("`\(name)` is listed twice", at: item.range)
        continue
      }
      agents.append(agent)
    }
    return hasErrors ? nil : agents
  }
}
