import RLCore
import RLEnvironments

extension EnvironmentEntry {
  /// Sutton & Barto's random walk, drawn as a row of lettered states.
  static let randomWalk = EnvironmentEntry(
    "random-walk", "Sutton & Barto's random walk (Example 6.2), whose true values are known",
    kind: .tabular, defaultEpisodes: 100, hasMap: true,
    settings: [
      Hyperparameter(
        "size", .choice(RandomWalk.supportedSizes.map(String.init)), default: "5",
        "the number of non-terminal states")
    ],
    make: { entry, settings, _ in
      let size = settings.text("size").flatMap { Int($0) } ?? 5
      let environment = try RandomWalk.make(size: size)
      let tiles = (0..<environment.stateCount).map { state in
        environment.model.isTerminal[state] ? "■" : String(UnicodeScalar(UInt8(64 + state)))
      }
      let map = StateMap(row: tiles, states: Array(0..<environment.stateCount), arrows: ["→"])
      return DemoWorld(
        entry: entry, body: .tabular(environment), schedule: nil, map: map,
        trueValues: RandomWalk.trueValues(size: size))
    })
}
