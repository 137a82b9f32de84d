/// A documented setting of an agent or environment: its name, default, valid range and meaning.
///
/// The declaration is the one place a default is written: the agent or
/// environment trains with it, `rlbook agents` and `rlbook envs` print it, and
/// the provenance line and the cache key are built from it.
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
    /// Rows of characters (a drawn map): a block (`|`) or a list of texts, described by `form`.
    case rows(form: String)
    /// Single characters, each given a number in a range (`{"+": 10, "-": -10}`).
    case legend(ClosedRange<Double>)
  }

  /// What a setting is when a block does not give it.
  public enum Default: Hashable, Sendable {
    /// This value.
    case value(SettingValue)
    /// Worked out from the environment or the rest of the block, as the words say
    /// (`4 × level length`); the code that works it out is next to the code that uses it.
    case derived(String)
    /// Nothing: the setting is off unless given (`levels`).
    case absent(String)
  }

  /// The key in an `rl` block (`gamma`).
  public let name: String
  /// What values it takes.
  public let kind: Kind
  /// The default.
  public let defaultSetting: Default
  /// One line on what it does.
  public let summary: String

  /// Creates a documented setting whose default is a value.
  public init(_ name: String, _ kind: Kind, default value: SettingValue, _ summary: String) {
    self.init(name, kind, default: .value(value), summary)
  }

  /// Creates a documented setting.
  public init(_ name: String, _ kind: Kind, default defaultSetting: Default, _ summary: String) {
    self.name = name
    self.kind = kind
    self.defaultSetting = defaultSetting
    self.summary = summary
  }

  /// The default as `rlbook agents` prints it (`0.99`, `[32]`, `sample average`).
  public var defaultValue: String {
    switch defaultSetting {
    case .value(let value): value.written
    case .derived(let words), .absent(let words): words
    }
  }

  /// The default value, if it is one.
  public var value: SettingValue? {
    if case .value(let value) = defaultSetting { return value }
    return nil
  }

  /// The default, for a setting whose default is a real number.
  public var real: Double { fixed(value?.real) }
  /// The default, for a setting whose default is a whole number.
  public var integer: Int { fixed(value?.integer) }
  /// The default, for a flag.
  public var flag: Bool { fixed(value?.flag) }
  /// The default, for a choice or a text.
  public var text: String { fixed(value?.text) }
  /// The default, for a list of whole numbers.
  public var integers: [Int] {
    if case .integers(let values) = value { return values }
    return fixed(nil)
  }

  /// The default, for a choice named by an enumeration's raw values.
  public func choice<Choice: RawRepresentable>(_ type: Choice.Type = Choice.self) -> Choice
  where Choice.RawValue == String {
    fixed(value?.text.flatMap(Choice.init(rawValue:)))
  }

  /// The default of the right type; anything else is a mistake in a declaration,
  /// which the registry's tests find.
  private func fixed<Value>(_ value: Value?) -> Value {
    guard let value else {
      preconditionFailure("\(name)'s default, \(defaultValue), is not a value of its kind")
    }
    return value
  }
}
