/// The numbers a demo's results expose to expressions (inline values and claims):
/// what each agent learned, state by state, its learning curve and greedy path.
///
/// Computed with the outputs and cached with them, so evaluating an expression
/// never trains anything.
public struct DemoValues: Hashable, Sendable, Codable {
  /// What one agent learned.
  public struct Agent: Hashable, Sendable, Codable {
    /// How the demo names it (`q-learning`, or `q-learning (epsilon 0.1)` in a sweep).
    public var name: String
    /// The agent it is (`q-learning`), which several variants of a sweep share.
    public var kind: String
    /// In a sweep, the setting it is the variant for, and that setting's value as
    /// written (`epsilon`, `0.1`; `frozen-after`, `never`).
    public var sweep: Sweep?
    /// Q(s,·) by state (in ``DemoValues/states`` order), if it learns Q.
    public var q: [[Double]]?
    /// π(·∣s) by state, if it has a policy (a continuous one's mean and deviation).
    public var pi: [[Double]]?
    /// V(s) by state, if it has values (terminal states 0).
    public var v: [Double]?
    /// The learning curve's metric per episode, the mean over runs.
    public var curve: [Double]?
    /// With `runs:` above 1, the standard deviation of the curve's metric across
    /// runs, episode by episode.
    public var band: [Double]?
    /// The RMS error of V after each episode, the mean over runs (prediction agents).
    public var rms: [Double]?
    /// The greedy rollout, if the demo shows one.
    public var path: Path?

    /// An agent's values.
    public init(
      name: String, kind: String? = nil, sweep: Sweep? = nil, q: [[Double]]? = nil,
      pi: [[Double]]? = nil, v: [Double]? = nil,
      curve: [Double]? = nil, band: [Double]? = nil, rms: [Double]? = nil, path: Path? = nil
    ) {
      self.name = name
      self.kind = kind ?? name
      self.sweep = sweep
      self.q = q
      self.pi = pi
      self.v = v
      self.curve = curve
      self.band = band
      self.rms = rms
      self.path = path
    }
  }

  /// One value of a swept setting: expressions pick the variant as
  /// `epsilon(0.1)` or `q-learning.frozen-after(never)`.
  public struct Sweep: Hashable, Sendable, Codable {
    /// The setting (`epsilon`).
    public var key: String
    /// Its value, as a block writes it (`0.1`, `never`).
    public var value: String

    /// A swept value.
    public init(key: String, value: String) {
      self.key = key
      self.value = value
    }
  }

  /// A greedy episode: the states it passed (indices into ``DemoValues/states``),
  /// its length and its return.
  public struct Path: Hashable, Sendable, Codable {
    /// The states visited, the start first.
    public var states: [Int]
    /// The steps taken.
    public var length: Int
    /// The return (undiscounted sum of rewards).
    public var total: Double

    /// A path.
    public init(states: [Int], length: Int, total: Double) {
      self.states = states
      self.length = length
      self.total = total
    }
  }

  /// The states values are given for, as views label them.
  public var states: [String]
  /// Every name a state answers to (`start`, `36`, `goal`), with its index in ``states``.
  public var stateNames: [String: Int]
  /// The action names, in order.
  public var actions: [String]
  /// The agents, in the demo's order.
  public var agents: [Agent]
  /// A returns demo's discounted return G₀ for each γ, as `(γ, G₀)` pairs.
  public var returns: [[Double]]

  /// Values.
  public init(
    states: [String] = [], stateNames: [String: Int] = [:], actions: [String] = [],
    agents: [Agent] = [], returns: [[Double]] = []
  ) {
    self.states = states
    self.stateNames = stateNames
    self.actions = actions
    self.agents = agents
    self.returns = returns
  }
}
