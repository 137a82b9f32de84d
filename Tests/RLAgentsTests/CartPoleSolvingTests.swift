import Foundation
import RLAgents
import RLCore
import RLEnvironments
import Testing

/// Network agents against Gymnasium's bar for CartPole-v1: a mean return of at
/// least 475 over 100 consecutive training episodes, for at least 4 of 5 seeds
/// within a stated step budget.
///
/// Network training is about 20 times slower in a debug build, so these run only
/// when `RLBOOK_RELEASE_TESTS=1` (as `make test` does, against a release build).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["RLBOOK_RELEASE_TESTS"] == "1"))
struct CartPoleSolvingTests {
  enum Agent: String, CaseIterable, Sendable {
    case reinforce
    case actorCritic = "actor-critic"
    case dqn

    /// The step budget each seed gets.
    var budget: Int {
      switch self {
      case .reinforce: 200_000
      case .actorCritic: 300_000
      case .dqn: 200_000
      }
    }

    /// Trains a fresh agent with `generator` until solved or out of budget.
    func train(on task: inout CartPoleTask, using generator: inout SeededGenerator) -> EpisodeLog {
      let stop: (EpisodeLog) -> Bool = { $0.isSolved(threshold: 475) }
      switch self {
      case .reinforce:
        var agent = Reinforce(featureCount: 4, actionSpace: .discrete(count: 2), using: &generator)
        return agent.train(
          on: &task, episodes: .max, maximumSteps: budget, stop: stop, using: &generator
        ).log
      case .actorCritic:
        var agent = ActorCritic(
          featureCount: 4, actionSpace: .discrete(count: 2), using: &generator)
        return agent.train(
          on: &task, episodes: .max, maximumSteps: budget, stop: stop, using: &generator
        ).log
      case .dqn:
        var agent = DQN(featureCount: 4, actionCount: 2, using: &generator)
        return agent.train(
          on: &task, episodes: .max, maximumSteps: budget, stop: stop, using: &generator
        ).log
      }
    }
  }

  @Test(arguments: Agent.allCases)
  func solvesCartPoleForFourOfFiveSeeds(agent: Agent) {
    let solved = (0..<5).filter { seed in
      var generator = SeededGenerator(seed: UInt64(seed))
      var task = CartPoleTask()
      return agent.train(on: &task, using: &generator).isSolved(threshold: 475)
    }
    #expect(
      solved.count >= 4,
      "\(agent.rawValue) solved CartPole for seeds \(solved) within \(agent.budget) steps")
  }
}
