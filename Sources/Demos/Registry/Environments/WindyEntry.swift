import RLCore
import RLEnvironments

extension EnvironmentEntry {
  /// Sutton & Barto's windy grid world, with 4, 8 or 9 moves.
  static let windy: EnvironmentEntry = {
    let moves = Hyperparameter(
      "moves", .choice(WindyGridworld.supportedMoves.map(String.init)), default: "4",
      "4 moves, 8 (king's), 9 (and stay)")
    return EnvironmentEntry(
      "windy", "Sutton & Barto's windy grid world (Example 6.5)", kind: .tabular,
      defaultEpisodes: 200, hasMap: true, settings: [moves],
      make: { entry, settings, _ in
        .tabular(entry, try WindyGridworld.make(moves: Int(settings.text(moves)) ?? 0))
      })
  }()
}
