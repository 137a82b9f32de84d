public import RLCore

/// The keys every demo understands, whatever its environment and agents.
public enum CommonSettings {
  /// The keys, documented as settings (`rlbook agents` lists them).
  public static let all: [Hyperparameter] = [
    Hyperparameter(
      "env", .choice(Registry.environments.map(\.name)), default: "none", "the environment"),
    Hyperparameter(
      "agent", .choice(Registry.agents.map(\.name)), default: "none", "the agent"),
    Hyperparameter(
      "agents", .choice(Registry.agents.map(\.name)), default: "none",
      "several agents, trained with the same seed and budget"),
    Hyperparameter(
      "episodes", .integer(1...Int.max), default: "per env (rlbook envs)", "training episodes"),
    Hyperparameter(
      "steps", .integer(1...Int.max), default: "no limit",
      "training steps (stops mid-episode; pulls for the bandit)"),
    Hyperparameter(
      "runs", .integer(1...Int.max), default: "1",
      "independent runs (seeds seed, seed+1, …) averaged by learning-curve"),
    Hyperparameter("seed", .integer(0...Int(UInt32.max)), default: "0", "the run's seed"),
    Hyperparameter(
      "show", .choice(ViewEntry.Name.allCases.map(\.rawValue)), default: "per env",
      "one view or a list"),
    Hyperparameter(
      "state", .text(form: "an index, start, a name the env defines, a vector, or a list"),
      default: "start (all states of small envs)", "the state(s) a table shows"),
    Hyperparameter(
      "trace", .integer(1...1000), default: "10", "steps a trace or rollout shows"),
    Hyperparameter(
      "trace-from", .integer(1...Int.max), default: "1",
      "the episode (counting from 1) a trace starts with"),
    Hyperparameter(
      "metric", .choice(["return", "length", "rms-error"]), default: "return",
      "what a learning-curve plots"),
    Hyperparameter(
      "smooth", .integer(1...100_000), default: "episodes / 50",
      "episodes averaged per point of a learning-curve"),
    Hyperparameter(
      "frozen-after", .integer(0...Int.max), default: "never",
      "stop learning after this many episodes (a deployed, frozen policy)"),
    Hyperparameter(
      "rewards", .reals(-1e12...1e12, maximumCount: 1000), default: "none",
      "the reward sequence of a returns demo"),
  ]

  /// The common setting named `name`.
  public static func setting(_ name: String) -> Hyperparameter? {
    all.first { $0.name == name }
  }
}
