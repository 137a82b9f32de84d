import RLAgents
import RLCore
import RLEnvironments
import Testing

@Suite struct LearningAgentTests {
  /// The RMS error over the non-terminal states of the 5-state random walk.
  static func rmsError(_ values: [Double]) -> Double {
    let truth = RandomWalk.trueValues()
    let errors = (1...5).map { (values[$0] - truth[$0]) * (values[$0] - truth[$0]) }
    return (errors.reduce(0, +) / 5).squareRoot()
  }

  /// Mean RMS error after 100 episodes, over 100 runs.
  static func finalError(runs: Int = 100, episodes: Int = 100, learner: (Int) -> [Double]) -> Double
  {
    (0..<runs).map { rmsError(learner($0)) }.reduce(0, +) / Double(runs)
  }

  @Test func randomWalkTDBeatsMonteCarlo() throws {
    let walk = try RandomWalk.make()
    let td = Self.finalError { run in
      var generator = SeededGenerator(seed: UInt64(run))
      var agent = TDPrediction(model: walk.model, alpha: 0.05)
      _ = agent.train(on: walk, episodes: 100, using: &generator)
      return agent.values
    }
    let monteCarlo = [0.01, 0.02, 0.03, 0.04].map { alpha in
      Self.finalError { run in
        var generator = SeededGenerator(seed: UInt64(run))
        var agent = MonteCarlo(
          target: .prediction, environment: walk, alpha: alpha, initialValue: 0.5)
        _ = agent.train(on: walk, episodes: 100, using: &generator)
        return agent.estimates
      }
    }
    #expect(td < 0.06)
    #expect(td < monteCarlo.min()!)
    #expect(abs(Self.rmsError([0, 0.5, 0.5, 0.5, 0.5, 0.5, 0]) - (1.0 / 18).squareRoot()) < 1e-12)
  }

  @Test(arguments: 0..<20)
  func randomWalkFirstEpisodeChangesOneEndByAlphaTimesAHalf(seed: Int) throws {
    let walk = try RandomWalk.make()
    var generator = SeededGenerator(seed: UInt64(seed))
    var agent = TDPrediction(model: walk.model, alpha: 0.1)
    let options = TrainingOptions(traceSteps: 1000)
    let record = agent.train(on: walk, episodes: 1, options: options, using: &generator)
    let changed = (1...5).filter { agent.values[$0] != 0.5 }
    let endedRight = record.log.returns[0] == 1
    #expect(changed == [endedRight ? 5 : 1])
    // Every step but the last has δ = 0; the last moves V by exactly α·(r − 0.5).
    #expect(record.trace.dropLast().allSatisfy { $0.update == 0 })
    #expect(record.trace.last?.update == (endedRight ? 0.05 : -0.05))
    #expect(agent.values[changed[0]] == 0.5 + (endedRight ? 0.05 : -0.05))
  }

  @Test func cliffWalkingSarsaVersusQLearning() {
    let cliff = CliffWalking.make()
    func meanOnlineReturn(_ method: TDControl.Method) -> Double {
      var total = 0.0
      for run in 0..<50 {
        var generator = SeededGenerator(seed: UInt64(run))
        var agent = TDControl(
          method: method, environment: cliff, alpha: 0.5, gamma: 1,
          epsilon: 0.1)
        let record = agent.train(on: cliff, episodes: 500, using: &generator)
        total += record.log.meanReturn(over: 100..<500)
      }
      return total / 50
    }
    let sarsa = meanOnlineReturn(.sarsa)
    let qLearning = meanOnlineReturn(.qLearning)
    #expect((-32.0)...(-23.0) ~= sarsa)
    #expect((-55.0)...(-45.0) ~= qLearning)
  }

  @Test func qLearningFindsTheCliffEdgePath() {
    let cliff = CliffWalking.make()
    var generator = SeededGenerator(seed: 4)
    var agent = TDControl(
      method: .qLearning, environment: cliff, alpha: 0.5, gamma: 1,
      epsilon: 0.1)
    _ = agent.train(on: cliff, episodes: 500, using: &generator)
    var state = CliffWalking.start
    var total = 0.0
    var steps = 0
    while steps < 100 {
      let action = ActionSelection.argmax(agent.actionValues(state: state), using: &generator)
      let outcome = cliff.step(from: state, action: action, using: &generator)
      total += outcome.reward
      steps += 1
      if outcome.terminates { break }
      state = outcome.nextState
    }
    #expect(total == -13)
  }

  @Test func windySarsaEpisodesWithin8000Steps() throws {
    let windy = try WindyGridworld.make()
    var completed = 0
    for run in 0..<20 {
      var generator = SeededGenerator(seed: UInt64(run))
      var agent = TDControl(
        method: .sarsa, environment: windy, alpha: 0.5, gamma: 1,
        epsilon: 0.1)
      let record = agent.train(on: windy, episodes: 10_000, maximumSteps: 8000, using: &generator)
      #expect(record.log.totalSteps <= 8000)
      completed += record.log.count
    }
    #expect((130...200).contains(completed / 20))
  }

  @Test func tenArmedTestbed() {
    func averageLateReward(epsilon: Double) -> Double {
      var generator = SeededGenerator(seed: 2)
      var late = 0.0
      for _ in 0..<2000 {
        let bandit = BanditTestbed(using: &generator)
        var agent = EpsilonGreedyBandit(arms: 10, epsilon: epsilon)
        for step in 0..<1000 {
          let arm = agent.choose(using: &generator)
          let reward = bandit.pull(arm, using: &generator)
          agent.learn(arm: arm, reward: reward)
          if step >= 900 { late += reward }
        }
      }
      return late / (2000 * 100)
    }
    #expect((1.30...1.42).contains(averageLateReward(epsilon: 0.1)))
    #expect((0.9...1.1).contains(averageLateReward(epsilon: 0)))
  }

  @Test func monteCarloControlLearnsFrozenLakeNotSlippery() throws {
    let lake = try FrozenLake.make(isSlippery: false)
    var generator = SeededGenerator(seed: 1)
    var agent = MonteCarlo(target: .control, environment: lake, gamma: 0.9, epsilon: 0.2)
    let record = agent.train(on: lake, episodes: 3000, using: &generator)
    #expect(record.log.meanReturn(over: 2500..<3000) > 0.6)
    #expect(agent.value(state: 0) > 0.3)
  }

  @Test func sameSeedSameResultsDifferentSeedDifferent() throws {
    let lake = try FrozenLake.make()
    func train(seed: UInt64) -> ([Double], [Double]) {
      var generator = SeededGenerator(seed: seed)
      var agent = TDControl(method: .expectedSARSA, environment: lake)
      let record = agent.train(on: lake, episodes: 300, using: &generator)
      return (agent.qValues, record.log.returns)
    }
    let first = train(seed: 7)
    let second = train(seed: 7)
    let third = train(seed: 8)
    #expect(first.0 == second.0)
    #expect(first.1 == second.1)
    #expect(first.0 != third.0)
  }

  @Test func tracesSnapshotsAndFreezing() {
    let cliff = CliffWalking.make()
    var generator = SeededGenerator(seed: 3)
    var agent = TDControl(method: .qLearning, environment: cliff, alpha: 0.5, gamma: 1)
    let options = TrainingOptions(frozenAfter: 20, traceSteps: 5, snapshotEpisodes: [10, 20])
    let record = agent.train(on: cliff, episodes: 30, options: options, using: &generator)
    #expect(record.trace.count == 5)
    let first = record.trace[0]
    #expect(first.state == CliffWalking.start)
    #expect(first.estimate == 0)
    #expect(first.tdError == first.reward + first.nextEstimate - first.estimate)
    #expect(first.update == 0.5 * first.tdError)
    #expect(record.snapshots.map(\.episode) == [10, 20])
    // Frozen after 20 episodes: nothing changes after the second snapshot.
    #expect(record.snapshots[1].values == agent.qValues)
    #expect(record.snapshots[0].values != record.snapshots[1].values)
  }
}

@Suite struct MarioLearningTests {
  /// The greedy policy's return from the start, and whether it reached the flag.
  static func greedyReturn(_ agent: TDControl, on environment: TabularEnvironment) -> (Double, Bool)
  {
    var generator = SeededGenerator(seed: 99)
    var state = environment.reset(using: &generator)
    var total = 0.0
    for _ in 0..<(environment.timeLimit ?? 100) {
      let action = ActionSelection.argmax(agent.actionValues(state: state), using: &generator)
      let outcome = environment.step(from: state, action: action, using: &generator)
      total += outcome.reward
      if outcome.terminates { return (total, outcome.reward >= 1000) }
      state = outcome.nextState
    }
    return (total, false)
  }

  @Test func qLearningFinishesTheDefaultLevelAndPrefersJumpAtTheStart() throws {
    let environment = try Mario().environment()
    var generator = SeededGenerator(seed: 0)
    var agent = TDControl(
      method: .qLearning, environment: environment, alpha: 0.5, gamma: 0.95, epsilon: 0.2)
    _ = agent.train(on: environment, episodes: 20_000, using: &generator)
    let (total, finished) = Self.greedyReturn(agent, on: environment)
    #expect(finished)
    // The optimal policy's undiscounted return, from value iteration's greedy policy.
    let solution = ValueIteration(model: environment.model, gamma: 0.95)
    var state = try #require(environment.state(named: "start"))
    var optimal = 0.0
    while true {
      let outcome = environment.step(
        from: state, action: solution.greedyPolicy[state], using: &generator)
      optimal += outcome.reward
      if outcome.terminates { break }
      state = outcome.nextState
    }
    #expect(optimal > 1200)  // both enemies, both coins and the flag
    #expect(abs(total - optimal) < 1e-9)
    let start = try #require(environment.state(named: "start"))
    let q = agent.actionValues(state: start)
    #expect(q[2] == q.max())
    #expect(q[2] > q[1])
  }

  @Test func learningFromTheWindowAlsoReachesTheFlag() throws {
    let environment = try Mario().environment(observing: .window)
    var generator = SeededGenerator(seed: 1)
    var agent = TDControl(
      method: .qLearning, environment: environment, alpha: 0.5, gamma: 0.95, epsilon: 0.2)
    #expect(agent.qValues.count == environment.observationCount * 4)
    _ = agent.train(on: environment, episodes: 3000, using: &generator)
    #expect(Self.greedyReturn(agent, on: environment).1)
  }
}
