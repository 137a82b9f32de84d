import RLAgents
import RLCore
import RLEnvironments
import Testing

@Suite struct ExactMethodTests {
  static let example35RandomPolicy: [Double] = [
    3.308996335635, 8.789291862596, 4.427619182583, 5.322367593370, 1.492178758740,
    1.521588068955, 2.992317856173, 2.250139950709, 1.907571704559, 0.547402705772,
    0.050822490149, 0.738170589618, 0.673113259838, 0.358186214856, -0.403141143416,
    -0.973592303615, -0.435495430079, -0.354882267015, -0.585605088288, -1.183075081285,
    -1.857700550299, -1.345231263782, -1.229267261539, -1.422918147837, -1.975179048277,
  ]

  static let example35Optimal: [Double] = [
    21.977485287294, 24.419428096994, 21.977485287294, 19.419428096994, 17.477485287294,
    19.779736758565, 21.977485287294, 19.779736758565, 17.801763082708, 16.021586774438,
    17.801763082708, 19.779736758565, 17.801763082708, 16.021586774438, 14.419428096994,
    16.021586774438, 17.801763082708, 16.021586774438, 14.419428096994, 12.977485287294,
    14.419428096994, 16.021586774438, 14.419428096994, 12.977485287294, 11.679736758565,
  ]

  @Test func example35RandomPolicyValues() {
    let grid = GridWorld.make(.example35)
    let evaluation = PolicyEvaluation(model: grid.model, gamma: 0.9, tolerance: 1e-13)
    for (actual, expected) in zip(evaluation.values, Self.example35RandomPolicy) {
      #expect(abs(actual - expected) < 1e-9)
    }
  }

  @Test func example38OptimalValuesAndActions() {
    let grid = GridWorld.make(.example35)
    let solution = ValueIteration(model: grid.model, gamma: 0.9, tolerance: 1e-13)
    for (actual, expected) in zip(solution.values, Self.example35Optimal) {
      #expect(abs(actual - expected) < 1e-9)
    }
    #expect(abs(solution.values[1] - 10 / (1 - 0.9 * 0.9 * 0.9 * 0.9 * 0.9)) < 1e-9)
    // Optimal actions (north, south, east, west = 0, 1, 2, 3), rows top to bottom.
    let letters = ["N", "S", "E", "W"]
    let rows = (0..<5).map { row in
      (0..<5).map { column in
        solution.optimalActions(state: row * 5 + column, tolerance: 1e-6).map { letters[$0] }
          .joined()
      }.joined(separator: ", ")
    }
    #expect(rows[0] == "E, NSEW, W, NSEW, W")
    #expect(rows[1] == "NE, N, NW, W, W")
    #expect(rows[2...4].allSatisfy { $0 == "NE, N, NW, NW, NW" })
  }

  @Test func example41SweepTables() {
    let grid = GridWorld.make(.example41)
    let evaluation = PolicyEvaluation(model: grid.model, gamma: 1, tolerance: 1e-4)
    let expected: [Int: [Double]] = [
      1: [0, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 0],
      2: [0, -1.75, -2, -2, -1.75, -2, -2, -2, -2, -2, -2, -1.75, -2, -2, -1.75, 0],
      3: [
        0, -2.4375, -2.9375, -3, -2.4375, -2.875, -3, -2.9375, -2.9375, -3, -2.875, -2.4375, -3,
        -2.9375, -2.4375, 0,
      ],
    ]
    for (sweep, values) in expected { #expect(evaluation.history[sweep - 1] == values) }
    let tenth: [Double] = [
      0, -6.137970, -8.352356, -8.967316, -6.137970, -7.737396, -8.427826, -8.352356, -8.352356,
      -8.427826, -7.737396, -6.137970, -8.967316, -8.352356, -6.137970, 0,
    ]
    for (actual, wanted) in zip(evaluation.history[9], tenth) {
      #expect(abs(actual - wanted) < 5e-7)
    }
    #expect(evaluation.sweeps == 173)
    let converged: [Double] = [
      0, -14, -20, -22, -14, -18, -20, -20, -20, -20, -18, -14, -22, -20, -14, 0,
    ]
    let exact = PolicyEvaluation(model: grid.model, gamma: 1, tolerance: 1e-12)
    for (actual, wanted) in zip(exact.values, converged) { #expect(abs(actual - wanted) < 1e-9) }
  }

  @Test func example41InPlaceSweepsFaster() {
    let grid = GridWorld.make(.example41)
    let evaluation = PolicyEvaluation(model: grid.model, gamma: 1, tolerance: 1e-4, sweep: .inPlace)
    #expect(evaluation.sweeps == 114)
    let optimal = ValueIteration(model: grid.model, gamma: 1, tolerance: 1e-12)
    #expect(optimal.values == [0, -1, -2, -3, -1, -2, -3, -2, -2, -3, -2, -1, -3, -2, -1, 0])
  }

  @Test(arguments: [(0.9, 0.0688909049), (0.99, 0.5420259320), (1.0, 14.0 / 17)])
  func frozenLakeOptimalStartValue(gamma: Double, expected: Double) throws {
    let lake = try FrozenLake.make()
    let solution = ValueIteration(model: lake.model, gamma: gamma, tolerance: 1e-14)
    #expect(abs(solution.values[0] - expected) < 1e-9)
  }

  @Test func frozenLakeOptimalValuesAndPolicy() throws {
    let lake = try FrozenLake.make()
    let solution = ValueIteration(model: lake.model, gamma: 0.99, tolerance: 1e-14)
    let expected: [Double] = [
      0.542026, 0.498803, 0.470696, 0.456852, 0.558451, 0, 0.358348, 0, 0.591799, 0.643080,
      0.615208, 0,
      0, 0.741720, 0.862837, 0,
    ]
    for (actual, wanted) in zip(solution.values, expected) { #expect(abs(actual - wanted) < 5e-7) }
    let q14 = solution.actionValues(state: 14)
    for (actual, wanted) in zip(q14, [0.732523, 0.862837, 0.821088, 0.781120]) {
      #expect(abs(actual - wanted) < 5e-7)
    }
    // L U U U / L · L(=R) · / U D L · / · R D ·  (0 left, 1 down, 2 right, 3 up)
    let policy = solution.greedyPolicy
    #expect(
      [0, 1, 2, 3, 4, 8, 9, 10, 13, 14].map { policy[$0] } == [0, 3, 3, 3, 0, 3, 1, 0, 2, 1])
    #expect(solution.optimalActions(state: 6) == [0, 2])
    let withGamma1 = ValueIteration(model: lake.model, gamma: 1, tolerance: 1e-14)
    let seventeenths: [Double] = [14, 14, 14, 14, 14, 0, 9, 0, 14, 14, 13, 0, 0, 15, 16, 0]
    for (actual, wanted) in zip(withGamma1.values, seventeenths) {
      #expect(abs(actual - wanted / 17) < 1e-9)
    }
  }

  @Test func frozenLakeNotSlippery() throws {
    let lake = try FrozenLake.make(isSlippery: false)
    let solution = ValueIteration(model: lake.model, gamma: 0.9, tolerance: 1e-14)
    #expect(abs(solution.values[0] - 0.59049) < 1e-12)
  }

  @Test(arguments: [(4, 15), (8, 7), (9, 7)])
  func windyOptimalPathLength(moves: Int, steps: Int) throws {
    let windy = try WindyGridworld.make(moves: moves)
    let solution = ValueIteration(model: windy.model, gamma: 1, tolerance: 1e-12)
    #expect(solution.values[WindyGridworld.start] == Double(-steps))
    // Follow the greedy policy: it reaches the goal in exactly that many steps.
    var state = WindyGridworld.start
    var taken = 0
    while state != WindyGridworld.goal, taken < 100 {
      state =
        windy.model.outcomes(state: state, action: solution.greedyPolicy[state]).first!.nextState
      taken += 1
    }
    #expect(taken == steps)
  }
}
