import RLCore
import RLEnvironments

extension EnvironmentEntry {
  /// Sutton & Barto's grid worlds of Examples 3.5 and 4.1.
  static let gridWorld = EnvironmentEntry(
    "gridworld", "Sutton & Barto's grid worlds (Examples 3.5 and 4.1)", kind: .tabular,
    defaultEpisodes: 500, hasMap: true,
    settings: [
      Hyperparameter(
        "layout", .choice(GridWorld.Layout.allCases.map(\.rawValue)), default: "example-3.5",
        "which example")
    ],
    make: { entry, settings, _ in
      let layout = settings.text("layout").flatMap(GridWorld.Layout.init) ?? .example35
      return .tabular(entry, GridWorld.make(layout))
    })
}
