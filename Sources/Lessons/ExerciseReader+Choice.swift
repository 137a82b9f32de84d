import Expressions

extension ExerciseReader {
  /// `choices:` and which are right: `correct: true` on choices, or a block-level
  /// `correct:` (choice numbers from 1, choice texts, or an expression).
  mutating func readChoice() -> ChoiceAnswer? {
    guard let entry = self["choices"], let items = entry.value.items, items.count >= 2,
      items.count <= 9
    else {
      error(
        "`choices` must be a list of two to nine choices",
        hint: "- text: left\n  because: …\n- right", at: self["choices"]?.value.range)
      return nil
    }
    var choices: [ChoiceAnswer.Choice] = []
    var marked: Set<Int> = []
    for (index, item) in items.enumerated() {
      switch item.kind {
      case .scalar(let text, _):
        choices.append(ChoiceAnswer.Choice(text: text, because: nil))
      case .map(let fields):
        guard let text = fields.first(where: { $0.key == "text" })?.value.text else {
          error("a choice written as a map needs `text:`", at: item.range)
          return nil
        }
        for field in fields where !["text", "because", "correct"].contains(field.key) {
          error(
            "unknown key `\(field.key)` in a choice",
            hint: "a choice takes `text`, `because` and `correct`", at: field.keyRange)
        }
        let because = fields.first { $0.key == "because" }?.value.text
        if let flag = fields.first(where: { $0.key == "correct" }) {
          guard let isCorrect = flag.value.bool else {
            error("a choice's `correct` is true or false", at: flag.value.range)
            return nil
          }
          if isCorrect { marked.insert(index) }
        }
        choices.append(ChoiceAnswer.Choice(text: text, because: because))
      default:
        error("a choice is text, or a map with `text:`", at: item.range)
        return nil
      }
    }
    let texts = choices.map(\.text)
    if let repeated = texts.indices.first(where: { texts[..<$0].contains(texts[$0]) }) {
      error("the choice `\(texts[repeated])` is given twice", at: items[repeated].range)
      return nil
    }
    guard let block = self["correct"] else {
      guard !marked.isEmpty else {
        error(
          "no choice is marked correct",
          hint: "add `correct: true` to the right choices, or `correct:` to the exercise",
          at: entry.keyRange)
        return nil
      }
      return ChoiceAnswer(choices: choices, correct: .listed(marked))
    }
    guard marked.isEmpty else {
      error(
        "the right choices are given twice: by `correct:` on choices and for the exercise",
        hint: "keep one of them", at: block.keyRange)
      return nil
    }
    return readCorrect(block, choices: texts).map { ChoiceAnswer(choices: choices, correct: $0) }
  }

  /// A block-level `correct:`: numbers from 1 and texts pick choices; any other
  /// scalar is an expression whose names pick them.
  private mutating func readCorrect(_ entry: YAMLEntry, choices: [String])
    -> ChoiceAnswer.Correct?
  {
    let items = entry.value.items ?? []
    var picked: Set<Int> = []
    var isListed = true
    for item in items {
      if let number = item.int, (1...choices.count).contains(number) {
        picked.insert(number - 1)
      } else if let text = item.text, let index = choices.firstIndex(of: text) {
        picked.insert(index)
      } else {
        isListed = false
      }
    }
    if isListed, !picked.isEmpty { return .listed(picked) }
    guard items.count == 1, let only = items.first else {
      error(
        "`correct` lists choices by number (from 1) or by text, and not all of these are choices",
        hint: "choices: " + choices.map { "`\($0)`" }.joined(separator: ", "),
        at: entry.value.range)
      return nil
    }
    return expression(only, what: "`correct`").map(ChoiceAnswer.Correct.computed)
  }
}
