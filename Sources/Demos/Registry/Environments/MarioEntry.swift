import RLCore
import RLEnvironments

extension EnvironmentEntry {
  /// The notes' side-scroller, one level or a schedule of levels.
  static let mario: EnvironmentEntry = {
    let level = Hyperparameter(
      "level", .text(form: "a row of tiles: S . c E _ F"), default: .text(Mario.defaultLevel),
      "the level")
    let observe = Hyperparameter(
      "observe", .choice(Mario.Observation.allCases.map(\.rawValue)),
      default: .text(Mario.Observation.state.rawValue),
      "learn from the full state or from the window around Mario")
    let window = Hyperparameter(
      "window", .integer(1...7), default: .integer(Mario.defaultWindow),
      "tiles Mario sees (an odd number)")
    let progress = Hyperparameter(
      "progress", .real(0...10), default: .real(Mario.defaultProgress),
      "reward per tile moved right, minus it per tile back (the shaping reward; 0 for none)")
    let time = Hyperparameter(
      "time", .integer(1...100_000), default: .derived("4 × level length"),
      "time limit in steps")
    let levels = Hyperparameter(
      "levels", .texts(form: "a list of levels of the same shape"), default: .absent("none"),
      "levels that replace one another during training")
    let switchAt = Hyperparameter(
      "switch-at", .integer(1...1_000_000), default: .derived("half the episodes"),
      "the episode at which the next level replaces the current one")
    return EnvironmentEntry(
      "mario", "the notes' side-scroller: one row of tiles, coins, enemies, pits and a flag",
      kind: .tabular, defaultEpisodes: 2000, hasMap: true,
      settings: [level, observe, window, progress, time, levels, switchAt],
      mapHint: "a level is a row of S . c E _ F with one S, ending in F",
      defaultInEffect: { parameter, settings, world in
        switch parameter {
        case level: settings.given(levels) == nil ? parameter.value : nil
        case time: world.tabular?.timeLimit.map(SettingValue.integer)
        default: parameter.value
        }
      },
      make: { entry, settings, episodes in
        let window = settings.integer(window)
        let time = settings.given(time)?.integer
        let progress = settings.real(progress)
        var schedule: MarioSchedule?
        let first: Mario
        if let texts = settings.given(levels).flatMap(\.texts) {
          let built = try texts.map { text throws(EnvironmentError) in
            try Mario(level: text, window: window, time: time, progress: progress)
          }
          let switchAt = settings.given(switchAt)?.integer ?? max(1, episodes / 2)
          schedule = try MarioSchedule(levels: built, switchAt: switchAt)
          first = built[0]
        } else {
          first = try Mario(
            level: settings.text(level), window: window, time: time, progress: progress)
        }
        let environment = first.environment(observing: settings.choice(observe))
        let states = first.tiles.indices.map { environment.state(named: "\($0)") }
        let map = StateMap(
          row: first.tiles.map(String.init), states: states, arrows: ["←", "→", "⤴", "⇒"])
        var world = DemoWorld(
          entry: entry, body: .tabular(environment), schedule: schedule, map: map,
          trueValues: nil)
        world.stateLabel = { index in first.draw(first.state(at: index)) }
        world.observationLabel = { index in "[" + first.window(of: first.state(at: index)) + "]" }
        return world
      })
  }()
}
