import RLAgents
import RLCore
import RLEnvironments

extension AgentTrainer {
  /// Value iteration or policy evaluation: the model solved exactly.
  func exactAgent(_ entry: AgentEntry) -> TrainedAgent {
    let environment = world.tabular!
    let model = environment.model
    var agent = TrainedAgent(entry: entry)
    if entry.name == "value-iteration" {
      let solver = ValueIteration(
        model: model, gamma: settings.real("gamma") ?? 0.99,
        tolerance: settings.real("tolerance") ?? 1e-10)
      agent.actionValues = { $0.state.map(solver.actionValues(state:)) }
      agent.value = { $0.state.map { solver.values[$0] } }
      agent.policy = { probe in
        probe.state.map { state in
          let best = solver.optimalActions(state: state)
          return (0..<model.actionCount).map { best.contains($0) ? 1 / Double(best.count) : 0 }
        }
      }
    } else {
      let gamma = settings.real("gamma") ?? 1
      let evaluation = PolicyEvaluation(
        model: model, gamma: gamma, tolerance: settings.real("tolerance") ?? 1e-4,
        sweep: settings.text("sweep").flatMap(PolicyEvaluation.Sweep.init) ?? .synchronous)
      let values = evaluation.values
      agent.value = { $0.state.map { values[$0] } }
      agent.actionValues = { probe in
        probe.state.map { state in
          (0..<model.actionCount).map {
            model.expectedBackup(state: state, action: $0, gamma: gamma, values: values)
          }
        }
      }
      agent.policy = { _ in Self.uniform(model.actionCount) }
    }
    let actions = agent.actionValues
    agent.act = { probe, generator in
      actions(probe).map { Double(ActionSelection.argmax($0, using: &generator)) }
    }
    return agent
  }

  /// The uniform random agent: no learning, but a log to compare learners with.
  func randomAgent(_ entry: AgentEntry, run: Int) -> TrainedAgent {
    var generator = generator(run: run)
    var agent = TrainedAgent(entry: entry)
    let space = actionSpace
    switch space {
    case .discrete(let count):
      agent.policy = { _ in Self.uniform(count) }
      agent.act = { _, generator in Double(generator.index(below: count)) }
    case .continuous(let range):
      let spread = (range.upperBound - range.lowerBound) / 12.0.squareRoot()
      agent.policy = { _ in [(range.lowerBound + range.upperBound) / 2, spread] }
      agent.act = { _, generator in generator.uniform(range.lowerBound, range.upperBound) }
    }
    let act = agent.act
    var log = EpisodeLog()
    if case .bandit(let arms) = world.body {
      let testbed = BanditTestbed(arms: arms, using: &generator)
      for _ in 0..<plan.episodes {
        let arm = generator.index(below: arms)
        log.record(return: testbed.pull(arm, using: &generator), length: 1)
      }
      agent.logs = [log]
      return agent
    }
    _ = drive(entry.name, run: run) { chunk, _, budget in
      var environment = chunk.featureEnvironment(of: world)
      var record = TrainingRecord()
      var budget = budget
      for _ in chunk.episodes where budget > 0 {
        _ = environment.reset(using: &generator)
        var total = 0.0
        var length = 0
        var finished = false
        while budget > 0, !finished {
          let action = act(Probe(label: "", kind: .features([])), &generator) ?? 0
          let step =
            if case .continuous = space {
              environment.step(continuous: action, using: &generator)
            } else {
              environment.step(Int(action), using: &generator)
            }
          total += step.reward
          length += 1
          budget -= 1
          finished = step.terminated || step.truncated
        }
        if finished { record.log.record(return: total, length: length) }
      }
      log.returns += record.log.returns
      log.lengths += record.log.lengths
      return record
    }
    agent.logs = [log]
    return agent
  }

  /// ε-greedy sample averages on a testbed drawn for the run.
  func banditAgent(_ entry: AgentEntry, run: Int) -> TrainedAgent {
    guard case .bandit(let arms) = world.body else { return TrainedAgent(entry: entry) }
    var generator = generator(run: run)
    let testbed = BanditTestbed(arms: arms, using: &generator)
    var learner = EpsilonGreedyBandit(arms: arms, epsilon: settings.real("epsilon") ?? 0.1)
    var log = EpisodeLog()
    for _ in 0..<(plan.maximumSteps ?? plan.episodes) {
      let arm = learner.choose(using: &generator)
      let reward = testbed.pull(arm, using: &generator)
      learner.learn(arm: arm, reward: reward)
      log.record(return: reward, length: 1)
    }
    var agent = TrainedAgent(entry: entry)
    let final = learner
    agent.actionValues = { _ in final.estimates }
    agent.policy = { _ in
      ActionSelection.epsilonGreedyProbabilities(final.estimates, epsilon: final.epsilon)
    }
    agent.logs = [log]
    agent.trueValues = testbed.trueValues
    return agent
  }
}
