import Lessons
import MarkdownSyntax

/// One student's answer file, read: who it is, and their answers, each naming
/// a lesson (a path under the lessons folder) and an exercise id.
///
/// ```yaml
/// student: Ada
/// answers:
///   - {lesson: 02-return-and-discounting.md, exercise: by-hand, answer: 3.5}
///   - {lesson: 03-the-q-function.md, exercise: patient-start, answer: [1, 2, 3, 4]}
///   - lesson: 08-temporal-difference-learning.md
///     exercise: sarsa-to-the-edge
///     settings: {epsilon: 0}
/// ```
public struct AnswerSheet: Sendable {
  /// One answer.
  public struct Entry: Sendable {
    /// The lesson, as the file names it.
    public var lesson: String
    /// The exercise's id.
    public var exercise: String
    /// The answer as `rlbook answer` takes it (`3.5`, `1 3`, `epsilon=0`, `impossible`).
    public var words: [String]
    /// The file line it starts on.
    public var line: Int
  }

  /// The student's name, if the file gives one.
  public var student: String?
  /// The answers, in the file's order.
  public var entries: [Entry]

  /// Reads an answer file; the problems are `line:column: message`, and a
  /// file with a problem in its shape has no sheet. An answer with a problem
  /// of its own is left out, and the rest are kept.
  public static func read(_ text: String) -> (sheet: AnswerSheet?, problems: [String]) {
    func located(_ range: SourceRange, _ message: String) -> String {
      "\(range.start.line):\(range.start.column): \(message)"
    }
    let root: YAMLValue
    switch YAMLDocument.read(text, what: "an answer file") {
    case .failure(let diagnostic):
      return (
        nil, [(diagnostic.range.map { located($0, diagnostic.message) } ?? diagnostic.message)]
      )
    case .value(nil): return (nil, ["the file is empty"])
    case .value(let value?): root = value
    }
    guard case .map(let fields) = root.kind,
      let answers = fields.first(where: { $0.key == "answers" })?.value.items
    else {
      return (
        nil, [located(root.range, "an answer file is a map with `answers:`, a list of answers")]
      )
    }
    var problems: [String] = []
    for field in fields where !["student", "answers"].contains(field.key) {
      problems.append(
        located(
          field.keyRange, "unknown key `\(field.key)` (an answer file has `student` and `answers`)")
      )
    }
    var entries: [Entry] = []
    for item in answers {
      guard case .map(let keys) = item.kind else {
        problems.append(
          located(item.range, "an answer is a map: lesson, exercise, and answer or settings"))
        continue
      }
      func text(_ key: String) -> String? { keys.first { $0.key == key }?.value.text }
      guard let lesson = text("lesson"), let exercise = text("exercise") else {
        problems.append(located(item.range, "an answer names its `lesson` and its `exercise`"))
        continue
      }
      let answer = keys.first { $0.key == "answer" }?.value
      let settings = keys.first { $0.key == "settings" }?.value
      var words: [String] = []
      if let answer, settings == nil {
        words = (answer.items ?? []).compactMap(\.text)
      } else if let settings, answer == nil, case .map(let pairs) = settings.kind {
        words = pairs.compactMap { pair in pair.value.text.map { "\(pair.key)=\($0)" } }
      }
      guard !words.isEmpty else {
        problems.append(
          located(
            item.range,
            "an answer has `answer:` (a number, choices, impossible) or `settings:` (a map), one of them"
          ))
        continue
      }
      entries.append(
        Entry(lesson: lesson, exercise: exercise, words: words, line: item.range.start.line))
    }
    let student = fields.first { $0.key == "student" }?.value.text
    return (AnswerSheet(student: student, entries: entries), problems)
  }
}
