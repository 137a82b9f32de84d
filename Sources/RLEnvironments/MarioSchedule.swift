public import RLCore

/// Levels that replace each other during training: the learning-while-acting lesson.
///
/// Episodes before `switchAt` are played on the first level, later ones on the
/// next, and so on. The levels must have the same shape, so a state means the
/// same thing on every level and what the agent learned carries over.
public struct MarioSchedule: Sendable {
  /// The levels, in the order they are played.
  public let levels: [Mario]
  /// The episodes (from 0) at which each later level takes over.
  public let switchEpisodes: [Int]

  /// A schedule: `levels[0]` until episode `switchAt`, then `levels[1]` (and so on every `switchAt` episodes).
  public init(levels: [Mario], switchAt: Int) throws(EnvironmentError) {
    guard levels.count >= 2 else {
      throw .invalidParameter(name: "levels", reason: "a schedule needs at least two levels")
    }
    guard switchAt >= 1 else {
      throw .invalidParameter(
        name: "switch-at", reason: "the switch must come after at least one episode")
    }
    if let odd = levels.dropFirst().firstIndex(where: { !$0.hasSameShape(as: levels[0]) }) {
      throw .invalidParameter(
        name: "levels",
        reason:
          "level \(odd + 1) differs in length, coins or enemies from level 1; scheduled levels need the same shape"
      )
    }
    self.levels = levels
    switchEpisodes = (1..<levels.count).map { $0 * switchAt }
  }

  /// The index of the level played in an episode.
  public func levelIndex(forEpisode episode: Int) -> Int {
    switchEpisodes.lastIndex { $0 <= episode }.map { $0 + 1 } ?? 0
  }

  /// The episode ranges of a training run of `episodes` episodes, each with its level's environment.
  public func segments(episodes: Int) -> [(episodes: Range<Int>, environment: TabularEnvironment)] {
    let bounds = [0] + switchEpisodes.filter { $0 < episodes } + [episodes]
    return zip(bounds, bounds.dropFirst()).enumerated().compactMap { index, bound in
      bound.0 < bound.1 ? (bound.0..<bound.1, levels[index].environment()) : nil
    }
  }
}
