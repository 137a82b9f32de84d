import RLCore
import RLEnvironments

extension EnvironmentEntry {
  /// Gymnasium's FrozenLake, a built-in map or one drawn in the block.
  static let frozenLake: EnvironmentEntry = {
    let map = Hyperparameter(
      "map", .texts(form: "4x4, 8x8, or a list of rows of S F H G"), default: "4x4", "the lake")
    let slippery = Hyperparameter(
      "slippery", .flag, default: true, "moves slip sideways 2 times in 3")
    return EnvironmentEntry(
      "frozenlake", "Gymnasium's FrozenLake: cross the ice to G without falling into a hole",
      kind: .tabular, defaultEpisodes: 2000, hasMap: true, settings: [map, slippery],
      mapHint: "rows of S F H G, one S",
      sizeBeforeBuilding: { settings in settings.texts("map")?.reduce(0) { $0 + $1.count } },
      make: { entry, settings, _ in
        let rows = settings.texts(map)
        let drawn =
          switch rows {
          case ["4x4"]: FrozenLake.map4x4
          case ["8x8"]: FrozenLake.map8x8
          default: rows
          }
        let environment = try FrozenLake.make(map: drawn, isSlippery: settings.flag(slippery))
        return .tabular(entry, environment)
      })
  }()
}
