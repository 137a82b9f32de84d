import RLCore
import RLEnvironments
import Testing

@Suite struct SuttonBartoEnvironmentTests {
  @Test func gridWorldExample35JumpsFromAAndB() {
    let environment = GridWorld.make(.example35)
    for action in 0..<4 {
      #expect(
        environment.model.outcomes(state: 1, action: action).first
          == .init(probability: 1, nextState: 21, reward: 10, terminates: false))
      #expect(
        environment.model.outcomes(state: 3, action: action).first
          == .init(probability: 1, nextState: 13, reward: 5, terminates: false))
    }
    // Off the grid: stay, −1. North from (0,0).
    #expect(environment.model.outcomes(state: 0, action: 0).first?.nextState == 0)
    #expect(environment.model.outcomes(state: 0, action: 0).first?.reward == -1)
    // East from (2,2) to (2,3), 0.
    #expect(
      environment.model.outcomes(state: 12, action: 2).first
        == .init(probability: 1, nextState: 13, reward: 0, terminates: false))
    #expect(environment.state(named: "A'") == 21)
  }

  @Test func gridWorldExample41HasTwoTerminalCorners() {
    let environment = GridWorld.make(.example41)
    #expect(
      environment.model.isTerminal.indices.filter { environment.model.isTerminal[$0] } == [0, 15])
    #expect(
      environment.model.outcomes(state: 1, action: 3).first
        == .init(probability: 1, nextState: 0, reward: -1, terminates: true))
    #expect(
      environment.model.outcomes(state: 4, action: 3).first
        == .init(probability: 1, nextState: 4, reward: -1, terminates: false))
    #expect(!environment.startStates.contains(0))
  }

  @Test func randomWalkMovesHalfAndHalf() throws {
    let walk = try RandomWalk.make()
    #expect(walk.stateCount == 7)
    #expect(walk.state(named: "start") == 3)
    #expect(walk.state(named: "C") == 3)
    #expect(
      Array(walk.model.outcomes(state: 5, action: 0)) == [
        .init(probability: 0.5, nextState: 4, reward: 0, terminates: false),
        .init(probability: 0.5, nextState: 6, reward: 1, terminates: true),
      ])
    #expect(walk.draw(3) == "□ A B [C] D E □")
    let expected: [Double] = [0, 1.0 / 6, 2.0 / 6, 3.0 / 6, 4.0 / 6, 5.0 / 6, 0]
    #expect(RandomWalk.trueValues() == expected)
    let long = try RandomWalk.make(size: 19)
    #expect(long.model.outcomes(state: 1, action: 0).first?.reward == -1)
    #expect(abs(RandomWalk.trueValues(size: 19)[1] - -0.9) < 1e-12)
    #expect(throws: EnvironmentError.self) { try RandomWalk.make(size: 4) }
  }

  @Test func windAppliesFromTheColumnBeforeTheMove() throws {
    let windy = try WindyGridworld.make()
    #expect(windy.actionNames == ["up", "down", "left", "right"])
    // From (3,5), wind 1: right lands on (2,6).
    #expect(windy.model.outcomes(state: 35, action: 3).first?.nextState == 26)
    // From (3,6), wind 2: right lands on (1,7); down lands on (2,6).
    #expect(windy.model.outcomes(state: 36, action: 3).first?.nextState == 17)
    #expect(windy.model.outcomes(state: 36, action: 1).first?.nextState == 26)
    // From (0,7): up is clipped at the top.
    #expect(windy.model.outcomes(state: 7, action: 0).first?.nextState == 7)
    #expect(try WindyGridworld.make(moves: 8).actionCount == 8)
    #expect(try WindyGridworld.make(moves: 9).actionNames.last == "stay")
    #expect(throws: EnvironmentError.self) { try WindyGridworld.make(moves: 5) }
  }

  @Test(arguments: [(4, 15), (8, 7), (9, 7)])
  func windyShortestPath(moves: Int, steps: Int) throws {
    let windy = try WindyGridworld.make(moves: moves)
    // Breadth-first search over the model.
    var distance = [Int?](repeating: nil, count: windy.stateCount)
    distance[WindyGridworld.start] = 0
    var queue = [WindyGridworld.start]
    while !queue.isEmpty {
      let state = queue.removeFirst()
      for action in 0..<windy.actionCount {
        let next = windy.model.outcomes(state: state, action: action).first!.nextState
        if distance[next] == nil {
          distance[next] = distance[state]! + 1
          queue.append(next)
        }
      }
    }
    #expect(distance[WindyGridworld.goal] == steps)
  }

  @Test func banditTestbed() {
    var generator = SeededGenerator(seed: 1)
    var means = 0.0
    for _ in 0..<2000 { means += BanditTestbed(using: &generator).trueValues.reduce(0, +) / 10 }
    #expect(abs(means / 2000) < 0.05)
    let bandit = BanditTestbed(trueValues: [0, 2, 1])
    #expect(bandit.optimalArm == 1)
    #expect(bandit.actionNames == ["arm 1", "arm 2", "arm 3"])
    #expect(bandit.draw() == "arm 1: q* 0.0\narm 2: q* 2.0 (best)\narm 3: q* 1.0")
    let rewards = (0..<20_000).map { _ in bandit.pull(1, using: &generator) }
    #expect(abs(rewards.reduce(0, +) / 20_000 - 2) < 0.03)
  }
}
