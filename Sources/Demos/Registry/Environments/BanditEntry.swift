import RLCore

extension EnvironmentEntry {
  /// Sutton & Barto's k-armed testbed.
  static let bandit: EnvironmentEntry = {
    let arms = Hyperparameter("arms", .integer(2...100), default: 10, "number of arms")
    return EnvironmentEntry(
      "bandit", "Sutton & Barto's 10-armed testbed: q*(a) ~ N(0,1), rewards ~ N(q*(a),1)",
      kind: .bandit, defaultEpisodes: 1000, settings: [arms],
      make: { entry, settings, _ in
        DemoWorld(
          entry: entry, body: .bandit(arms: settings.integer(arms)), schedule: nil, map: nil,
          trueValues: nil)
      })
  }()
}
