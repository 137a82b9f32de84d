import RLCore

extension EnvironmentEntry {
  /// Gymnasium's Pendulum-v1.
  static let pendulum = EnvironmentEntry(
    "pendulum", "Gymnasium's Pendulum-v1: swing a pendulum up with a continuous torque",
    kind: .continuousAction, defaultEpisodes: 200,
    make: { entry, _, _ in
      DemoWorld(entry: entry, body: .pendulum, schedule: nil, map: nil, trueValues: nil)
    })
}
