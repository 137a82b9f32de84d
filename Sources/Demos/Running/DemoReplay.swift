public import Lessons

/// One frame of a demo's training replayed: its views after some of its episodes.
public struct ReplayFrame: Sendable {
  /// The episodes trained so far.
  public var episodes: Int
  /// The episodes the demo trains in all.
  public var totalEpisodes: Int
  /// The views after ``episodes`` episodes, with a learning curve.
  public var result: DemoResult
}

/// Why a demo's training cannot be replayed.
public enum ReplayProblem: Error, Sendable, CustomStringConvertible {
  /// The block has errors.
  case invalid(Diagnostic)
  /// The demo learns nothing episode by episode (an exact method, a random agent, `returns`).
  case nothingToReplay(String)

  public var description: String {
    switch self {
    case .invalid(let diagnostic): diagnostic.message
    case .nothingToReplay(let reason): reason
    }
  }
}

extension DemoRunner {
  /// Replays a demo's training (`w` in `rlbook step`): its views, plus a learning
  /// curve, after more and more of its episodes, handing each frame to `onFrame`
  /// until the last or until `onFrame` returns `false`.
  ///
  /// Each frame is the demo trained for that many episodes with the same seed,
  /// which is exactly the full run stopped there: every random draw comes from
  /// the same generator in the same order. Frames go through the cache, so a
  /// second replay is instant. Network agents get fewer frames than `frames`,
  /// as each frame trains again from the start.
  public func replay(
    _ spec: DemoSpec, frames: Int = 30, onFrame: (ReplayFrame) -> Bool
  ) throws(ReplayProblem) {
    let outcome = validator.validate(spec)
    guard let plan = outcome.plan else {
      throw .invalid(outcome.diagnostics.first { $0.severity == .error }!)
    }
    let learners = plan.agents.filter { $0.family != .exact && $0.family != .random }
    guard plan.world != nil, !learners.isEmpty, plan.episodes > 1 else {
      throw .nothingToReplay(
        "this demo learns nothing episode by episode, so there is no training to replay")
    }
    let usesNetworks = learners.contains { $0.family == .policyGradient || $0.family == .deepQ }
    for episodes in Self.replayEpisodes(
      plan.episodes, frames: usesNetworks ? min(frames, 12) : frames)
    {
      let result = cachedRun(plan.replaying(episodes: episodes), index: 0).result
      let frame = ReplayFrame(episodes: episodes, totalEpisodes: plan.episodes, result: result)
      guard onFrame(frame) else { return }
    }
  }

  /// `frames` episode counts spread evenly up to `total`, the last being `total`.
  static func replayEpisodes(_ total: Int, frames: Int) -> [Int] {
    let count = max(1, min(frames, total))
    var counts: [Int] = []
    for frame in 1...count {
      let episodes = (total * frame + count / 2) / count
      if episodes > (counts.last ?? 0) { counts.append(episodes) }
    }
    return counts
  }
}

extension DemoPlan {
  /// This plan trained for `episodes` episodes, with a learning curve among its views.
  func replaying(episodes: Int) -> DemoPlan {
    var provenance = self.provenance
    if let index = provenance.settings.firstIndex(where: { $0.key == "episodes" }) {
      provenance.settings[index].value = String(episodes)
    } else {
      provenance.settings.insert(Provenance.Item("episodes", String(episodes)), at: 0)
    }
    let views = self.views.contains(.learningCurve) ? self.views : self.views + [.learningCurve]
    return DemoPlan(
      environment: environment, agents: agents, variants: variants, views: views,
      settings: settings, episodes: episodes, maximumSteps: maximumSteps, stepLimit: stepLimit,
      runs: runs, seed: seed, traceLength: traceLength, probes: probes, provenance: provenance,
      range: range, world: world)
  }
}
