import Foundation
import RLAgents
import RLCore
import RLEnvironments
import Testing

/// Network agents against Gymnasium's bar for CartPole-v1: a mean return of at
/// least 475 over 100 consecutive training episodes.
///
/// Network training is about 20 times slower in a debug build, so these run only
/// when `RLBOOK_RELEASE_TESTS=1` (as `make test` does, against a release build).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["RLBOOK_RELEASE_TESTS"] == "1"))
struct CartPoleSolvingTests {
  static let seeds: [UInt64] = [0, 1, 2, 3, 4]

  /// Trains with each seed until solved or out of budget; returns how many seeds solved it.
  static func solvedSeeds(
    budget: Int, train: (inout CartPoleTask, Int, inout SeededGenerator) -> EpisodeLog
  )
    -> Int
  {
    seeds.filter { seed in
      var generator = SeededGenerator(seed: seed)
      var task = CartPoleTask()
      let log = train(&task, budget, &generator)
      return log.isSolved(threshold: 475)
    }.count
  }

  static let stop: @Sendable (EpisodeLog) -> Bool = { $0.isSolved(threshold: 475) }

  @Test func reinforceSolvesCartPoleWithin200kSteps() {
    let solved = Self.solvedSeeds(budget: 200_000) { task, budget, generator in
      var agent = Reinforce(featureCount: 4, actionSpace: .discrete(count: 2), using: &generator)
      return agent.train(
        on: &task, episodes: .max, maximumSteps: budget, stop: Self.stop, using: &generator
      ).log
    }
    #expect(solved >= 4)
  }

  @Test func dqnSolvesCartPoleWithin250kSteps() {
    let solved = Self.solvedSeeds(budget: 250_000) { task, budget, generator in
      var agent = DQN(featureCount: 4, actionCount: 2, using: &generator)
      return agent.train(
        on: &task, episodes: .max, maximumSteps: budget, stop: Self.stop, using: &generator
      ).log
    }
    #expect(solved >= 4)
  }

  @Test func actorCriticSolvesCartPoleWithin300kSteps() {
    let solved = Self.solvedSeeds(budget: 300_000) { task, budget, generator in
      var agent = ActorCritic(featureCount: 4, actionSpace: .discrete(count: 2), using: &generator)
      return agent.train(
        on: &task, episodes: .max, maximumSteps: budget, stop: Self.stop, using: &generator
      ).log
    }
    #expect(solved >= 4)
  }
}
