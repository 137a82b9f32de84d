/// A documented setting of an agent or environment: its name, default, valid range and meaning.
///
/// The demos layer validates `rl` blocks against these; `rlbook agents` lists them.
public struct Hyperparameter: Hashable, Sendable {
  /// The kinds of value a setting takes.
  public enum Kind: Hashable, Sendable {
    /// A real number in a closed range.
    case real(ClosedRange<Double>)
    /// A whole number in a closed range.
    case integer(ClosedRange<Int>)
    /// True or false.
    case flag
    /// A list of whole numbers, each in a range (layer sizes).
    case integers(ClosedRange<Int>, maximumCount: Int)
    /// One of a fixed set of words.
    case choice([String])
    /// Free text that the environment checks itself (a level, a map), described by `form`.
    case text(form: String)
    /// A list of texts that the environment checks itself (levels).
    case texts(form: String)
    /// A list of real numbers, each in a range (a reward sequence).
    case reals(ClosedRange<Double>, maximumCount: Int)
  }

  /// The key in an `rl` block (`gamma`).
  public let name: String
  /// What values it takes.
  public let kind: Kind
  /// The default, as it would be written in an `rl` block (`0.99`).
  public let defaultValue: String
  /// One line on what it does.
  public let summary: String

  /// Creates a documented setting.
  public init(_ name: String, _ kind: Kind, default defaultValue: String, _ summary: String) {
    self.name = name
    self.kind = kind
    self.defaultValue = defaultValue
    self.summary = summary
  }
}
