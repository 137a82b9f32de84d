/// What running one `rl` block produced: its outputs, where they came from, and any problems.
public struct DemoResult: Hashable, Sendable {
  /// The outputs, in the order the block's `show` asked for them.
  public var outputs: [Output]
  /// What produced them; `nil` when the demo could not run.
  public var provenance: Provenance?
  /// Problems found validating or running the block (reading problems are the
  /// spec's own); an error means it did not run, and is shown in its place.
  public var diagnostics: [Diagnostic]
  /// The numbers expressions can read; empty for a demo that did not run.
  public var values: DemoValues

  /// Creates a result.
  public init(
    outputs: [Output], provenance: Provenance?, diagnostics: [Diagnostic] = [],
    values: DemoValues = DemoValues()
  ) {
    self.outputs = outputs
    self.provenance = provenance
    self.diagnostics = diagnostics
    self.values = values
  }

  /// A demo that could not run.
  public static func failed(_ diagnostics: [Diagnostic]) -> DemoResult {
    DemoResult(outputs: [], provenance: nil, diagnostics: diagnostics)
  }

  /// Whether the demo ran.
  public var didRun: Bool { provenance != nil }
}

/// Where a demo's outputs came from: everything that determines them.
public struct Provenance: Hashable, Sendable, Codable {
  /// One setting in effect.
  public struct Item: Hashable, Sendable, Codable {
    /// The key, as a lesson writes it (`gamma`).
    public var key: String
    /// The value, as a lesson would write it (`0.95`).
    public var value: String
    /// The agent it is a setting of, when several agents do not share it.
    public var agent: String?

    /// Creates an item.
    public init(_ key: String, _ value: String, agent: String? = nil) {
      self.key = key
      self.value = value
      self.agent = agent
    }
  }

  /// The environment, if the demo has one.
  public var environment: String?
  /// The agents, in the block's order.
  public var agents: [String]
  /// Every setting in effect, defaults included, in a stable order.
  public var settings: [Item]

  /// Creates a provenance.
  public init(environment: String?, agents: [String], settings: [Item]) {
    self.environment = environment
    self.agents = agents
    self.settings = settings
  }

  /// The value of a setting, if it is in effect.
  public subscript(key: String) -> String? {
    settings.first { $0.key == key }?.value
  }
}
