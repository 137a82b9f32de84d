public import RLCore

/// The keys every demo understands, whatever its environment and agents.
public enum CommonSettings {
  /// The environment.
  public static let env = Hyperparameter(
    "env", .choice(Registry.environments.map(\.name)), default: .absent("none"), "the environment")
  /// The agent.
  public static let agent = Hyperparameter(
    "agent", .choice(Registry.agents.map(\.name)), default: .absent("none"), "the agent")
  /// Several agents.
  public static let agents = Hyperparameter(
    "agents", .choice(Registry.agents.map(\.name)), default: .absent("none"),
    "several agents, trained with the same seed and budget")
  /// The training episodes.
  public static let episodes = Hyperparameter(
    "episodes", .integer(1...Int.max), default: .derived("per env (rlbook envs)"),
    "training episodes")
  /// The training steps.
  public static let steps = Hyperparameter(
    "steps", .integer(1...Int.max), default: .absent("no limit"),
    "training steps (stops mid-episode; pulls for the bandit)")
  /// Independent runs.
  public static let runs = Hyperparameter(
    "runs", .integer(1...Int.max), default: 1,
    "independent runs (seeds seed, seed+1, …) averaged by learning-curve")
  /// The seed.
  public static let seed = Hyperparameter(
    "seed", .integer(0...Int(UInt32.max)), default: 0, "the run's seed")
  /// The views.
  public static let show = Hyperparameter(
    "show", .choice(Registry.views.map(\.name)), default: .derived("per env"),
    "one view or a list")
  /// The states a table shows.
  public static let state = Hyperparameter(
    "state", .text(form: "an index, start, a name the env defines, a vector, or a list"),
    default: .derived("start (all states of small envs)"), "the state(s) a table shows")
  /// The length of a trace or rollout.
  public static let trace = Hyperparameter(
    "trace", .integer(1...1000), default: 10, "steps a trace or rollout shows")
  /// Where a trace starts.
  public static let traceFrom = Hyperparameter(
    "trace-from", .integer(1...Int.max), default: 1,
    "the episode (counting from 1) a trace starts with")
  /// What a learning curve plots.
  public static let metric = Hyperparameter(
    "metric", .choice(Metric.allCases.map(\.rawValue)), default: .text(Metric.return.rawValue),
    "what a learning-curve plots")
  /// A learning curve's window.
  public static let smooth = Hyperparameter(
    "smooth", .integer(1...100_000), default: .derived("episodes / 50"),
    "episodes averaged per point of a learning-curve")
  /// Where a learning curve starts.
  public static let curveFrom = Hyperparameter(
    "curve-from", .integer(1...Int.max), default: 1,
    "the first episode a learning-curve draws (leaves out the worst early ones)")
  /// When learning stops.
  public static let frozenAfter = Hyperparameter(
    "frozen-after", .integer(0...Int.max), default: .absent("never"),
    "stop learning after this many episodes (a deployed, frozen policy)")
  /// A returns demo's rewards.
  public static let rewards = Hyperparameter(
    "rewards", .reals(-1e12...1e12, maximumCount: 1000), default: .absent("none"),
    "the reward sequence of a returns demo")

  /// The keys, documented as settings, in the order `rlbook agents` lists them.
  public static let all: [Hyperparameter] = [
    env, agent, agents, episodes, steps, runs, seed, show, state, trace, traceFrom, metric,
    smooth, curveFrom, frozenAfter, rewards,
  ]

  /// What a learning curve plots.
  public enum Metric: String, CaseIterable, Sendable {
    /// The return of each episode.
    case `return`
    /// The length of each episode.
    case length
    /// The RMS error of V against the true values (prediction agents on the random walk).
    case rmsError = "rms-error"
  }

  /// The common setting named `name`.
  public static func setting(_ name: String) -> Hyperparameter? {
    all.first { $0.name == name }
  }
}
