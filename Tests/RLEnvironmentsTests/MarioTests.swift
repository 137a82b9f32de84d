import RLCore
import RLEnvironments
import Testing

@Suite struct MarioTests {
  private func play(_ level: String, from position: Int = 0, _ actions: [Int]) throws -> (
    mario: Mario, state: Mario.State, rewards: [Double], ended: Bool
  ) {
    let mario = try Mario(level: level)
    var state = mario.startState
    state.position = position
    var rewards: [Double] = []
    var ended = false
    for action in actions where !ended {
      let result = mario.step(state, action: action)
      state = result.next
      rewards.append(result.reward)
      ended = result.terminates
    }
    return (mario, state, rewards, ended)
  }

  @Test func leftAtTheEdgeDoesNothing() throws {
    let (mario, state, rewards, ended) = try play("S.F", [0])
    #expect(state == mario.startState)
    #expect(rewards == [0])
    #expect(!ended)
  }

  @Test func rightAndLeftEarnNothingTogether() throws {
    let (_, state, rewards, ended) = try play("S..F", [1, 0])
    #expect(state.position == 0)
    #expect(rewards == [0.1, -0.1])
    #expect(!ended)
  }

  @Test func progressSetsTheShapingRewardAndZeroRemovesIt() throws {
    let bare = try Mario(level: "S.c.F", progress: 0)
    let run = bare.step(bare.startState, action: 3)
    #expect(run.reward == 1)  // the coin on the second tile, and nothing for the tiles
    let strong = try Mario(level: "S.c.F", progress: 2)
    let jump = strong.step(strong.startState, action: 2)
    #expect(jump.reward == 4 + 1)
    let back = strong.step(jump.next, action: 0)
    #expect(back.reward == -2)
    #expect(
      throws: EnvironmentError.invalidParameter(
        name: "progress", reason: "the reward per tile must be a number of at least 0")
    ) { try Mario(progress: -0.1) }
  }

  @Test func aRunWhoseSecondTileIsAPitIsFatal() throws {
    let (_, state, rewards, ended) = try play("S._.F", [3])
    #expect(state.position == 2)
    #expect(abs(rewards[0] - (0.2 - 1)) < 1e-12)
    #expect(ended)
  }

  @Test func aJumpThatLandsOnAnEnemyDefeatsIt() throws {
    let (mario, state, rewards, ended) = try play(Mario.defaultLevel, [2])
    #expect(state.position == 2)
    #expect(abs(rewards[0] - 100.2) < 1e-12)
    #expect(!ended)
    #expect(state.enemiesAlive == 0b10)
    #expect(mario.tile(2, in: state) == ".")
    // Walking back over the defeated enemy is safe.
    let back = mario.step(state, action: 0)
    #expect(!back.terminates)
  }

  @Test func aJumpPastTheFlagStopsOnIt() throws {
    let (_, state, rewards, ended) = try play("S..F", from: 2, [2])
    #expect(state.position == 3)
    #expect(abs(rewards[0] - 1000.1) < 1e-9)
    #expect(ended)
    let (_, runState, runRewards, runEnded) = try play("S..F", from: 2, [3])
    #expect(runState.position == 3)
    #expect(abs(runRewards[0] - 1000.1) < 1e-9)
    #expect(runEnded)
  }

  @Test func walkingOrRunningIntoAnEnemyIsFatalButJumpingOverIsSafe() throws {
    #expect(try play("S.E.F", from: 1, [1]).rewards.map { ($0 * 10).rounded() / 10 } == [-0.9])
    #expect(try play("S.E.F", from: 1, [1]).ended)
    #expect(try play("S.E.F", [3]).ended)
    let (_, state, rewards, ended) = try play("S.E.F", from: 1, [2])
    #expect(state.position == 3)
    #expect(abs(rewards[0] - 0.2) < 1e-12)
    #expect(!ended)
    #expect(state.enemiesAlive == 1)
  }

  @Test func pitsKillUnlessJumpedOver() throws {
    #expect(try play("S_.F", [1]).ended)
    let (_, state, _, ended) = try play("S_.F", [2])
    #expect(state.position == 2)
    #expect(!ended)
    #expect(try play("S._F", [2]).ended)
  }

  @Test func coinsCountOnceAndRunsTouchBothTiles() throws {
    let (mario, state, rewards, _) = try play("Sc..F", [1, 0, 1])
    #expect(rewards.map { ($0 * 10).rounded() / 10 } == [1.1, -0.1, 0.1])
    #expect(mario.tile(1, in: state) == ".")
    let run = try play("Scc.F", [3])
    #expect(abs(run.rewards[0] - 2.2) < 1e-12)
    #expect(run.state.coinsTaken == 0b11)
    // A jump does not touch the tile it passes over.
    let jump = try play("Sc..F", [2])
    #expect(abs(jump.rewards[0] - 0.2) < 1e-12)
    #expect(jump.state.coinsTaken == 0)
  }

  @Test func levelsAreValidatedWithColumns() {
    #expect(throws: EnvironmentError.invalidMap("`x` is not a tile (use S . c E _ F)", column: 3)) {
      try Mario(level: "S.x.F")
    }
    #expect(throws: EnvironmentError.invalidMap("the level has more than one start `S`", column: 3))
    {
      try Mario(level: "S.S.F")
    }
    #expect(throws: EnvironmentError.invalidMap("the level needs a start `S`")) {
      try Mario(level: "..F")
    }
    #expect(throws: EnvironmentError.invalidMap("the level must end with the flag `F`", column: 3))
    {
      try Mario(level: "S..")
    }
    #expect(throws: EnvironmentError.invalidMap("the flag `F` must be the last tile", column: 2)) {
      try Mario(level: "SF.F")
    }
    let crowded = "S" + String(repeating: "c", count: 9) + String(repeating: "E", count: 8) + "F"
    #expect(
      throws: EnvironmentError.invalidMap(
        "9 coins and 8 enemies; a level holds at most 16 together", column: 18)
    ) { try Mario(level: crowded) }
  }

  @Test func stateModelWindowAndTime() throws {
    let mario = try Mario()
    let environment = mario.environment()
    #expect(environment.stateCount == 16 * 4 * 4)
    #expect(environment.timeLimit == 64)
    #expect(environment.actionNames == ["left", "right", "jump", "run"])
    let start = try #require(environment.state(named: "start"))
    #expect(mario.state(at: start) == mario.startState)
    #expect(environment.draw(start) == "M.E..c._..cE...F   sees [##M.E]")
    #expect(environment.isFullyObserved)
    let windowed = mario.environment(observing: .window)
    #expect(!windowed.isFullyObserved)
    #expect(windowed.observationCount == 1296)
    #expect(windowed.observationOf[start] == mario.observationID(of: mario.startState))
    // Every transition in the model matches `step`.
    let jump = environment.model.outcomes(state: start, action: 2).first!
    #expect(abs(jump.reward - 100.2) < 1e-12)
    #expect(mario.state(at: jump.nextState).position == 2)
    // Same windows on different levels have the same number.
    let other = try Mario(level: "S.E.._c..cE....F")
    #expect(other.observationID(of: other.startState) == mario.observationID(of: mario.startState))
  }

  @Test func atTheStartJumpBeatsRightRunIsFatalAndLeftIdles() throws {
    let mario = try Mario()
    let start = mario.startState
    let left = mario.step(start, action: 0)
    let run = mario.step(start, action: 3)
    let jump = mario.step(start, action: 2)
    let right = mario.step(start, action: 1)
    #expect(left.next == start && left.reward == 0)
    #expect(run.terminates && run.reward < 0)
    #expect(jump.reward > right.reward)
  }

  @Test func schedulesSwitchLevelsOfTheSameShape() throws {
    let first = try Mario(level: "S.E..c._..cE...F")
    let second = try Mario(level: "S..E.c.._.cE...F")
    let schedule = try MarioSchedule(levels: [first, second], switchAt: 100)
    #expect(schedule.levelIndex(forEpisode: 99) == 0)
    #expect(schedule.levelIndex(forEpisode: 100) == 1)
    let segments = schedule.segments(episodes: 250)
    #expect(segments.map(\.episodes) == [0..<100, 100..<250])
    #expect(throws: EnvironmentError.self) {
      try MarioSchedule(levels: [first, try Mario(level: "S.F")], switchAt: 10)
    }
  }
}
