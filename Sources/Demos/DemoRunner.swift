import Dispatch
public import Lessons
import Synchronization

/// Runs `rl` blocks: validates each against the registry, trains its agents
/// and turns what they learned into ``Output`` values.
///
/// The same block, seed and version always give the same result: all
/// randomness comes from generators seeded by the block.
public struct DemoRunner: Sendable {
  /// How blocks are checked (limits, `--set` overrides, `--seed`).
  public var validator: DemoValidator

  /// A runner with a validator.
  public init(validator: DemoValidator = DemoValidator()) {
    self.validator = validator
  }

  /// Validates and runs one block; a block with errors returns them instead of outputs.
  public func run(_ spec: DemoSpec) -> DemoResult {
    let outcome = validator.validate(spec)
    guard let plan = outcome.plan else { return .failed(outcome.diagnostics) }
    var result = run(plan)
    result.diagnostics = outcome.diagnostics + result.diagnostics
    return result
  }

  /// Runs every demo of a lesson, across cores; results are in the lesson's order.
  ///
  /// `overriding` limits `--set` and `--seed` to the demo with that index (from 0).
  public func run(_ lesson: Lesson, onlyOverriding index: Int? = nil) -> [DemoResult] {
    let demos = lesson.demos
    let results = Mutex<[DemoResult?]>(Array(repeating: nil, count: demos.count))
    DispatchQueue.concurrentPerform(iterations: demos.count) { position in
      var runner = self
      if let index, index != position {
        runner.validator.overrides = []
        runner.validator.seed = nil
      }
      let result = runner.run(demos[position])
      results.withLock { $0[position] = result }
    }
    return results.withLock { $0.map { $0! } }
  }

  /// Trains the plan's agents and builds its views.
  public func run(_ plan: DemoPlan) -> DemoResult {
    guard let world = plan.world else {
      return DemoResult(outputs: ReturnsView.outputs(plan), provenance: plan.provenance)
    }
    let trainer = AgentTrainer(plan: plan, world: world)
    let agents = plan.agents.map(trainer.train)
    let context = ViewContext(plan: plan, world: world, agents: agents)
    var outputs: [Output] = []
    for view in plan.views {
      let made = self.outputs(of: view, context: context)
      outputs +=
        made.isEmpty ? [.message("\(view.rawValue): nothing to show for these agents.")] : made
    }
    return DemoResult(outputs: outputs, provenance: plan.provenance)
  }

  private func outputs(of view: ViewEntry.Name, context: ViewContext) -> [Output] {
    switch view {
    case .qTable: QTableView.outputs(context)
    case .policyTable: PolicyTableView.outputs(context)
    case .qVsPolicy: QVsPolicyView.outputs(context)
    case .valueGrid: GridViews.valueGrids(context)
    case .policyArrows: GridViews.arrowGrids(context)
    case .learningCurve: LearningCurveView.outputs(context)
    case .trace: TraceView.outputs(context)
    case .rollout: RolloutView.outputs(context)
    case .returns: ReturnsView.outputs(context.plan)
    }
  }
}
