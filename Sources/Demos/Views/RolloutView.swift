import Lessons
import RLCore
import RLEnvironments

extension ViewEntry {
  /// One greedy episode.
  static let rollout = ViewEntry(
    "rollout", "one greedy episode of the trained agent, frame by frame",
    reads:
      "`path.length`, `path.return` and `path.visits(s)` of the greedy episode",
    adapter: RolloutView())
}

/// `rollout`: one greedy episode of the trained agent, frame by frame.
struct RolloutView: ViewAdapter {
  /// The most frames an episode is run for, whatever the time limit.
  static let maximumSteps = 1000

  func problems(
    agents: [AgentEntry], environment: EnvironmentEntry, settings: DemoSettings
  ) -> [ViewProblem] {
    guard environment.kind == .bandit else { return [] }
    return [
      ViewProblem(
        "the bandit has no episodes to roll out", hint: "show learning-curve or q-table")
    ]
  }

  func outputs(_ context: ViewContext) -> [Output] {
    context.agents.map { agent in
      var generator = SeededGenerator(seed: UInt64(context.plan.seed))
      let (frames, moves, ending) = Self.episode(context, agent: agent, generator: &generator)
      let shown = Array(frames.prefix(context.plan.traceLength + 1))
      let steps = zip(shown, moves).map { frame, move in
        StepCards.rolloutStep(
          context, agent: agent, frame: frame, probe: move.probe, action: move.action)
      }
      let cut =
        shown.count < frames.count
        ? " (the first \(shown.count - 1) of \(frames.count - 1) steps; `trace: \(frames.count - 1)` shows them all)"
        : ""
      return .frames(
        OutputFrames(
          title: (agent.entry.family == .random ? "One episode of " : "One greedy episode of ")
            + context.subject(agent), frames: shown,
          ending: ending + cut, steps: steps))
    }
  }

  static func episode(
    _ context: ViewContext, agent: TrainedAgent, generator: inout SeededGenerator
  ) -> ([OutputFrames.Frame], [Move], String) {
    var frames: [OutputFrames.Frame] = []
    var moves: [Move] = []
    var total = 0.0
    func record(
      _ step: Int, _ picture: String, _ action: String?, _ reward: Double?, _ limit: Int?,
      _ move: Move
    ) {
      moves.append(move)
      total += reward ?? 0
      frames.append(
        OutputFrames.Frame(
          step: step, picture: picture.split(separator: "\n").map(String.init), action: action,
          reward: reward, total: total, timeRemaining: limit.map { $0 - step }))
    }
    switch context.world.body {
    case .tabular(let environment):
      let limit = environment.timeLimit
      var state = environment.reset(using: &generator)
      for step in 0..<min(limit ?? maximumSteps, maximumSteps) {
        let probe = Probe(label: "", kind: .state(state))
        let action = Int(agent.act(probe, using: &generator) ?? 0)
        let outcome = environment.step(from: state, action: action, using: &generator)
        record(
          step, environment.draw(state), environment.actionNames[action], outcome.reward, limit,
          Move(probe: probe, action: action))
        state = outcome.nextState
        if outcome.terminates {
          record(step + 1, environment.draw(state), nil, nil, limit, Move(state: state))
          return (
            frames, moves,
            "The episode ended after \(step + 1) steps with a return of \(Self.written(total))."
          )
        }
      }
      record(frames.count, environment.draw(state), nil, nil, limit, Move(state: state))
      return (
        frames, moves,
        "The time limit cut the episode off with a return of \(Self.written(total))."
      )
    case .control(let task):
      var environment = task.makeEnvironment()
      var features = environment.reset(using: &generator)
      var steps = 0
      var isTerminated = false
      var isOver = false
      while !isOver {
        let probe = Probe(label: "", kind: .features(features))
        let action = agent.act(probe, using: &generator) ?? 0
        let picture = environment.drawing ?? ""
        let outcome =
          task.isContinuous
          ? environment.step(continuous: action, using: &generator)
          : environment.step(Int(action), using: &generator)
        record(
          steps, picture, task.actionLabel(action), outcome.reward, task.timeLimit,
          Move(probe: probe, action: task.isContinuous ? 0 : Int(action)))
        features = outcome.features
        steps += 1
        isTerminated = outcome.terminated
        isOver = outcome.terminated || outcome.truncated
      }
      record(
        steps, environment.drawing ?? "", nil, nil, task.timeLimit,
        Move(probe: Probe(label: "", kind: .features(features))))
      return (frames, moves, task.ending(steps: steps, return: total, terminated: isTerminated))
    case .bandit:
      return ([], [], "")
    }
  }

  /// A return as the rewards add up, without the noise of adding in binary
  /// (`1101.1`, not `1101.1000000000001`).
  static func written(_ total: Double) -> String {
    SettingValue.write((total * 1e9).rounded() / 1e9)
  }

  /// What the agent was asked at a frame, and the action it chose (none at the end).
  struct Move {
    var probe: Probe
    var action: Int?

    init(probe: Probe, action: Int? = nil) {
      self.probe = probe
      self.action = action
    }

    init(state: Int) { self.init(probe: Probe(label: "", kind: .state(state))) }
  }
}
