import RLCore
import RLEnvironments

extension AgentEntry {
  /// The uniform random baseline.
  static let random = AgentEntry(
    "random", "acts uniformly at random; a baseline", family: .random, learnsPolicy: true,
    adapter: RandomAgent())
}

/// Acts uniformly at random and learns nothing, but keeps a log to compare learners with.
struct RandomAgent: AgentAdapter {
  func train(_ run: AgentRun) -> TrainedAgent {
    var generator = run.generator()
    let learned = LearnedNothingButChance(space: run.world.actionSpace)
    var agent = TrainedAgent(entry: run.entry, learned: learned)
    var log = EpisodeLog()
    if case .bandit(let arms) = run.world.body {
      let testbed = BanditTestbed(arms: arms, using: &generator)
      for _ in 0..<run.plan.episodes {
        let arm = generator.index(below: arms)
        log.record(return: testbed.pull(arm, using: &generator), length: 1)
      }
      agent.logs = [log]
      return agent
    }
    let noState = Probe(label: "", kind: .features([]))
    let records = run.drive { environment, episodes, _, budget in
      var record = TrainingRecord()
      var budget = budget
      for _ in 0..<episodes where budget > 0 {
        _ = environment.reset(using: &generator)
        var total = 0.0
        var length = 0
        var finished = false
        while budget > 0, !finished {
          let action = learned.act(noState, using: &generator) ?? 0
          let step =
            learned.isContinuous
            ? environment.step(continuous: action, using: &generator)
            : environment.step(Int(action), using: &generator)
          total += step.reward
          length += 1
          budget -= 1
          finished = step.terminated || step.truncated
        }
        if finished { record.log.record(return: total, length: length) }
      }
      return record
    }
    for record in records {
      log.returns += record.log.returns
      log.lengths += record.log.lengths
    }
    agent.logs = [log]
    return agent
  }
}

/// The uniform policy over the actions: discrete, or a continuous range.
struct LearnedNothingButChance: Learned {
  let space: ActionSpace

  var isContinuous: Bool {
    if case .continuous = space { return true }
    return false
  }

  /// Uniform probabilities, or a continuous range's mean and standard deviation.
  func policy(_ probe: Probe) -> [Double]? {
    switch space {
    case .discrete(let count):
      return ActionSelection.uniform(count)
    case .continuous(let range):
      let spread = (range.upperBound - range.lowerBound) / 12.0.squareRoot()
      return [(range.lowerBound + range.upperBound) / 2, spread]
    }
  }

  func act(_ probe: Probe, using generator: inout SeededGenerator) -> Double? {
    switch space {
    case .discrete(let count): Double(generator.index(below: count))
    case .continuous(let range): generator.uniform(range.lowerBound, range.upperBound)
    }
  }
}
