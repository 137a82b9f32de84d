import RLCore
import RLEnvironments

extension EnvironmentEntry {
  /// Sutton & Barto's windy grid world, with 4, 8 or 9 moves.
  static let windy = EnvironmentEntry(
    "windy", "Sutton & Barto's windy grid world (Example 6.5)", kind: .tabular,
    defaultEpisodes: 200, hasMap: true,
    settings: [
      Hyperparameter(
        "moves", .choice(["4", "8", "9"]), default: "4", "4 moves, 8 (king's), 9 (and stay)")
    ],
    make: { entry, settings, _ in
      let moves = settings.text("moves").flatMap { Int($0) } ?? 4
      return .tabular(entry, try WindyGridworld.make(moves: moves))
    })
}
