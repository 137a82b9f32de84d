public import RLCore

extension Hyperparameter {
  /// The values the setting takes, for `rlbook envs` and `rlbook agents` (`0 to 1`).
  public var allowedValues: String {
    switch kind {
    case .real(let range): "number " + SettingParser.describe(range)
    case .integer(let range): "whole number " + SettingParser.describe(range)
    case .flag: "true or false"
    case .integers(let range, let count):
      "list of up to \(count) whole numbers, each " + SettingParser.describe(range)
    case .reals(_, let count): "list of up to \(count) numbers"
    case .choice(let choices): choices.joined(separator: " | ")
    case .text(let form), .texts(let form), .rows(let form): form
    case .legend(let range): "characters with numbers, each " + SettingParser.describe(range)
    }
  }
}

extension Hyperparameter {
  /// Whether the setting takes a single value (so a list of them is a comparison).
  var takesOneValue: Bool {
    switch kind {
    case .real, .integer, .flag, .choice, .text: true
    case .integers, .reals, .texts, .rows, .legend: false
    }
  }
}
