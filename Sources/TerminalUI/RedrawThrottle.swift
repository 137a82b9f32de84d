/// Decides when a screen that changes often is worth redrawing: not before a
/// delay has passed (quick work never flickers), then at most once per interval.
///
/// A value with no clock of its own, so that it is tested with made-up instants.
public struct RedrawThrottle: Sendable {
  /// How long after starting nothing is drawn.
  public let delay: Duration
  /// The least time between two draws.
  public let interval: Duration
  private let start: ContinuousClock.Instant
  private var lastDraw: ContinuousClock.Instant?

  /// A throttle started at `start`.
  public init(
    delay: Duration = .zero, interval: Duration, start: ContinuousClock.Instant = .now
  ) {
    self.delay = delay
    self.interval = interval
    self.start = start
  }

  /// Whether to draw at `now`; a `true` counts as a draw.
  public mutating func isDue(at now: ContinuousClock.Instant = .now) -> Bool {
    guard now - start >= delay else { return false }
    if let lastDraw, now - lastDraw < interval { return false }
    lastDraw = now
    return true
  }

  /// Whether anything was drawn yet.
  public var hasDrawn: Bool { lastDraw != nil }
}
