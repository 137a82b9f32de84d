public import Lessons
public import MarkdownSyntax
public import RLCore

/// The settings a demo block gives, typed and checked, with where each was written.
public struct DemoSettings: Hashable, Sendable {
  /// The values, by key.
  public private(set) var values: [String: SettingValue] = [:]
  /// Where each value was written (the block's fence for command-line overrides).
  public private(set) var ranges: [String: SourceRange] = [:]

  /// A setting given as a list of values to compare: one line per value.
  public struct Sweep: Hashable, Sendable {
    /// The key (`epsilon`, `frozen-after`).
    public var key: String
    /// The values; `nil` is `never` (for `frozen-after`).
    public var values: [SettingValue?]

    /// The values as a lesson writes them: `[0, 0.1]`, `[500, never]`.
    public var written: String {
      "[" + values.map { $0?.written ?? "never" }.joined(separator: ", ") + "]"
    }
  }

  /// The setting compared across values, if any.
  public private(set) var sweep: Sweep?

  /// No settings.
  public init() {}

  /// Compares `values` of `key`, written at `range`.
  public mutating func setSweep(_ key: String, _ values: [SettingValue?], at range: SourceRange) {
    sweep = Sweep(key: key, values: values)
    ranges[key] = range
  }

  /// These settings with `key` set to one value of a sweep (`nil` removes it).
  public func with(_ key: String, _ value: SettingValue?) -> DemoSettings {
    var copy = self
    copy.values[key] = value
    return copy
  }

  /// The YAML each value was read from, for checks that point inside it (a map's
  /// characters, a legend's entries).
  public private(set) var sources: [String: YAMLValue] = [:]

  /// Sets a value written at `range`.
  public mutating func set(_ key: String, _ value: SettingValue, at range: SourceRange) {
    values[key] = value
    ranges[key] = range
  }

  /// Sets a value read from `source`.
  public mutating func set(_ key: String, _ value: SettingValue, from source: YAMLValue) {
    set(key, value, at: source.range)
    sources[key] = source
  }

  /// Whether the block gives `key`.
  public func contains(_ key: String) -> Bool { values[key] != nil }

  /// A real number (whole numbers count).
  public func real(_ key: String) -> Double? { values[key]?.real }
  /// A whole number.
  public func integer(_ key: String) -> Int? { values[key]?.integer }
  /// A flag.
  public func flag(_ key: String) -> Bool? { values[key]?.flag }
  /// A word or text.
  public func text(_ key: String) -> String? { values[key]?.text }

  /// Texts; a single text counts as a list of one.
  public func texts(_ key: String) -> [String]? {
    switch values[key] {
    case .texts(let texts): texts
    case .text(let text): [text]
    default: nil
    }
  }

  /// Whole numbers (layer sizes).
  public func integers(_ key: String) -> [Int]? {
    if case .integers(let values) = values[key] { return values }
    return nil
  }

  /// Real numbers; a single number counts as a list of one.
  public func reals(_ key: String) -> [Double]? {
    switch values[key] {
    case .reals(let values): values
    case .real(let value): [value]
    case .integer(let value): [Double(value)]
    default: nil
    }
  }
}

extension DemoSettings {
  /// The value the block gives for `parameter`, if it gives one.
  public func given(_ parameter: Hyperparameter) -> SettingValue? { values[parameter.name] }

  /// The value in effect for `parameter`: the block's, else the declared default
  /// (`nil` for a default worked out from the rest of the block).
  public func value(_ parameter: Hyperparameter) -> SettingValue? {
    values[parameter.name] ?? parameter.value
  }

  /// The real number in effect for `parameter`.
  public func real(_ parameter: Hyperparameter) -> Double {
    values[parameter.name]?.real ?? parameter.real
  }

  /// The whole number in effect for `parameter`.
  public func integer(_ parameter: Hyperparameter) -> Int {
    values[parameter.name]?.integer ?? parameter.integer
  }

  /// The flag in effect for `parameter`.
  public func flag(_ parameter: Hyperparameter) -> Bool {
    values[parameter.name]?.flag ?? parameter.flag
  }

  /// The word or text in effect for `parameter`.
  public func text(_ parameter: Hyperparameter) -> String {
    values[parameter.name]?.text ?? parameter.text
  }

  /// The texts in effect for `parameter`.
  public func texts(_ parameter: Hyperparameter) -> [String] {
    values[parameter.name]?.texts ?? parameter.value?.texts ?? []
  }

  /// The legend in effect for `parameter`.
  public func legend(_ parameter: Hyperparameter) -> [LegendEntry] {
    if case .legend(let entries) = values[parameter.name] ?? parameter.value { return entries }
    return []
  }

  /// The real numbers in effect for `parameter`.
  public func reals(_ parameter: Hyperparameter) -> [Double] {
    reals(parameter.name) ?? parameter.value.flatMap { value in
      if case .reals(let numbers) = value { return numbers }
      return nil
    } ?? []
  }

  /// The whole numbers in effect for `parameter`.
  public func integers(_ parameter: Hyperparameter) -> [Int] {
    if case .integers(let given) = values[parameter.name] { return given }
    return parameter.integers
  }

  /// The choice in effect for `parameter`, as the enumeration whose raw values it lists.
  public func choice<Choice: RawRepresentable>(_ parameter: Hyperparameter) -> Choice
  where Choice.RawValue == String {
    values[parameter.name]?.text.flatMap(Choice.init(rawValue:)) ?? parameter.choice()
  }
}
