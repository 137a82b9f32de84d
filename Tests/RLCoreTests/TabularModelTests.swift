import Testing

@testable import RLCore

@Suite struct TabularModelTests {
  /// One state, three actions whose outcomes have awkward probabilities
  /// (0.1 + 0.2 is not 0.3 in binary), all leading back to the state.
  private let model = TabularModel(
    stateCount: 1, actionCount: 3, isTerminal: [false]
  ) { _, action in
    let probabilities = [[1.0 / 3, 1.0 / 3, 1.0 / 3], [0.1, 0.2, 0.3, 0.4], [0.7, 0.3]][action]
    return probabilities.enumerated().map { index, probability in
      TabularModel.Outcome(
        probability: probability, nextState: 0, reward: Double(index), terminates: false)
    }
  }

  @Test func integerThresholdsDecideExactlyAsTheFloatingPointRunningSums() {
    for action in 0..<3 {
      let outcomes = model.outcomes(state: 0, action: action)
      var sum = 0.0
      for index in outcomes.indices {
        sum += outcomes[index].probability
        let threshold = model.thresholds[index]
        // The draws on either side of the threshold fall where the double comparison puts them.
        for draw in [threshold - 1, threshold] where threshold > 0 && threshold <= 1 << 53 {
          #expect((sum <= Double(draw) * 0x1p-53) == (threshold <= draw), "\(action) \(index)")
        }
      }
    }
  }

  @Test func theUnsafeTablesDrawWhatTheModelDraws() {
    var direct = SeededGenerator(seed: 11)
    var unsafe = SeededGenerator(seed: 11)
    model.withUnsafeTables { tables in
      for step in 0..<30_000 {
        let action = step % 3
        let expected = model.sample(state: 0, action: action, using: &direct)
        #expect(tables.sample(state: 0, action: action, using: &unsafe) == expected)
      }
    }
  }
}
