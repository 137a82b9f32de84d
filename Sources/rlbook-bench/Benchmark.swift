import RLCore

/// One measured workload: what it did, how much, and how long it took.
struct Measurement {
  var name: String
  var work: Double
  var unit: String
  var seconds: Double
  /// For a bare reference loop: the name of the workload it is the floor for.
  var floorOf: String? = nil

  /// Work per second.
  var rate: Double { work / seconds }
}

/// Times a workload with the monotonic clock.
func measure(_ name: String, unit: String, _ body: () -> Double) -> Measurement {
  let clock = ContinuousClock()
  var work = 0.0
  let elapsed = clock.measure { work = body() }
  let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
  return Measurement(name: name, work: work, unit: unit, seconds: seconds)
}

/// Keeps a value alive so the optimiser cannot delete the work that made it.
@inline(never)
func blackHole<T>(_ value: T) {
  withExtendedLifetime(value) {}
}
