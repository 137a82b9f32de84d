import Foundation
import RLBookTestSupport
import RLCore
import RLEnvironments
import Testing

/// The transition tables Gymnasium 1.4.0 builds, written by `Tests/Fixtures/gymnasium/generate.py`.
@Suite struct GymnasiumTableTests {
  struct Entry {
    var probability: Double
    var nextState: Int
    var reward: Double
    var terminated: Bool
  }

  static func table(_ name: String) throws -> [[[Entry]]] {
    let data = try Data(contentsOf: Fixtures.url("gymnasium/\(name).json"))
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let states = try #require(object["P"] as? [[[[Any]]]])
    return try states.map { actions in
      try actions.map { outcomes in
        try outcomes.map { entry in
          let probability = try #require(entry[0] as? String)
          let reward = try #require(entry[2] as? String)
          return Entry(
            probability: try #require(Double(probability)),
            nextState: try #require(entry[1] as? Int),
            reward: try #require(Double(reward)),
            terminated: try #require(entry[3] as? Bool))
        }
      }
    }
  }

  static func expectSameModel(_ environment: TabularEnvironment, as name: String) throws {
    let expected = try table(name)
    #expect(environment.stateCount == expected.count)
    for state in expected.indices {
      #expect(expected[state].count == environment.actionCount)
      for action in expected[state].indices {
        let actual = Array(environment.model.outcomes(state: state, action: action))
        let wanted = expected[state][action]
        #expect(actual.count == wanted.count, "P[\(state)][\(action)]")
        for (mine, theirs) in zip(actual, wanted) {
          #expect(abs(mine.probability - theirs.probability) <= 1e-15, "P[\(state)][\(action)]")
          #expect(mine.nextState == theirs.nextState, "P[\(state)][\(action)]")
          #expect(mine.reward == theirs.reward, "P[\(state)][\(action)]")
          #expect(mine.terminates == theirs.terminated, "P[\(state)][\(action)]")
        }
      }
    }
  }

  @Test func frozenLake4x4() throws {
    try Self.expectSameModel(try FrozenLake.make(), as: "frozenlake-4x4")
  }

  @Test func frozenLake8x8() throws {
    let environment = try FrozenLake.make(map: FrozenLake.map8x8)
    try Self.expectSameModel(environment, as: "frozenlake-8x8")
    #expect(environment.timeLimit == 200)
  }

  @Test func frozenLakeNotSlippery() throws {
    try Self.expectSameModel(
      try FrozenLake.make(isSlippery: false), as: "frozenlake-4x4-not-slippery")
  }

  @Test func cliffWalking() throws {
    let environment = CliffWalking.make()
    try Self.expectSameModel(environment, as: "cliffwalking")
    #expect(environment.timeLimit == nil)
    #expect(environment.actionNames == ["up", "right", "down", "left"])
  }

  @Test func slipperyCliffWalking() throws {
    let environment = CliffWalking.make(isSlippery: true)
    try Self.expectSameModel(environment, as: "cliffwalking-slippery")
    let third = 1.0 / 3.0
    let sideways = environment.model.outcomes(state: CliffWalking.start, action: 0)
    #expect(sideways.map(\.probability) == [third, third, third])
  }

  @Test func probabilitiesAreBitForBitGymnasiums() throws {
    let outcomes = try FrozenLake.make().model.outcomes(state: 0, action: 0).map(\.probability)
    #expect(outcomes == [0.33333333333333337, 0.3333333333333333, 0.33333333333333337])
  }
}
