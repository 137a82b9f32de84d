/// The parameters a presenter nudges on a demo slide, and the values they step through.
public enum Nudge: String, CaseIterable, Hashable, Sendable {
  case gamma, epsilon, alpha

  /// The Greek letter shown on screen.
  public var symbol: String {
    switch self {
    case .gamma: "γ"
    case .epsilon: "ε"
    case .alpha: "α"
    }
  }

  /// The values a nudge moves between, in order: the ones worth comparing in class.
  public var ladder: [Double] {
    switch self {
    case .gamma: [0, 0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 1]
    case .epsilon: [0, 0.01, 0.05, 0.1, 0.2, 0.3, 0.5, 1]
    case .alpha: [0.001, 0.003, 0.01, 0.03, 0.05, 0.1, 0.2, 0.3, 0.5, 0.8, 1]
    }
  }

  /// The next value of the ladder above (or below) `current`; `nil` at the end.
  public func nudged(_ current: Double, up: Bool) -> Double? {
    up
      ? ladder.first { $0 > current + 1e-12 }
      : ladder.last { $0 < current - 1e-12 }
  }

  /// The statement on screen: `γ 0.9 → 0.99`.
  public func change(from old: String, to new: String) -> String {
    "\(symbol) \(old) → \(new)"
  }
}
