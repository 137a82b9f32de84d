import Lessons
import MarkdownSyntax
import RLAgents
import RLCore

extension BlockCheck {
  /// Why an agent cannot run on an environment, if it cannot.
  static func incompatibility(
    of agent: AgentEntry, with environment: EnvironmentEntry, settings: DemoSettings
  ) -> (message: String, hint: String)? {
    let name = agent.name
    let env = environment.name
    switch (agent.family, environment.kind) {
    case (.bandit, .bandit), (.random, _): return nil
    case (.bandit, _):
      return (
        "\(name) learns the arms of a bandit; \(env) has states",
        "use `env: bandit`, or a TD agent such as q-learning on \(env)"
      )
    case (_, .bandit):
      return (
        "\(name) cannot run on the bandit, which has one state and no episodes",
        "use `agent: epsilon-greedy` (or `random`) on the bandit"
      )
    case (.exact, .tabular):
      if settings.text("observe") == "window" {
        return (
          "\(name) solves the full model, and `observe: window` is not Markov: the window does not determine what happens next",
          "drop `observe: window`, or learn from the window with q-learning"
        )
      }
      if settings.contains("levels") {
        return (
          "\(name) solves one level's model; `levels` changes the level during training",
          "use a learning agent such as q-learning with `levels`"
        )
      }
      return nil
    case (.exact, _):
      return (
        "\(name) needs a finite model, and \(env) has continuous states",
        "use dqn, reinforce or actor-critic on \(env), or \(name) on frozenlake"
      )
    case (.tabular, .tabular), (.policyGradient, _), (.deepQ, .tabular),
      (.deepQ, .continuousState):
      return nil
    case (.tabular, _):
      return (
        "\(name) keeps a table with a row per state, and \(env)'s state is continuous",
        "use dqn, reinforce or actor-critic on \(env)"
      )
    case (.deepQ, _):
      return (
        "dqn chooses among discrete actions, and \(env)'s torque is continuous",
        "use reinforce or actor-critic, which output a Gaussian over the torque"
      )
    }
  }

  /// Each agent against the environment.
  mutating func checkCompatibility(
    agents: [AgentEntry], environment: EnvironmentEntry, settings: DemoSettings
  ) {
    let key = self["agents"] != nil ? "agents" : "agent"
    for agent in agents {
      guard let problem = Self.incompatibility(of: agent, with: environment, settings: settings)
      else { continue }
      let range = self[key]?.value.items?.first { $0.text == agent.name }?.range
      error(problem.message, hint: problem.hint, key: key, at: range ?? self[key]?.value.range)
    }
  }

  /// The views a block shows when it does not say.
  static func defaultViews(agents: [AgentEntry], environment: EnvironmentEntry)
    -> [ViewEntry]
  {
    if agents.allSatisfy({ $0.family == .exact }) {
      return environment.hasMap ? [.valueGrid, .policyArrows] : [.qTable]
    }
    return [.learningCurve]
  }

  /// Each view against the agents and environment.
  mutating func checkViews(
    _ views: [ViewEntry], agents: [AgentEntry], environment: EnvironmentEntry,
    settings: DemoSettings
  ) {
    let range = self["show"]?.value.range ?? fence
    for view in views {
      let at = self["show"]?.value.items?.first { $0.text == view.name }?.range ?? range
      let problems = view.adapter.problems(
        agents: agents, environment: environment, settings: settings)
      for problem in problems {
        let key = problem.key ?? "show"
        error(
          problem.message, hint: problem.hint, key: key,
          at: problem.key.map { settings.ranges[$0] } ?? at)
      }
    }
  }

  /// An exact method at γ = 1 on a world no episode leaves: the Bellman backup
  /// sums rewards forever, so the values grow without bound and never converge.
  mutating func checkConvergence(
    of world: DemoWorld, agents: [AgentEntry], settings: DemoSettings
  ) {
    guard let tabular = world.tabular, !tabular.model.isTerminal.contains(true),
      let gamma = settings.real("gamma"), gamma >= 1
    else { return }
    for agent in agents where agent.family == .exact {
      error(
        "\(agent.name) does not converge at γ = 1 on \(world.entry.name): it has no terminal state, so the values grow without bound",
        hint: "use a discount below 1, such as `gamma: 0.9`", key: "gamma",
        at: settings.ranges["gamma"] ?? fence)
      return
    }
  }

  /// A replay buffer smaller than the steps stored before learning never lets
  /// learning start: the network would keep its first weights.
  mutating func checkReplay(agents: [AgentEntry], settings: DemoSettings) {
    for agent in agents {
      guard let warmup = agent.setting("warmup"), let buffer = agent.setting("buffer") else {
        continue
      }
      let stored = settings.integer(warmup)
      let capacity = settings.integer(buffer)
      guard stored > capacity else { continue }
      error(
        "\(agent.name) starts learning after \(stored) stored steps, and its buffer holds \(capacity): it would never learn",
        hint: "make `warmup` at most `buffer` (`warmup: \(capacity)`)", key: "warmup",
        at: settings.ranges["warmup"] ?? settings.ranges["buffer"] ?? fence)
      return
    }
  }
}
