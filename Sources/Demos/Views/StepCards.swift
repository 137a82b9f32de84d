import Foundation
import Lessons
import RLCore
import RLEnvironments

/// Traces and rollouts spelled out one step at a time: the state, the choice and
/// why, what came back, and the update (`t` in `rlbook step` walks through them).
enum StepCards {
  /// A TD or Monte Carlo update: the notes' "predict, act, compare, correct".
  static func valueStep(_ context: ViewContext, agent: TrainedAgent, _ step: TraceStep)
    -> OutputStep
  {
    var stages = [choiceLine(context, agent: agent, step)]
    stages.append(
      step.terminates
        ? "The environment gave r = \(step.reward), and the episode ended."
        : "The environment gave r = \(step.reward) and moved to s′ = \(context.label(of: step.nextState))."
    )
    let gamma = agent.gamma ?? 1
    let (r, next, estimate) = (step.reward, step.nextEstimate, step.estimate)
    switch agent.entry.update {
    case .temporalDifference(let symbol, let target, _, _):
      let delta: OutputLine =
        "δ = r + γ·\(target) − \(symbol) = \(r) + \(gamma) × \(next) − \(estimate) = \(step.tdError)"
      stages.append(
        delta + (step.terminates ? " (after the last step \(target) counts as 0)." : "."))
      let alpha = agent.alpha ?? (step.tdError == 0 ? 0 : step.update / step.tdError)
      stages.append(
        "\(symbol) ← \(symbol) + α·δ = \(estimate) + \(alpha) × \(step.tdError) = \(estimate + step.update)."
      )
    case .monteCarlo, .reinforce, .actorCritic, nil:
      stages.append("G = \(r + next), the discounted return that followed this step.")
      stages.append("The error G − estimate = \(r + next) − \(estimate) = \(step.tdError).")
      stages.append(
        "The estimate moves by \(step.update) toward G: \(estimate) → \(estimate + step.update).")
    }
    return OutputStep(
      title: "episode \(step.episode + 1), t = \(step.step)",
      picture: picture(context, state: step.state),
      choice: choiceTable(
        "Q(s,·) when it acted", header: "Q(s,a)", context.actionNames, step.actionValues,
        chosen: step.action),
      stages: stages)
  }

  /// An actor-critic or REINFORCE step: the lesson's numbered steps, with their numbers.
  static func policyStep(_ context: ViewContext, agent: TrainedAgent, _ step: PolicyTraceStep)
    -> OutputStep
  {
    let isContinuous = context.world.actionSpace.isContinuous
    let action = context.world.actionLabel(step.action)
    let likelier = step.weight >= 0 ? "more" : "less"
    var stages: [OutputLine] = [
      isContinuous
        ? "The actor sampled \(action) from N(\(step.policy[0]), \(step.policy[1])²)."
        : "The actor sampled \(action) from π(·∣s): π(\(action)∣s) = \(exp(step.logProbability)).",
      step.value != nil && step.nextValue != nil && step.tdError != nil
        ? "The environment returned r = \(step.reward) and the next state."
        : "The environment returned r = \(step.reward).",
    ]
    if let value = step.value, let nextValue = step.nextValue, let tdError = step.tdError {
      let gamma = agent.gamma ?? 1
      stages += [
        "The critic scores it: δ = r + γV(s′) − V(s) = \(step.reward) + \(gamma) × \(nextValue) − \(value) = \(tdError), \(tdError >= 0 ? "better" : "worse") than expected.",
        "The actor's loss −δ·log π(a∣s) = −\(tdError) × \(step.logProbability) = \(step.loss): a gradient step on it makes \(action) \(likelier) likely.",
        "The critic moves V(s) = \(value) toward r + γV(s′) = \(step.reward + gamma * nextValue), shrinking δ² = \(tdError * tdError).",
      ]
    } else {
      stages += [
        ("Gₜ = \(step.futureReturn ?? 0), the discounted return from this step to the episode's end"
          as OutputLine) + (step.value.map { "; the baseline V(s) = \($0)" } ?? "") + ".",
        "Its weight Aₜ = \(step.weight) (Gₜ minus the baseline, standardised over the episode).",
        "The loss −Aₜ·log π(a∣s) = −\(step.weight) × \(step.logProbability) = \(step.loss): a gradient step on it makes \(action) \(likelier) likely.",
      ]
    }
    return OutputStep(
      title: "episode \(step.episode + 1), t = \(step.step)",
      picture: picture(context, features: step.features),
      choice: isContinuous
        ? nil
        : choiceTable(
          "π(·∣s) when it acted", header: "π(a∣s)", context.actionNames, step.policy,
          chosen: Int(step.action), verb: "sampled"),
      stages: stages)
  }

  /// A move of a greedy rollout: what the agent saw and why it chose what it did.
  static func rolloutStep(
    _ context: ViewContext, agent: TrainedAgent, frame: OutputFrames.Frame, probe: Probe,
    action: Int?
  ) -> OutputStep {
    var title = "t = \(frame.step)"
    if let remaining = frame.timeRemaining { title += ", \(remaining) steps left" }
    guard let action, let name = frame.action, let reward = frame.reward else {
      return OutputStep(
        title: title, picture: frame.picture,
        stages: ["The episode is over: return \(frame.total)."])
    }
    let values = agent.actionValues(probe) ?? []
    let policy = values.isEmpty ? agent.policy(probe) ?? [] : []
    let scores = values.isEmpty ? policy : values
    let isTie =
      scores.count > 1
      && ActionSelection.maximizers(scores, tolerance: ActionSelection.tieTolerance).count
        == scores.count
    let reason =
      isTie
      ? "every action ties, so a greedy rollout picks one at random"
      : !values.isEmpty
        ? "the largest Q(s,·), as a greedy rollout does"
        : policy.count == context.actionNames.count
          ? "the most probable under π(·∣s), as a greedy rollout does"
          : "the policy's mean, as a greedy rollout does"
    return OutputStep(
      title: title, picture: frame.picture,
      choice: values.isEmpty
        ? choiceTable("π(·∣s)", header: "π(a∣s)", context.actionNames, policy, chosen: action)
        : choiceTable("Q(s,·)", header: "Q(s,a)", context.actionNames, values, chosen: action),
      stages: [
        "It took \(name): \(reason).",
        "The environment gave r = \(reward); the return so far is \(frame.total).",
      ])
  }

  /// Why an ε-greedy learner took its action, or just what it took.
  private static func choiceLine(
    _ context: ViewContext, agent: TrainedAgent, _ step: TraceStep
  ) -> OutputLine {
    let (state, action) = (context.label(of: step.state), context.actionNames[step.action])
    let values = step.actionValues
    if context.actionNames.count == 1 {
      return "From s = \(state) the walk took its one action, \(action), and moved at random."
    }
    guard !values.isEmpty else {
      return agent.entry.evaluatesRandomPolicy
        ? "In s = \(state) it took \(action), as the policy being evaluated does."
        : "In s = \(state) it took \(action)."
    }
    let best = ActionSelection.maximizers(values, tolerance: ActionSelection.tieTolerance)
    if best.count == values.count {
      return "In s = \(state) it took \(action): every Q(s,·) is equal, so the choice is random."
    }
    if best.contains(step.action) {
      return "In s = \(state) it took \(action): the largest Q(s,·), the greedy choice."
    }
    return
      "In s = \(state) it took \(action), not the largest Q(s,·): an exploratory move (ε = \(agent.epsilon ?? 0))."
  }

  /// One row per action: its value, the largest marked, the one taken named.
  private static func choiceTable(
    _ title: String, header: String, _ actions: [String], _ values: [Double], chosen: Int,
    verb: String = "taken"
  ) -> OutputTable? {
    guard values.count == actions.count, !values.isEmpty else { return nil }
    let best = ViewContext.highlighted(values)
    return OutputTable(
      title: title,
      columns: [.text("a"), OutputTable.Column(header), .text("")],
      rows: actions.indices.map { action in
        [
          .text(actions[action]),
          OutputTable.Cell(.number(values[action]), isHighlighted: best.contains(action)),
          .text(action == chosen ? "← \(verb)" : ""),
        ]
      })
  }

  /// The drawing of a tabular state.
  private static func picture(_ context: ViewContext, state: Int) -> [String] {
    guard let environment = context.world.tabular else { return [] }
    return environment.draw(state).split(separator: "\n").map(String.init)
  }

  /// The drawing of a state given as features: one-hot, CartPole's or Pendulum's.
  private static func picture(_ context: ViewContext, features: [Double]) -> [String] {
    let drawing: String
    switch context.world.body {
    case .tabular(let environment):
      guard environment.isFullyObserved, let hot = features.firstIndex(of: 1) else { return [] }
      drawing = environment.draw(hot)
    case .control(let task):
      guard let picture = task.picture(features: features) else { return [] }
      drawing = picture
    case .bandit:
      return []
    }
    return drawing.split(separator: "\n").map(String.init)
  }
}
