import RLCore

extension EnvironmentEntry {
  /// Gymnasium's CartPole-v1.
  static let cartPole = EnvironmentEntry(
    "cartpole", "Gymnasium's CartPole-v1: keep a pole upright by pushing a cart",
    kind: .continuousState, defaultEpisodes: 300,
    make: { entry, _, _ in
      DemoWorld(entry: entry, body: .cartpole, schedule: nil, map: nil, trueValues: nil)
    })
}
