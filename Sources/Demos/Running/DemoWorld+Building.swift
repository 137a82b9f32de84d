import RLCore
import RLEnvironments

extension DemoWorld {
  /// Builds the environment an entry names, with the demo's settings.
  ///
  /// - Throws: a diagnostic located at the setting that makes it impossible
  ///   (a bad map row, a level with two starts).
  static func build(
    _ entry: EnvironmentEntry, settings: DemoSettings, episodes: Int
  ) throws(DemoProblem) -> DemoWorld {
    do {
      switch entry.name {
      case "frozenlake":
        let rows = settings.texts("map") ?? ["4x4"]
        let map =
          rows == ["4x4"] ? FrozenLake.map4x4 : rows == ["8x8"] ? FrozenLake.map8x8 : rows
        let environment = try FrozenLake.make(
          map: map, isSlippery: settings.flag("slippery") ?? true)
        return tabular(entry, environment)
      case "cliff":
        return tabular(entry, CliffWalking.make())
      case "gridworld":
        let layout = settings.text("layout").flatMap(GridWorld.Layout.init) ?? .example35
        return tabular(entry, GridWorld.make(layout))
      case "random-walk":
        let size = settings.text("size").flatMap { Int($0) } ?? 5
        let environment = try RandomWalk.make(size: size)
        let tiles = (0..<environment.stateCount).map { state in
          environment.model.isTerminal[state] ? "■" : String(UnicodeScalar(UInt8(64 + state)))
        }
        let map = StateMap(
          row: tiles, states: Array(0..<environment.stateCount), arrows: ["→"])
        return DemoWorld(
          entry: entry, body: .tabular(environment), schedule: nil, map: map,
          trueValues: RandomWalk.trueValues(size: size))
      case "windy":
        let moves = settings.text("moves").flatMap { Int($0) } ?? 4
        return tabular(entry, try WindyGridworld.make(moves: moves))
      case "mario":
        return try mario(entry, settings: settings, episodes: episodes)
      case "cartpole":
        return DemoWorld(entry: entry, body: .cartpole, schedule: nil, map: nil, trueValues: nil)
      case "pendulum":
        return DemoWorld(entry: entry, body: .pendulum, schedule: nil, map: nil, trueValues: nil)
      default:
        let arms = settings.integer("arms") ?? 10
        return DemoWorld(
          entry: entry, body: .bandit(arms: arms), schedule: nil, map: nil, trueValues: nil)
      }
    } catch let error as DemoProblem {
      throw error
    } catch {
      throw DemoProblem(error, entry: entry, settings: settings)
    }
  }

  private static func tabular(_ entry: EnvironmentEntry, _ environment: TabularEnvironment)
    -> DemoWorld
  {
    let map = environment.layout.map { StateMap(layout: $0, actionCount: environment.actionCount) }
    return DemoWorld(
      entry: entry, body: .tabular(environment), schedule: nil, map: map, trueValues: nil)
  }

  private static func mario(
    _ entry: EnvironmentEntry, settings: DemoSettings, episodes: Int
  ) throws -> DemoWorld {
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
    let arrows = ["←", "→", "⤴", "⇒"]
    let states = level.tiles.indices.map { environment.state(named: "\($0)") }
    let map = StateMap(row: level.tiles.map(String.init), states: states, arrows: arrows)
    var world = DemoWorld(
      entry: entry, body: .tabular(environment), schedule: schedule, map: map, trueValues: nil)
    world.stateLabel = { index in level.draw(level.state(at: index)) }
    return world
  }

}
