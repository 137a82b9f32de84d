import RLCore
import RLEnvironments

extension EnvironmentEntry {
  /// The notes' side-scroller, one level or a schedule of levels.
  static let mario = EnvironmentEntry(
    "mario", "the notes' side-scroller: one row of tiles, coins, enemies, pits and a flag",
    kind: .tabular, defaultEpisodes: 2000, hasMap: true,
    settings: [
      Hyperparameter(
        "level", .text(form: "a row of tiles: S . c E _ F"), default: Mario.defaultLevel,
        "the level"),
      Hyperparameter(
        "observe", .choice(Mario.Observation.allCases.map(\.rawValue)), default: "state",
        "learn from the full state or from the window around Mario"),
      Hyperparameter("window", .integer(1...15), default: "5", "tiles Mario sees"),
      Hyperparameter(
        "time", .integer(1...100_000), default: "4 × level length", "time limit in steps"),
      Hyperparameter(
        "levels", .texts(form: "a list of levels of the same shape"), default: "none",
        "levels that replace one another during training"),
      Hyperparameter(
        "switch-at", .integer(1...1_000_000), default: "half the episodes",
        "the episode at which the next level replaces the current one"),
    ],
    make: { entry, settings, episodes in
      let window = settings.integer("window") ?? 5
      let time = settings.integer("time")
      let observe = settings.text("observe").flatMap(Mario.Observation.init) ?? .state
      var schedule: MarioSchedule?
      let level: Mario
      if let levels = settings.texts("levels") {
        let built = try levels.map { text throws(EnvironmentError) in
          try Mario(level: text, window: window, time: time)
        }
        let switchAt = settings.integer("switch-at") ?? max(1, episodes / 2)
        schedule = try MarioSchedule(levels: built, switchAt: switchAt)
        level = built[0]
      } else {
        level = try Mario(
          level: settings.text("level") ?? Mario.defaultLevel, window: window, time: time)
      }
      let environment = level.environment(observing: observe)
      let states = level.tiles.indices.map { environment.state(named: "\($0)") }
      let map = StateMap(
        row: level.tiles.map(String.init), states: states, arrows: ["←", "→", "⤴", "⇒"])
      var world = DemoWorld(
        entry: entry, body: .tabular(environment), schedule: schedule, map: map, trueValues: nil)
      world.stateLabel = { index in level.draw(level.state(at: index)) }
      return world
    })
}
