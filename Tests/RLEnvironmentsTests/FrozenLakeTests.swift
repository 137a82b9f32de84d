import RLCore
import RLEnvironments
import Testing

@Suite struct FrozenLakeTests {
  @Test func layoutAndNames() throws {
    let environment = try FrozenLake.make()
    #expect(environment.actionNames == ["left", "down", "right", "up"])
    #expect(environment.timeLimit == 100)
    #expect(environment.state(named: "start") == 0)
    #expect(environment.state(named: "goal") == 15)
    #expect(
      environment.model.isTerminal.indices.filter { environment.model.isTerminal[$0] } == [
        5, 7, 11, 12, 15,
      ])
    #expect(environment.draw(6) == "S F F F\nF H @ H\nF F F H\nH F F G")
    #expect(environment.layout?.arrow(for: 0) == "←")
    #expect(environment.layout?.arrow(for: 3) == "↑")
  }

  @Test func customMapsAreValidated() {
    #expect(throws: EnvironmentError.invalidMap("`X` is not a tile (use S, F, H, G)", column: 2)) {
      try FrozenLake.make(map: ["SX", "FG"])
    }
    #expect(throws: EnvironmentError.invalidMap("every row must have 2 tiles")) {
      try FrozenLake.make(map: ["SF", "FFG"])
    }
    #expect(throws: EnvironmentError.invalidMap("the map needs exactly one start `S`")) {
      try FrozenLake.make(map: ["FF", "FG"])
    }
    #expect((try? FrozenLake.make(map: ["SHG"]))?.stateCount == 3)
  }

  @Test func samplingFollowsTheSlipProbabilities() throws {
    let environment = try FrozenLake.make()
    var generator = SeededGenerator(seed: 11)
    var counts: [Int: Int] = [:]
    for _ in 0..<30_000 {
      counts[environment.step(from: 9, action: 2, using: &generator).nextState, default: 0] += 1
    }
    // RIGHT from 9 slips to DOWN (13), RIGHT (10) or UP (5), a third each.
    #expect(Set(counts.keys) == [5, 10, 13])
    #expect(counts.values.allSatisfy { abs($0 - 10_000) < 400 })
  }
}
