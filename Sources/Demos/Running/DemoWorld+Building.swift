import RLCore

extension DemoWorld {
  /// Builds the environment an entry names, with the demo's settings.
  ///
  /// - Throws: a diagnostic located at the setting that makes it impossible
  ///   (a bad map row, a level with two starts).
  static func build(
    _ entry: EnvironmentEntry, settings: DemoSettings, episodes: Int
  ) throws(DemoProblem) -> DemoWorld {
    do {
      return try entry.make(entry, settings, episodes)
    } catch let error as DemoProblem {
      throw error
    } catch {
      throw DemoProblem(error, entry: entry, settings: settings)
    }
  }

  /// A tabular environment, with the map its layout draws if it has one.
  static func tabular(_ entry: EnvironmentEntry, _ environment: TabularEnvironment) -> DemoWorld {
    let map = environment.layout.map { StateMap(layout: $0, actionCount: environment.actionCount) }
    return DemoWorld(
      entry: entry, body: .tabular(environment), schedule: nil, map: map, trueValues: nil)
  }
}
