import Dispatch
public import Lessons
import Synchronization

/// A demo's claims checked on several seeds: on how many each holds, and where it fails.
public struct ClaimTally: Hashable, Sendable {
  /// The claim.
  public var claim: ClaimChecker.Claim
  /// The seeds tried, in order; the first is the lesson's own.
  public var seeds: [Int]
  /// The seeds it held on.
  public var holding: [Int]
  /// The seeds it failed on, each with the values it compared there.
  public var failing: [(seed: Int, readings: String)]
  /// Why it could not be evaluated, if it could not (on the lesson's own seed).
  public var invalid: Diagnostic?

  /// What the tally says: nothing when the claim holds on every seed; an error when
  /// it fails on the lesson's own seed or holds on fewer than `required` seeds; else
  /// a warning. Both name the seeds it fails on and the values it compared.
  public func diagnostic(requiring required: Int) -> Diagnostic? {
    if let invalid { return invalid }
    guard let first = failing.first else { return nil }
    let failed = failing.map { String($0.seed) }.joined(separator: ", ")
    let message =
      "\(claim.title) holds on \(holding.count) of \(seeds.count) seeds; it fails on "
      + "seed\(failing.count == 1 ? "" : "s") \(failed)"
      + (first.readings.isEmpty ? "" : " (seed \(first.seed): \(first.readings))")
    let hint =
      holdsOnOwnSeed
      ? "a story that holds only for some seeds: train longer, average `runs:`, or claim less"
      : "it is false on the lesson's own seed \(seeds[0]), so the lesson says something its output does not"
    return !holdsOnOwnSeed || holding.count < required
      ? .error(message, hint: hint, at: claim.wholeRange)
      : .warning(message, hint: hint, at: claim.wholeRange)
  }

  /// Whether it held on the lesson's own seed.
  public var holdsOnOwnSeed: Bool { holding.first == seeds.first }

  public static func == (lhs: ClaimTally, rhs: ClaimTally) -> Bool {
    lhs.claim == rhs.claim && lhs.seeds == rhs.seeds && lhs.holding == rhs.holding
      && lhs.failing.map(\.seed) == rhs.failing.map(\.seed) && lhs.invalid == rhs.invalid
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(claim)
    hasher.combine(seeds)
  }
}

/// Retrains a demo that has claims with more seeds and tallies its claims.
public enum ClaimSweep {
  /// The seeds a sweep of `count` uses for a demo run with `seed` and `runs`: the
  /// k-th is seed + k × runs, so that a `runs:` demo's seed sets never overlap.
  public static func seeds(count: Int, seed: Int, runs: Int) -> [Int] {
    (0..<max(1, count)).map { seed + $0 * max(1, runs) }
  }

  /// Each claim of `spec` on `count` seeds, `ownResult` being the run on the
  /// lesson's own seed; the other runs use both cores and the runner's cache.
  /// Demos without claims are not rerun.
  public static func tallies(
    for spec: DemoSpec, runner: DemoRunner, ownResult: DemoResult, count: Int
  ) -> [ClaimTally] {
    let claims = ClaimChecker.claims(of: spec).claims
    guard !claims.isEmpty, let provenance = ownResult.provenance else { return [] }
    // A demo whose provenance has no seed draws nothing at random (an exact
    // method, a returns demo): every seed gives the lesson's own result.
    let isRandom = provenance["seed"] != nil
    let seeds = seeds(
      count: count,
      seed: runner.validator.seed ?? Int(provenance["seed"] ?? spec["seed"]?.value.text ?? "") ?? 0,
      runs: Int(provenance["runs"] ?? "") ?? 1)
    let results = Mutex<[DemoResult?]>(
      Array(repeating: isRandom ? nil : ownResult, count: seeds.count))
    results.withLock { $0[0] = ownResult }
    DispatchQueue.concurrentPerform(iterations: isRandom ? seeds.count - 1 : 0) { offset in
      var seeded = runner
      seeded.validator.seed = seeds[offset + 1]
      let result = seeded.run(spec)
      results.withLock { $0[offset + 1] = result }
    }
    let outcomes = results.withLock { $0 }.map { result in
      result.map { ClaimChecker.outcomes(for: spec, result: $0).map(\.1) } ?? []
    }
    return claims.indices.map { index in
      var tally = ClaimTally(
        claim: claims[index], seeds: seeds, holding: [], failing: [], invalid: nil)
      for (seed, perSeed) in zip(seeds, outcomes) where perSeed.indices.contains(index) {
        switch perSeed[index] {
        case .holds: tally.holding.append(seed)
        case .fails(let readings): tally.failing.append((seed, readings))
        case .invalid(let diagnostic): tally.invalid = tally.invalid ?? diagnostic
        }
      }
      return tally
    }
  }
}
