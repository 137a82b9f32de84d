import Demos
import Lessons
import RLCore
import Testing

/// The registry is the one place names and defaults are written.
@Suite struct RegistryTests {
  /// Every setting of every agent, environment and demo.
  static var everySetting: [(owner: String, setting: Hyperparameter)] {
    Registry.agents.flatMap { agent in agent.settings.map { (agent.name, $0) } }
      + Registry.environments.flatMap { env in env.settings.map { (env.name, $0) } }
      + CommonSettings.all.map { ("demo", $0) }
  }

  @Test func everyDefaultValueIsOfItsSettingsKindAndInRange() {
    for (owner, setting) in Self.everySetting {
      guard let value = setting.value else { continue }
      let fits: Bool =
        switch (setting.kind, value) {
        case (.real(let range), _): value.real.map(range.contains) ?? false
        case (.integer(let range), .integer(let number)): range.contains(number)
        case (.flag, .flag): true
        case (.choice(let choices), .text(let word)): choices.contains(word)
        case (.integers(let range, let count), .integers(let numbers)):
          numbers.count <= count && numbers.allSatisfy(range.contains)
        case (.reals(let range, let count), .reals(let numbers)):
          numbers.count <= count && numbers.allSatisfy(range.contains)
        case (.text, .text), (.texts, .text), (.texts, .texts), (.rows, .texts): true
        case (.legend(let range), .legend(let entries)):
          entries.allSatisfy { range.contains($0.value) }
        default: false
        }
      #expect(
        fits, "\(owner)'s \(setting.name) defaults to \(value.written), not a \(setting.kind)")
    }
  }

  @Test func namesAreRegisteredOnce() {
    let agents = Registry.agents.map(\.name)
    let environments = Registry.environments.map(\.name)
    #expect(Set(agents).count == agents.count)
    #expect(Set(environments).count == environments.count)
    for agent in Registry.agents {
      let names = agent.settings.map(\.name)
      #expect(Set(names).count == names.count, "\(agent.name) declares a setting twice")
    }
  }

  /// Where each agent is trained for the comparison: small, quick worlds.
  static func block(for agent: AgentEntry) -> String {
    switch agent.family {
    case .bandit: "env: bandit\nepisodes: 200\nshow: [learning-curve, q-table]"
    case .exact: "env: frozenlake\nshow: [value-grid, q-table]"
    case .random: "env: frozenlake\nepisodes: 60\nshow: learning-curve"
    case .tabular: "env: frozenlake\nepisodes: 60\nshow: [learning-curve, value-grid]"
    case .policyGradient:
      "env: frozenlake\nepisodes: 20\nsteps: 400\nshow: [learning-curve, policy-table]"
    case .deepQ: "env: frozenlake\nepisodes: 20\nsteps: 400\nshow: [learning-curve, q-table]"
    }
  }

  /// Training with the defaults and training with every value the provenance line
  /// shows written out give the same result: the provenance says what was trained.
  @Test(arguments: Registry.agents.map(\.name))
  func writingOutTheDefaultsTheProvenanceShowsChangesNothing(agentName: String) throws {
    let agent = try #require(Registry.agent(agentName))
    let base = Self.block(for: agent) + "\nagent: \(agent.name)\nseed: 3"
    let defaults = DemoBlocks.run(base)
    #expect(defaults.didRun, "\(defaults.diagnostics.map(\.message))")
    let provenance = try #require(defaults.provenance)
    let written = agent.settings.compactMap { setting -> String? in
      guard let item = provenance.settings.first(where: { $0.key == setting.name }),
        setting.value != nil || item.value != setting.defaultValue
      else { return nil }
      return "\(setting.name): \(item.value)"
    }
    for setting in agent.settings where setting.value != nil {
      #expect(provenance[setting.name] != nil, "\(agent.name)'s \(setting.name) is not shown")
    }
    let explicit = DemoBlocks.run(base + "\n" + written.joined(separator: "\n"))
    #expect(explicit.didRun, "\(explicit.diagnostics.map(\.message))")
    #expect(explicit.outputs == defaults.outputs, "\(agent.name): \(written)")
    #expect(explicit.provenance == defaults.provenance)
  }
}
