import RLEnvironments

extension EnvironmentEntry {
  /// Gymnasium's CliffWalking.
  static let cliff = EnvironmentEntry(
    "cliff", "Gymnasium's CliffWalking 4x12: −1 a step, −100 for the cliff", kind: .tabular,
    defaultEpisodes: 500, hasMap: true,
    make: { entry, _, _ in .tabular(entry, CliffWalking.make()) })
}
