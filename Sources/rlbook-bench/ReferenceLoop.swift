import RLAgents
import RLCore
import RLEnvironments

extension Workloads {
  /// Q-learning on FrozenLake 8x8 as a bare hand-written loop: the floor that
  /// `TDControl`'s generality (traces, snapshots, partial observation, three
  /// methods, budgets) is measured against, in the same run on the same machine.
  ///
  /// It draws the same random numbers in the same order as `TDControl`, so it
  /// must end with the same Q-table; the bench stops if it does not.
  static func qLearningReference(episodes: Int = 20_000) -> Measurement {
    let lake = try! FrozenLake.make(map: FrozenLake.map8x8)
    var expected = TDControl(
      method: .qLearning, environment: lake, alpha: 0.1, gamma: 0.99, epsilon: 0.1)
    var expectedGenerator = SeededGenerator(seed: 0)
    _ = expected.train(on: lake, episodes: episodes, using: &expectedGenerator)

    var q = [Double](repeating: 0, count: lake.stateCount * 4)
    var measurement = measure(
      "q-learning frozenlake 8x8, bare loop (reference)", unit: "training steps"
    ) {
      var random = SeededGenerator(seed: 0)
      var steps = 0
      let limit = lake.timeLimit ?? .max
      lake.model.withUnsafeTables { tables in
        q.withUnsafeMutableBufferPointer { q in
          for _ in 0..<episodes {
            var state = lake.reset(using: &random)
            for step in 1...limit {
              let row = UnsafeBufferPointer(rebasing: q[state * 4..<state * 4 + 4])
              let action = ActionSelection.epsilonGreedy(row, epsilon: 0.1, using: &random)
              let outcome = tables.sample(state: state, action: action, using: &random)
              let next = outcome.nextState
              let bootstrap =
                outcome.terminates
                ? 0 : max(max(q[next * 4], q[next * 4 + 1]), max(q[next * 4 + 2], q[next * 4 + 3]))
              let index = state * 4 + action
              q[index] += 0.1 * (outcome.reward + 0.99 * bootstrap - q[index])
              steps += 1
              if outcome.terminates || step == limit { break }
              state = next
            }
          }
        }
      }
      return Double(steps)
    }
    measurement.floorOf = "q-learning frozenlake 8x8 (\(episodes) episodes)"
    precondition(
      q == expected.qValues, "the reference loop and TDControl learned different Q-tables")
    return measurement
  }
}
