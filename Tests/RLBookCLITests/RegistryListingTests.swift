import Demos
import Foundation
import RLCore
import Testing

/// `rlbook agents` and `rlbook envs` list what the registry holds, read from it.
@Suite struct RegistryListingTests {
  @Test func everyRegisteredAgentIsListedWithItsSettingsAndDefaults() throws {
    let listing = try CLITests().run(["agents"], environment: ["COLUMNS": "500"])
    #expect(listing.status == 0)
    let text = listing.output
    for agent in Registry.agents {
      #expect(text.contains("\(agent.name) \(agent.summary)"), "\(agent.name) is not listed")
      for setting in agent.settings {
        #expect(
          text.contains(setting.name) && text.contains("default \(setting.defaultValue)"),
          "\(agent.name)'s \(setting.name) (default \(setting.defaultValue)) is not listed")
      }
    }
  }

  @Test func expressionsListWhatEveryViewExposes() throws {
    let listing = try CLITests().run(["expressions"], environment: ["COLUMNS": "500"])
    #expect(listing.status == 0)
    for view in Registry.views {
      #expect(listing.output.contains(view.reads), "what \(view.name) exposes is not listed")
    }
    let help = try CLITests().run(["help", "expressions"])
    #expect(help.output.contains("Formats, after a colon in an inline value"))
  }

  @Test func everyRegisteredViewIsListedAndAcceptedByShow() throws {
    let listing = try CLITests().run(["agents"], environment: ["COLUMNS": "500"])
    for view in Registry.views {
      #expect(listing.output.contains("  \(view.name)"), "\(view.name) is not listed")
      #expect(listing.output.contains(view.summary), "\(view.name)'s summary is not listed")
    }
    #expect(Set(Registry.views.map(\.name)).count == Registry.views.count)
  }

  @Test func everyRegisteredEnvironmentIsListedWithItsSettingsAndDefaults() throws {
    let listing = try CLITests().run(["envs"], environment: ["COLUMNS": "500"])
    #expect(listing.status == 0)
    for environment in Registry.environments {
      #expect(
        listing.output.contains("\(environment.name) \(environment.summary)"),
        "\(environment.name) is not listed")
      let detail = try CLITests().run(["envs", environment.name], environment: ["COLUMNS": "500"])
      #expect(detail.status == 0)
      for setting in environment.settings {
        #expect(
          detail.output.contains("default \(setting.defaultValue)"),
          "\(environment.name)'s \(setting.name) is not listed with its default")
      }
    }
  }
}
