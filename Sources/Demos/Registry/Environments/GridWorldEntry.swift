import RLCore
import RLEnvironments

extension EnvironmentEntry {
  /// Sutton & Barto's grid worlds of Examples 3.5 and 4.1.
  static let gridWorld: EnvironmentEntry = {
    let layout = Hyperparameter(
      "layout", .choice(GridWorld.Layout.allCases.map(\.rawValue)),
      default: .text(GridWorld.Layout.example35.rawValue), "which example")
    return EnvironmentEntry(
      "gridworld", "Sutton & Barto's grid worlds (Examples 3.5 and 4.1)", kind: .tabular,
      defaultEpisodes: 500, hasMap: true, settings: [layout],
      make: { entry, settings, _ in
        .tabular(entry, GridWorld.make(settings.choice(layout)))
      })
  }()
}
