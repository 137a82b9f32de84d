import RLCore

/// How one agent trains on a world: the extension point for agents.
///
/// Each agent is one adapter in its own file under `Agents/`, registered by an
/// ``AgentEntry`` that names it and lists its settings; ``Registry/agents``
/// lists the entries. Nothing else matches on agent names.
protocol AgentAdapter: Sendable {
  /// What one of its updates computes, for `trace` tables and `t`'s step cards.
  var update: UpdateRule? { get }

  /// The default of a setting that the world decides (no hidden layer on a table),
  /// or `nil` to use the declared default.
  func derivedDefault(of parameter: Hyperparameter, on world: DemoWorld) -> SettingValue?

  /// Trains one run.
  func train(_ run: AgentRun) -> TrainedAgent
}

extension AgentAdapter {
  var update: UpdateRule? { nil }

  func derivedDefault(of parameter: Hyperparameter, on world: DemoWorld) -> SettingValue? { nil }
}
