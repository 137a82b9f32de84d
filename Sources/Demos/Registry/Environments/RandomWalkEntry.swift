import RLCore
import RLEnvironments

extension EnvironmentEntry {
  /// Sutton & Barto's random walk, drawn as a row of lettered states.
  static let randomWalk: EnvironmentEntry = {
    let size = Hyperparameter(
      "size", .choice(RandomWalk.supportedSizes.map(String.init)),
      default: .text(String(RandomWalk.supportedSizes[0])), "the number of non-terminal states")
    return EnvironmentEntry(
      "random-walk", "Sutton & Barto's random walk (Example 6.2), whose true values are known",
      kind: .tabular, defaultEpisodes: 100, hasMap: true, hasOneAction: true, knowsTrueValues: true,
      settings: [size],
      make: { entry, settings, _ in
        let count = Int(settings.text(size)) ?? 0
        let environment = try RandomWalk.make(size: count)
        let letters = (0..<environment.stateCount).map { state in
          environment.model.isTerminal[state] ? "■" : String(UnicodeScalar(UInt8(64 + state)))
        }
        let map = StateMap(row: letters, states: Array(0..<environment.stateCount), arrows: ["→"])
        var world = DemoWorld(
          entry: entry, body: .tabular(environment), schedule: nil, map: map,
          trueValues: RandomWalk.trueValues(size: count))
        world.stateLabel = { letters[$0] == "■" ? String($0) : letters[$0] }
        return world
      })
  }()
}
