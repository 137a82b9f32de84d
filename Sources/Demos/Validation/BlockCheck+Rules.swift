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
    -> [ViewEntry.Name]
  {
    if agents.allSatisfy({ $0.family == .exact }) {
      return environment.hasMap ? [.valueGrid, .policyArrows] : [.qTable]
    }
    return [.learningCurve]
  }

  /// Each view against the agents and environment.
  mutating func checkViews(
    _ views: [ViewEntry.Name], agents: [AgentEntry], environment: EnvironmentEntry,
    settings: DemoSettings
  ) {
    let range = self["show"]?.value.range ?? fence
    let names = agents.map(\.name).joined(separator: ", ")
    for view in views {
      let at = self["show"]?.value.items?.first { $0.text == view.rawValue }?.range ?? range
      switch view {
      case .returns:
        break
      case .qTable:
        if !agents.contains(where: \.learnsActionValues) {
          error(
            "q-table needs an agent that learns Q(s,a), and \(names) does not",
            hint:
              "use q-learning, sarsa, expected-sarsa, monte-carlo, value-iteration or dqn; show value-grid for V(s)",
            key: "show", at: at)
        }
      case .qVsPolicy:
        let hasValue = agents.contains(where: \.learnsActionValues)
        let hasPolicy = agents.contains(where: \.learnsPolicy)
        if !hasValue || !hasPolicy {
          error(
            "q-vs-policy puts a value learner's Q(s,a) beside a policy learner's π(a∣s); \(names) lacks a \(hasValue ? "policy" : "value") learner",
            hint: "for example `agents: [q-learning, reinforce]`", key: "show", at: at)
        }
      case .valueGrid, .policyArrows:
        if !environment.hasMap {
          error(
            "\(view.rawValue) draws on a map, and \(environment.name) has none",
            hint: "show q-table or policy-table with a `state`, or learning-curve", key: "show",
            at: at)
        }
        if view == .policyArrows, environment.hasOneAction {
          error(
            "\(environment.name) has one action, so there is no policy to draw",
            hint: "show value-grid", key: "show", at: at)
        }
      case .learningCurve:
        checkLearningCurve(agents: agents, environment: environment, settings: settings, at: at)
      case .trace:
        if !agents.contains(where: \.traces) {
          error(
            "trace shows the updates of TD, Monte Carlo, REINFORCE or actor-critic; \(names) records none",
            hint: "use td0, q-learning, sarsa, monte-carlo, reinforce or actor-critic",
            key: "show", at: at)
        }
      case .rollout:
        if environment.kind == .bandit {
          error(
            "the bandit has no episodes to roll out", hint: "show learning-curve or q-table",
            key: "show", at: at)
        }
      case .policyTable:
        if agents.allSatisfy(\.evaluatesRandomPolicy) {
          error(
            "\(names) evaluates the random policy: its π(a∣s) is uniform by definition",
            hint: "use a control agent (q-learning, reinforce, …) for policy-table",
            key: "show", at: at)
        }
      }
    }
  }

  private mutating func checkLearningCurve(
    agents: [AgentEntry], environment: EnvironmentEntry, settings: DemoSettings,
    at range: SourceRange
  ) {
    if agents.allSatisfy({ $0.family == .exact }) {
      error(
        "\(agents.map(\.name).joined(separator: ", ")) solves the model in sweeps, not episodes: there is no learning curve",
        hint: "show value-grid, or add a learning agent such as q-learning", key: "show",
        at: range)
    }
    guard settings.choice(CommonSettings.metric) == CommonSettings.Metric.rmsError else { return }
    let metricRange = settings.ranges["metric"]
    if !environment.knowsTrueValues {
      error(
        "rms-error needs the true values, which only the random walk knows",
        hint: "use `env: random-walk`, or `metric: return`", key: "metric", at: metricRange)
    }
    let target = MonteCarlo.Parameters.target
    let predictors = agents.filter { agent in
      agent.evaluatesRandomPolicy
        || (agent.settings.contains(target)
          && settings.given(target)?.text != MonteCarlo.Target.control.rawValue)
    }
    if predictors.count != agents.count {
      error(
        "rms-error measures how far a prediction agent's V is from the truth; it applies to td0 and monte-carlo",
        hint: "use `agents: [td0, monte-carlo]`", key: "metric", at: metricRange)
    }
  }
}
