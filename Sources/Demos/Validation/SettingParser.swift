import Lessons
import MarkdownSyntax
import RLCore

/// Reads a YAML value as a setting of a known kind, or says exactly what is wrong with it.
enum SettingParser {
  /// The value, typed and in range, or a diagnostic at the value.
  static func parse(_ value: YAMLValue, as setting: Hyperparameter) -> Result<
    SettingValue, DemoProblem
  > {
    let name = setting.name
    switch setting.kind {
    case .real(let range):
      guard let number = value.double, number.isFinite else {
        return .failure(wrongType(value, name, "a number", range: describe(range)))
      }
      guard range.contains(number) else {
        return .failure(outOfRange(value, name, describe(range)))
      }
      return .success(.real(number))
    case .integer(let range):
      guard let number = value.int else {
        return .failure(wrongType(value, name, "a whole number", range: describe(range)))
      }
      guard range.contains(number) else {
        return .failure(outOfRange(value, name, describe(range)))
      }
      return .success(.integer(number))
    case .flag:
      guard let flag = value.bool else {
        return .failure(wrongType(value, name, "true or false", range: nil))
      }
      return .success(.flag(flag))
    case .integers(let range, let maximumCount):
      guard let items = value.items else {
        return .failure(wrongType(value, name, "a list of whole numbers", range: nil))
      }
      if items.count > maximumCount {
        return .failure(
          .error(
            "`\(name)` has \(items.count) entries; at most \(maximumCount) are allowed",
            hint: "for example `\(name): [64, 64]`", at: value.range))
      }
      var numbers: [Int] = []
      for item in items {
        guard let number = item.int else {
          return .failure(wrongType(item, name, "a whole number", range: describe(range)))
        }
        guard range.contains(number) else {
          return .failure(outOfRange(item, name, describe(range)))
        }
        numbers.append(number)
      }
      return .success(.integers(numbers))
    case .reals(let range, let maximumCount):
      guard let items = value.items, !items.isEmpty else {
        return .failure(wrongType(value, name, "a list of numbers", range: nil))
      }
      if items.count > maximumCount {
        return .failure(
          .error(
            "`\(name)` has \(items.count) entries; at most \(maximumCount) are allowed",
            at: value.range))
      }
      var numbers: [Double] = []
      for item in items {
        guard let number = item.double, number.isFinite else {
          return .failure(wrongType(item, name, "a number", range: nil))
        }
        guard range.contains(number) else {
          return .failure(outOfRange(item, name, describe(range)))
        }
        numbers.append(number)
      }
      return .success(.reals(numbers))
    case .choice(let choices):
      guard let word = value.text else {
        return .failure(wrongType(value, name, "one of " + listed(choices), range: nil))
      }
      guard choices.contains(word) else {
        let suggestion = Spelling.suggestion(for: word, in: choices)
        return .failure(
          .error(
            "unknown \(name) `\(word)`",
            hint: [suggestion, "\(name) is one of " + listed(choices)].hintText,
            at: value.range))
      }
      return .success(.text(word))
    case .text(let form):
      guard let text = value.text else {
        return .failure(wrongType(value, name, form, range: nil))
      }
      return .success(.text(text))
    case .texts(let form):
      guard let items = value.items, !items.isEmpty else {
        return .failure(wrongType(value, name, form, range: nil))
      }
      var texts: [String] = []
      for item in items {
        guard let text = item.text else { return .failure(wrongType(item, name, form, range: nil)) }
        texts.append(text)
      }
      return .success(.texts(texts))
    case .rows(let form):
      guard let rows = rows(of: value) else {
        return .failure(wrongType(value, name, form, range: nil))
      }
      return .success(.texts(rows))
    case .legend(let range):
      return legend(value, name, range)
    }
  }

  /// The rows of a drawn map: a block's lines (`|`), or a list's texts.
  static func rows(of value: YAMLValue) -> [String]? {
    switch value.kind {
    case .scalar(let text, _):
      var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      while lines.last?.isEmpty == true { lines.removeLast() }
      return lines.isEmpty ? nil : lines
    case .list(let items):
      let texts = items.compactMap(\.text)
      return texts.count == items.count && !texts.isEmpty ? texts : nil
    case .null, .map:
      return nil
    }
  }

  /// Characters given numbers: `{"+": 10, "-": -10}`.
  private static func legend(_ value: YAMLValue, _ name: String, _ range: ClosedRange<Double>)
    -> Result<SettingValue, DemoProblem>
  {
    guard case .map(let entries) = value.kind, !entries.isEmpty else {
      return .failure(
        .error(
          "`\(name)` must be a map from characters to numbers, not \(value.kindDescription)",
          hint: "for example `\(name): {\"+\": 10, \"-\": -10}`", at: value.range))
    }
    var legend: [LegendEntry] = []
    for entry in entries {
      guard entry.key.count == 1, let symbol = entry.key.first else {
        return .failure(
          .error(
            "`\(entry.key)` in `\(name)` is not one character",
            hint: "each key is the one character the map draws, in quotes: \"+\"",
            at: entry.keyRange))
      }
      guard let number = entry.value.double, number.isFinite else {
        return .failure(wrongType(entry.value, "\(name).\(entry.key)", "a number", range: nil))
      }
      guard range.contains(number) else {
        return .failure(outOfRange(entry.value, "\(name).\(entry.key)", describe(range)))
      }
      legend.append(LegendEntry(symbol, number))
    }
    return .success(.legend(legend))
  }

  static func listed(_ words: [String]) -> String {
    words.map { "`\($0)`" }.joined(separator: ", ")
  }

  static func describe(_ range: ClosedRange<Double>) -> String {
    "from \(SettingValue.write(range.lowerBound)) to \(SettingValue.write(range.upperBound))"
  }

  static func describe(_ range: ClosedRange<Int>) -> String {
    if range.upperBound == Int.max { return "at least \(range.lowerBound)" }
    return "from \(range.lowerBound) to \(range.upperBound)"
  }

  private static func wrongType(
    _ value: YAMLValue, _ name: String, _ expected: String, range: String?
  ) -> DemoProblem {
    let written = value.text.map { "`\($0)`" } ?? value.kindDescription
    return .error(
      "`\(name)` must be \(expected), not \(written)",
      hint: range.map { "use a value \($0)" }, at: value.range)
  }

  private static func outOfRange(_ value: YAMLValue, _ name: String, _ range: String) -> DemoProblem
  {
    .error(
      "`\(name): \(value.text ?? "")` is out of range", hint: "\(name) must be \(range)",
      at: value.range)
  }
}
