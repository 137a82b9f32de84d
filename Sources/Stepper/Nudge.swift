public import Lessons

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

  /// What a nudge does to a demo whose last run had `provenance`: the setting to
  /// change and its new value, or why there is none.
  ///
  /// α nudges a network agent's learning rate `lr` when the agent has no `alpha`.
  public func step(from provenance: Provenance?, up: Bool) -> Step {
    let key =
      self == .alpha && provenance?["alpha"] == nil && provenance?["lr"] != nil
      ? "lr" : rawValue
    guard let currentText = provenance?[key], let current = Double(currentText) else {
      return .impossible("this demo's agent has no \(symbol) (`\(key)`) to change")
    }
    guard let value = nudged(current, up: up) else {
      return .impossible(
        "\(symbol) is at its \(up ? "highest" : "lowest") step already: \(currentText)")
    }
    let valueText = value == value.rounded() ? String(Int(value)) : String(value)
    return .set(key: key, value: valueText, message: change(from: currentText, to: valueText))
  }

  /// The outcome of a nudge.
  public enum Step: Hashable, Sendable {
    /// Set `key` to `value` and say `message`.
    case set(key: String, value: String, message: String)
    /// Nothing to change, and why.
    case impossible(String)
  }
}
