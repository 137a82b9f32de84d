import Dispatch
public import Lessons
import RLCore
import Synchronization

/// Runs `rl` blocks: validates each against the registry, trains its agents
/// and turns what they learned into ``Output`` values.
///
/// The same block, seed and version always give the same result: all
/// randomness comes from generators seeded by the block, and a cached result
/// is the same value as a fresh one.
public struct DemoRunner: Sendable {
  /// How blocks are checked (limits, `--set` overrides, `--seed`).
  public var validator: DemoValidator
  /// Where results are kept between runs; `nil` trains every time.
  public var cache: ResultCache?
  /// Told how each demo's training goes (the demo's index in its lesson, from 0).
  public var progress: (@Sendable (Int, TrainingProgress) -> Void)?
  /// How many chunks a run is split into for progress reports (results do not depend on it).
  var chunkCount = 20
  /// Whether cached results are used; when `false` every demo trains (its result
  /// is still stored), as `rlbook present` trains in front of the room.
  public var readsCache = true

  /// A runner with a validator, and optionally a cache and a progress sink.
  public init(
    validator: DemoValidator = DemoValidator(), cache: ResultCache? = nil,
    progress: (@Sendable (Int, TrainingProgress) -> Void)? = nil
  ) {
    self.validator = validator
    self.cache = cache
    self.progress = progress
  }

  /// Validates and runs one block; a block with errors returns them instead of outputs.
  public func run(_ spec: DemoSpec) -> DemoResult {
    timedRun(spec, index: 0).result
  }

  /// Like ``run(_:)``, with how long the demo took and whether it was cached.
  public func timedRun(_ spec: DemoSpec) -> DemoRun {
    timedRun(spec, index: 0)
  }

  /// Runs every demo of a lesson, across cores; results are in the lesson's order.
  ///
  /// `onlyOverriding` limits `--set` and `--seed` to the demo with that index (from 0).
  public func run(_ lesson: Lesson, onlyOverriding index: Int? = nil) -> [DemoResult] {
    timedRuns(lesson, onlyOverriding: index).map(\.result)
  }

  /// Like ``run(_:onlyOverriding:)``, with how long each demo took and whether it was cached.
  public func timedRuns(_ lesson: Lesson, onlyOverriding index: Int? = nil) -> [DemoRun] {
    let demos = lesson.demos
    let runs = Mutex<[DemoRun?]>(Array(repeating: nil, count: demos.count))
    DispatchQueue.concurrentPerform(iterations: demos.count) { position in
      let runner = self.runner(forDemo: position, onlyOverriding: index)
      let run = runner.timedRun(demos[position], index: position)
      runs.withLock { $0[position] = run }
    }
    return runs.withLock { $0.map { $0! } }
  }

  /// This runner for the demo at `position`: without `--set` and `--seed` when they
  /// apply only to the demo at `index`, and this is another.
  public func runner(forDemo position: Int, onlyOverriding index: Int?) -> DemoRunner {
    var runner = self
    if let index, index != position {
      runner.validator.overrides = []
      runner.validator.seed = nil
    }
    return runner
  }

  private func timedRun(_ spec: DemoSpec, index: Int) -> DemoRun {
    let start = ContinuousClock.now
    let outcome = validator.validate(spec)
    guard let plan = outcome.plan else {
      return DemoRun(result: .failed(outcome.diagnostics), seconds: 0, isCached: false)
    }
    var run = cachedRun(plan, index: index)
    run.result.diagnostics = outcome.diagnostics + run.result.diagnostics
    if !validator.overrides.isEmpty || validator.seed != nil {
      let own = DemoValidator(limits: validator.limits).validate(spec).plan
      run.result.outputs += ClaimBreakNote.notes(
        for: spec, result: run.result, plan: plan, own: own)
    }
    run.seconds = Self.seconds(since: start)
    return run
  }

  /// The cached result of a block, if there is one; nothing is trained.
  public func cachedResult(_ spec: DemoSpec) -> DemoResult? {
    guard let plan = validator.validate(spec).plan, let cache else { return nil }
    return cache.result(forKey: cache.key(for: plan))
  }

  /// A plan's result from the cache, else trained (and then cached).
  func cachedRun(_ plan: DemoPlan, index: Int) -> DemoRun {
    let key = cache?.key(for: plan)
    var setAside: String?
    if readsCache, let cache, let key {
      switch cache.lookup(key) {
      case .hit(let cached): return DemoRun(result: cached, seconds: 0, isCached: true)
      case .miss: break
      case .setAside(let reason): setAside = reason
      }
    }
    let result = run(plan, index: index)
    if let cache, let key { cache.store(result, forKey: key) }
    return DemoRun(result: result, seconds: 0, isCached: false, setAsideEntry: setAside)
  }

  private static func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
  }

  /// Trains the plan's agents and builds its views.
  public func run(_ plan: DemoPlan) -> DemoResult {
    run(plan, index: 0)
  }

  private func run(_ plan: DemoPlan, index: Int) -> DemoResult {
    guard let world = plan.world else {
      return DemoResult(
        outputs: ReturnsView.outputs(plan), provenance: plan.provenance,
        values: DemoValues(returns: ReturnsView.returns(plan).map { [$0.gamma, $0.value] }))
    }
    var trainer = AgentTrainer(plan: plan, world: world, settings: plan.settings)
    trainer.chunkCount = chunkCount
    if let progress { trainer.progress = { progress(index, $0) } }
    let agents = plan.variants.map(trainer.train)
    let context = ViewContext(plan: plan, world: world, agents: agents)
    var outputs: [Output] = []
    if plan.maximumSteps == nil,
      let short = agents.first(where: { $0.logs.contains { $0.count < plan.episodes } })
    {
      let done = short.logs.map(\.count).min() ?? 0
      outputs.append(
        .message(
          "\(short.label) stopped after \(done) of \(plan.episodes) episodes: a run may take at most \(grouped(plan.stepLimit)) steps. Give `steps` to set the budget yourself."
        ))
    }
    for view in plan.views {
      let made = view.adapter.outputs(context)
      outputs +=
        made.isEmpty ? [.message("\(view.name): nothing to show for these agents.")] : made
    }
    return DemoResult(
      outputs: outputs, provenance: plan.provenance,
      values: DemoValuesBuilder.values(context))
  }
}

/// One demo's result with the volatile facts about it, which default output never shows.
public struct DemoRun: Sendable {
  /// The result.
  public var result: DemoResult
  /// Wall time spent validating and training (or reading the cache), in seconds.
  public var seconds: Double
  /// Whether the result came from the cache.
  public var isCached: Bool
  /// Why a damaged cache entry for the demo was set aside (and the demo trained), if one was.
  public var setAsideEntry: String? = nil
}
