/// A state a table shows: a state of a tabular environment, or a vector of features.
public struct Probe: Hashable, Sendable {
  /// How the state is given.
  public enum Kind: Hashable, Sendable {
    /// A state index of a tabular environment.
    case state(Int)
    /// The features of a continuous state (CartPole's x, ẋ, θ, θ̇).
    case features([Double])
  }

  /// How the state is named in a table (`start`, `12`, `[0, 0, 0.05, 0]`).
  public var label: String
  /// The state.
  public var kind: Kind
  /// The name a block gave it (`state: {leaning-right: [0, 0, 0.1, 0]}`), by
  /// which expressions read it: `q(leaning-right, right)`.
  public var name: String?

  /// Creates a probe.
  public init(label: String, kind: Kind, name: String? = nil) {
    self.label = label
    self.kind = kind
    self.name = name
  }

  /// The state index, for tabular environments.
  public var state: Int? {
    if case .state(let state) = kind { return state }
    return nil
  }
}
