import NeuralNet
import RLAgents
import RLCore
import RLEnvironments

/// The workloads, the same as `Benchmarks/baseline.py` runs with Gymnasium and NumPy.
enum Workloads {
  /// Random actions on a tabular environment, resetting at the end of each episode.
  static func randomSteps(_ environment: TabularEnvironment, label: String? = nil, steps: Int)
    -> Measurement
  {
    measure("\(label ?? environment.name) random steps", unit: "steps") {
      var generator = SeededGenerator(seed: 1)
      var state = environment.reset(using: &generator)
      var taken = 0
      var checksum = 0.0
      for _ in 0..<steps {
        let outcome = environment.step(
          from: state, action: generator.index(below: environment.actionCount), using: &generator)
        checksum += outcome.reward
        taken += 1
        if outcome.terminates || taken >= (environment.timeLimit ?? .max) {
          state = environment.reset(using: &generator)
          taken = 0
        } else {
          state = outcome.nextState
        }
      }
      blackHole(checksum)
      return Double(steps)
    }
  }

  /// Random pushes on CartPole, resetting when an episode ends.
  static func cartPoleSteps(_ steps: Int) -> Measurement {
    measure("cartpole random steps", unit: "steps") {
      var generator = SeededGenerator(seed: 1)
      var cart = CartPole(using: &generator)
      var checksum = 0.0
      for _ in 0..<steps {
        checksum += cart.step(generator.index(below: 2))
        if cart.isDone { cart = CartPole(using: &generator) }
      }
      blackHole(checksum)
      return Double(steps)
    }
  }

  /// Random torques on Pendulum.
  static func pendulumSteps(_ steps: Int) -> Measurement {
    measure("pendulum random steps", unit: "steps") {
      var generator = SeededGenerator(seed: 1)
      var pendulum = Pendulum(using: &generator)
      var checksum = 0.0
      for _ in 0..<steps {
        checksum += pendulum.step(torque: generator.uniform(-2, 2))
        if pendulum.isTruncated { pendulum = Pendulum(using: &generator) }
      }
      blackHole(checksum)
      return Double(steps)
    }
  }

  /// Q-learning on FrozenLake 8x8: 20,000 episodes, α 0.1, γ 0.99, ε 0.1.
  static func qLearningFrozenLake(episodes: Int = 20_000) -> Measurement {
    let lake = try! FrozenLake.make(map: FrozenLake.map8x8)
    return measure("q-learning frozenlake 8x8 (\(episodes) episodes)", unit: "training steps") {
      var generator = SeededGenerator(seed: 0)
      var agent = TDControl(
        method: .qLearning, environment: lake, alpha: 0.1, gamma: 0.99, epsilon: 0.1)
      let record = agent.train(on: lake, episodes: episodes, using: &generator)
      blackHole(agent.qValues)
      return Double(record.log.totalSteps)
    }
  }
}

extension Workloads {
  /// Trains a network agent on CartPole until it is solved (mean ≥ 475 over 100 episodes).
  static func solveCartPole<Learner: FeatureLearner>(
    _ name: String, seed: UInt64, budget: Int,
    learner make: (inout SeededGenerator) -> Learner
  ) -> (Measurement, solved: Bool) {
    var solved = false
    let measurement = measure("\(name) solves cartpole (seed \(seed))", unit: "env steps") {
      var generator = SeededGenerator(seed: seed)
      var task = CartPoleTask()
      var agent = make(&generator)
      let log =
        agent.train(
          on: &task, episodes: .max, maximumSteps: budget, options: TrainingOptions(),
          stop: { $0.isSolved(threshold: 475) }, using: &generator
        ).log
      solved = log.isSolved(threshold: 475)
      return Double(log.totalSteps)
    }
    return (measurement, solved)
  }
}
