import RLCore
import RLEnvironments

extension EnvironmentEntry {
  /// Gymnasium's CliffWalking, steady or slippery.
  static let cliff: EnvironmentEntry = {
    let slippery = Hyperparameter(
      "slippery", .flag, default: false,
      "moves go sideways 2 times in 3, as Gymnasium's is_slippery (CliffWalkingSlippery-v1)")
    return EnvironmentEntry(
      "cliff", "Gymnasium's CliffWalking 4x12: −1 a step, −100 for the cliff", kind: .tabular,
      defaultEpisodes: 500, hasMap: true, settings: [slippery],
      make: { entry, settings, _ in
        .tabular(entry, CliffWalking.make(isSlippery: settings.flag(slippery)))
      })
  }()
}
