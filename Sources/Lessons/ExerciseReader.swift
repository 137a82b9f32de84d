import Expressions
import MarkdownSyntax

/// Reads the YAML body of an `exercise` block into an ``Exercise``, every
/// problem a diagnostic at the key or value responsible.
struct ExerciseReader {
  /// Keys an exercise understands, in the order the messages list them.
  static let keys = [
    "id", "ask", "answer", "tolerance", "wrong", "choices", "correct", "try", "set", "goal",
    "seeds", "solution", "impossible", "search", "predict", "hints", "explain",
  ]
  /// The most seeds a tuning's goal may be checked on.
  static let maximumSeeds = 20

  private var entries: [YAMLEntry] = []
  private(set) var problems: [Diagnostic] = []
  private let range: SourceRange
  private var fence: SourceRange {
    SourceRange(line: range.start.line, column: range.start.column, length: 3)
  }

  /// Reads the body of an `exercise` block whose fence is at `range` in the file.
  static func read(code: String, range: SourceRange, file: LineIndex) -> Exercise {
    var reader = ExerciseReader(range: range)
    return reader.read(code: code, file: file)
  }

  private init(range: SourceRange) { self.range = range }

  subscript(key: String) -> YAMLEntry? { entries.first { $0.key == key } }

  private mutating func read(code: String, file: LineIndex) -> Exercise {
    let yaml = YAMLReader(yaml: code, file: file, firstLine: range.start.line + 1)
    switch yaml.read(code, what: "exercise block") {
    case .failure(let diagnostic): problems.append(diagnostic)
    case .value(nil):
      error("empty exercise block", hint: "give at least an `id`, an `ask` and an `answer`")
    case .value(let value?):
      if case .map(let entries) = value.kind {
        self.entries = entries
      } else {
        error(
          "an exercise block must be a map of `key: value` lines, not \(value.kindDescription)",
          hint: "for example `id: by-hand`, then `ask:` and `answer:`", at: value.range)
      }
    }
    for entry in entries where !Self.keys.contains(entry.key) {
      error(
        "unknown key `\(entry.key)` in an exercise",
        hint: "an exercise takes " + Self.keys.map { "`\($0)`" }.joined(separator: ", "),
        at: entry.keyRange)
    }
    let id = readID()
    let ask = text("ask", required: !entries.isEmpty) ?? ""
    let kind = readKind()
    let predicted = self["predict"].flatMap { name($0, what: "`predict` names a demo") }
    if predicted != nil, case .tuning = kind {
      error(
        "a tuning cannot also be a prediction",
        hint: "remove `predict`, or ask a number or a choice",
        at: self["predict"]?.keyRange)
    }
    let hints = readHints()
    let explanation = text("explain", required: false).map(Self.markdown) ?? []
    return Exercise(
      id: id ?? "", ask: Self.markdown(ask), askSource: ask,
      kind: problems.contains { $0.severity == .error } ? nil : kind, hints: hints,
      explanation: explanation, predicted: predicted, source: code, range: range,
      problems: problems)
  }

  mutating func error(_ message: String, hint: String? = nil, at place: SourceRange? = nil) {
    problems.append(.error(message, hint: hint, at: place ?? fence))
  }

  /// Markdown text as blocks, its inline values (`` `{rl} lake.v(start)` ``) marked.
  static func markdown(_ text: String) -> [Block] {
    MarkdownDocument(parsing: text).blocks.map(InlineValueReader(lines: nil).marking)
  }

  private mutating func readID() -> String? {
    guard let entry = self["id"] else {
      if !entries.isEmpty {
        error(
          "this exercise has no `id`",
          hint: "give it a short name, used for progress and grading: `id: by-hand`")
      }
      return nil
    }
    guard let id = name(entry, what: "`id` is a name") else { return nil }
    if let problem = Vocabulary.problem(withID: id) {
      error(problem, hint: "an id is a short name used once in the lesson", at: entry.value.range)
      return nil
    }
    return id
  }

  /// A scalar that is a name (`lake`, `by-hand`).
  mutating func name(_ entry: YAMLEntry, what: String) -> String? {
    guard let text = entry.value.text, Vocabulary.isName(text) else {
      error(
        "\(what), not \(entry.value.kindDescription)",
        hint: "letters, digits and `-` between them", at: entry.value.range)
      return nil
    }
    return text
  }

  private mutating func text(_ key: String, required: Bool) -> String? {
    guard let entry = self[key] else {
      if required { error("this exercise has no `\(key)`", hint: "write the question: `ask: …`") }
      return nil
    }
    guard let text = entry.value.text, !text.isEmpty else {
      error("`\(key)` must be text, not \(entry.value.kindDescription)", at: entry.value.range)
      return nil
    }
    return text
  }

  private mutating func readHints() -> [[Block]] {
    guard let entry = self["hints"] else { return [] }
    guard let items = entry.value.items, !items.isEmpty else {
      error("`hints` must be a hint or a list of hints", at: entry.value.range)
      return []
    }
    return items.compactMap { item in
      guard let text = item.text else {
        error("a hint must be text, not \(item.kindDescription)", at: item.range)
        return nil
      }
      return Self.markdown(text)
    }
  }

  /// The kind, from which of `answer`, `choices` and `try` the block has.
  private mutating func readKind() -> Exercise.Kind? {
    let givers = ["answer", "choices", "try"].filter { self[$0] != nil }
    guard givers.count == 1 else {
      if !entries.isEmpty {
        error(
          givers.isEmpty
            ? "this exercise asks for nothing"
            : "an exercise asks for one thing, and this one has "
              + givers.map { "`\($0)`" }.joined(separator: " and "),
          hint:
            "`answer:` for a number, `choices:` for a choice, `try:` for a tuning of a demo",
          at: givers.count > 1 ? self[givers[1]]?.keyRange : nil)
      }
      return nil
    }
    let owned: [String: [String]] = [
      "answer": ["tolerance", "wrong"], "choices": ["correct"],
      "try": ["set", "goal", "seeds", "solution", "impossible", "search"],
    ]
    for (giver, keys) in owned where giver != givers[0] {
      for key in keys {
        guard let entry = self[key] else { continue }
        error(
          "`\(key)` belongs to an exercise with `\(giver)`, and this one has `\(givers[0])`",
          hint: "remove `\(key)`", at: entry.keyRange)
      }
    }
    switch givers[0] {
    case "answer": return readNumber().map(Exercise.Kind.number)
    case "choices": return readChoice().map(Exercise.Kind.choice)
    default: return readTuning().map(Exercise.Kind.tuning)
    }
  }

  /// An expression written as a scalar, located for errors.
  mutating func expression(_ value: YAMLValue, what: String) -> LocatedExpression? {
    guard let text = value.text else {
      error("\(what) must be an expression, not \(value.kindDescription)", at: value.range)
      return nil
    }
    do throws(ExpressionError) {
      return LocatedExpression(
        expression: try ExpressionParser.parse(text), text: text, source: value)
    } catch {
      problems.append(
        .error(
          error.message, hint: error.hint,
          at: value.range(line: 0, byteOffset: error.span.lowerBound, length: error.span.count)))
      return nil
    }
  }

  private mutating func readNumber() -> NumericAnswer? {
    guard let entry = self["answer"], let answer = expression(entry.value, what: "`answer`")
    else { return nil }
    var tolerance = Tolerance.standard
    if let given = self["tolerance"] {
      guard let read = Self.tolerance(given.value) else {
        error(
          "`tolerance` must be a number of at least 0 or a percentage, not `\(given.value.text ?? given.value.kindDescription)`",
          hint: "`tolerance: 0.05` (either way) or `tolerance: 1%` (of the answer)",
          at: given.value.range)
        return nil
      }
      tolerance = read
    }
    var mistakes: [NumericAnswer.Mistake] = []
    for item in self["wrong"]?.value.items ?? [] {
      guard case .map(let fields) = item.kind,
        let value = fields.first(where: { $0.key == "answer" }),
        let say = fields.first(where: { $0.key == "say" })?.value.text
      else {
        error(
          "each `wrong` item is a foreseen mistake: `answer:` its value and `say:` the feedback",
          hint: "- answer: episode.returns(1)\n  say: that is the sum before discounting",
          at: item.range)
        continue
      }
      if let expression = expression(value.value, what: "a mistake's `answer`") {
        mistakes.append(NumericAnswer.Mistake(value: expression, feedback: say))
      }
    }
    return NumericAnswer(answer: answer, tolerance: tolerance, mistakes: mistakes)
  }

  /// `0.05` (absolute) or `1%` (relative).
  static func tolerance(_ value: YAMLValue) -> Tolerance? {
    if let number = value.double, number >= 0, number.isFinite { return .absolute(number) }
    guard let text = value.text, text.hasSuffix("%"),
      let percent = Double(text.dropLast().trimmingSpaces), percent >= 0, percent.isFinite
    else { return nil }
    return .relative(percent / 100)
  }
}

extension Substring {
  fileprivate var trimmingSpaces: Substring {
    var text = self
    while text.first == " " { text.removeFirst() }
    while text.last == " " { text.removeLast() }
    return text
  }
}
