import RLCore

extension EnvironmentEntry {
  /// Sutton & Barto's k-armed testbed.
  static let bandit = EnvironmentEntry(
    "bandit", "Sutton & Barto's 10-armed testbed: q*(a) ~ N(0,1), rewards ~ N(q*(a),1)",
    kind: .bandit, defaultEpisodes: 1000,
    settings: [Hyperparameter("arms", .integer(2...100), default: "10", "number of arms")],
    make: { entry, settings, _ in
      DemoWorld(
        entry: entry, body: .bandit(arms: settings.integer("arms") ?? 10), schedule: nil,
        map: nil, trueValues: nil)
    })
}
