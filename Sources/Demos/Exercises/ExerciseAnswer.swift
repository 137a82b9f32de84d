public import Lessons

/// What a learner answers: a number, choices, settings for a tuning, or that
/// the tuning cannot be done.
public enum ExerciseAnswer: Hashable, Sendable {
  /// A number.
  case number(Double)
  /// Choices, by position from 0.
  case choices(Set<Int>)
  /// Settings of the tuned demo (`epsilon=0.3`).
  case settings([DemoValidator.Override])
  /// "It cannot be done", for a tuning.
  case impossible

  /// Reads what a learner typed for `exercise`: a number; choice numbers from 1
  /// (`2`, or `1 3` for several); `key=value` pairs, or `impossible`, for a
  /// tuning, where a list may hold spaces (`levels=[S..F, S._F]`). The error
  /// says what to type instead.
  public static func read(_ words: [String], for exercise: Exercise) -> Result<Self, AnswerError> {
    let words = joiningBrackets(words.flatMap { $0.split(separator: " ").map(String.init) })
    guard !words.isEmpty else { return .failure(AnswerError("type an answer")) }
    switch exercise.kind {
    case .number:
      guard words.count == 1, let number = Double(words[0].replacing(",", with: ".")),
        number.isFinite
      else {
        return .failure(
          AnswerError("`\(words.joined(separator: " "))` is not a number: type one, such as 0.5"))
      }
      return .success(.number(number))
    case .choice(let choice):
      var picked: Set<Int> = []
      for word in words {
        guard let number = Int(word), (1...choice.choices.count).contains(number) else {
          return .failure(
            AnswerError(
              "`\(word)` is not a choice: type its number, from 1 to \(choice.choices.count)"))
        }
        picked.insert(number - 1)
      }
      return .success(.choices(picked))
    case .tuning(let tuning):
      if words == ["impossible"] { return .success(.impossible) }
      var overrides: [DemoValidator.Override] = []
      for word in words {
        let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[1].isEmpty else {
          return .failure(
            AnswerError(
              "`\(word)` is not a setting: write key=value, such as \(tuning.knobs[0].name)=0.3, or `impossible`"
            ))
        }
        guard tuning.knobs.contains(where: { $0.name == parts[0] }) else {
          return .failure(
            AnswerError(
              "this exercise lets you change "
                + tuning.knobs.map { "`\($0.name)`" }.joined(separator: ", ")
                + ", not `\(parts[0])`"))
        }
        overrides.removeAll { $0.key == parts[0] }
        overrides.append(DemoValidator.Override(key: parts[0], value: parts[1]))
      }
      return .success(.settings(overrides))
    case nil:
      return .failure(AnswerError("this exercise has errors and cannot be answered"))
    }
  }
}

extension ExerciseAnswer {
  /// `words` with each word that opens a bracket joined, by a space, to the
  /// words up to the one that closes it, so that `levels=[a,` `b]` is one setting.
  static func joiningBrackets(_ words: [String]) -> [String] {
    var joined: [String] = []
    var depth = 0
    for word in words {
      if depth > 0, let last = joined.popLast() {
        joined.append(last + " " + word)
      } else {
        joined.append(word)
      }
      for character in word {
        if character == "[" { depth += 1 } else if character == "]" { depth = max(0, depth - 1) }
      }
    }
    return joined
  }
}

/// An answer that does not read, with what to type instead.
public struct AnswerError: Error, Hashable, Sendable {
  /// The message, for the learner.
  public var message: String

  init(_ message: String) { self.message = message }
}
