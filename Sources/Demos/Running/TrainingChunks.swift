import RLCore
import RLEnvironments

/// A record of training that carries an episode log.
protocol LoggedRecord {
  var log: EpisodeLog { get }
  /// The number of steps traced.
  var traceCount: Int { get }
  /// Renumbers the episodes of traces and snapshots, which count from the start of a chunk.
  mutating func shiftEpisodes(by offset: Int)
}

extension TrainingRecord: LoggedRecord {
  var traceCount: Int { trace.count }

  mutating func shiftEpisodes(by offset: Int) {
    for index in trace.indices { trace[index].episode += offset }
    for index in snapshots.indices { snapshots[index].episode += offset }
  }
}

extension PolicyTrainingRecord: LoggedRecord {
  var traceCount: Int { trace.count }

  mutating func shiftEpisodes(by offset: Int) {
    for index in trace.indices { trace[index].episode += offset }
  }
}

/// A piece of training: some episodes on one level, after which progress is reported.
///
/// Agents keep all their state between calls to `train`, and the generator is
/// shared, so training in chunks gives exactly what one call would.
struct TrainingChunk {
  /// The episodes, counted from the start of the run.
  let episodes: Range<Int>
  /// The level played, for tabular environments.
  let environment: TabularEnvironment?

  /// A feature environment for network agents.
  func featureEnvironment(of world: DemoWorld) -> any FeatureEnvironment {
    if let environment { return OneHotEnvironment(environment) }
    if case .control(let task) = world.body { return task.makeEnvironment() }
    preconditionFailure("\(world.entry.name) has no feature environment")
  }
}

extension AgentTrainer {
  /// The run's chunks: each level's episodes, split so that there are about ``chunkCount``.
  var chunks: [TrainingChunk] {
    let size = max(1, (plan.episodes + chunkCount - 1) / chunkCount)
    let segments: [(episodes: Range<Int>, environment: TabularEnvironment?)] =
      world.tabular == nil
      ? [(0..<plan.episodes, nil)]
      : world.segments(episodes: plan.episodes).map { ($0.episodes, $0.environment) }
    return segments.flatMap { segment in
      stride(from: segment.episodes.lowerBound, to: segment.episodes.upperBound, by: size).map {
        TrainingChunk(
          episodes: $0..<min($0 + size, segment.episodes.upperBound),
          environment: segment.environment)
      }
    }
  }

  /// Trains chunk by chunk: `body` gets the chunk, its options and the steps left.
  ///
  /// Stops early when a chunk trains fewer episodes than asked (the step
  /// budget ran out); reports progress after every chunk.
  func drive<Record: LoggedRecord>(
    _ agent: String, run: Int, _ body: (TrainingChunk, TrainingOptions, Int) -> Record
  ) -> [Record] {
    var records: [Record] = []
    var used = 0
    var traced = 0
    let budget = plan.maximumSteps ?? plan.stepLimit
    for chunk in chunks {
      let remaining = budget - used
      guard remaining > 0 else { break }
      var options = options(run: run).shifted(by: chunk.episodes.lowerBound)
      options.traceSteps = max(0, options.traceSteps - traced)
      var record = body(chunk, options, remaining)
      record.shiftEpisodes(by: chunk.episodes.lowerBound)
      records.append(record)
      used += record.log.totalSteps
      traced += record.traceCount
      let log = record.log
      let isCut = log.count < chunk.episodes.count
      progress?(
        TrainingProgress(
          agent: agent, run: run, runs: runCount,
          episodesDone: chunk.episodes.lowerBound + log.count, episodes: plan.episodes,
          recentReturn: log.count > 0 ? log.returns.reduce(0, +) / Double(log.count) : nil,
          stepsDone: used, stepBudget: plan.maximumSteps,
          isRunDone: isCut || chunk.episodes.upperBound == plan.episodes))
      if isCut { break }
    }
    return records
  }

  /// Tabular training, chunk by chunk, merged into one record.
  func driveTabular(
    _ agent: String, run: Int,
    _ body: (TabularEnvironment, Int, TrainingOptions, Int) -> TrainingRecord
  ) -> TrainingRecord {
    var total = TrainingRecord()
    let records = drive(agent, run: run) { chunk, options, remaining in
      body(chunk.environment!, chunk.episodes.count, options, remaining)
    }
    for record in records {
      total.log.returns += record.log.returns
      total.log.lengths += record.log.lengths
      total.trace += record.trace
      total.snapshots += record.snapshots
    }
    return total
  }
}
