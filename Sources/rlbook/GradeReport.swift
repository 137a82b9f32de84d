import Demos
import Foundation
import TerminalUI

/// A class's verdicts: a table for the terminal, CSV and JSON for the gradebook.
struct GradeReport {
  /// One student's answer to one exercise.
  struct Row {
    var student: String
    var file: String
    var lesson: String
    var exercise: String
    var answer: String
    var verdict: ExerciseVerdict

    var status: String { verdict.isRight ? "right" : verdict.isInvalid ? "invalid" : "wrong" }
  }

  var rows: [Row] = []

  /// Each row, then each student's total.
  func table(colors: Bool) -> String {
    var text = ""
    let studentWidth = min(24, rows.map(\.student.count).max() ?? 0)
    let exerciseWidth = min(32, rows.map(\.exercise.count).max() ?? 0)
    for row in rows {
      var line = StyledText(
        Self.padded(VisibleText.escapingControls(row.student), studentWidth) + "  ")
      line.append(Self.padded(VisibleText.escapingControls(row.exercise), exerciseWidth) + "  ")
      line.append(
        Self.padded(row.status, 7),
        style: TextStyle(
          color: row.verdict.isRight ? .green : row.verdict.isInvalid ? .yellow : .red))
      line.append(
        "  " + VisibleText.escapingControls(row.verdict.message), style: TextStyle(dim: true))
      text += line.rendered(colors: colors) + "\n"
    }
    var students: [String] = []
    for row in rows where !students.contains(row.student) { students.append(row.student) }
    if !students.isEmpty { text += "\n" }
    for student in students {
      let own = rows.filter { $0.student == student }
      text +=
        "\(VisibleText.escapingControls(student)): \(own.count { $0.verdict.isRight }) of \(own.count) right\n"
    }
    return text.isEmpty ? "No answers to grade.\n" : text
  }

  /// `student,lesson,exercise,answer,verdict,message`, one row per answer.
  var csv: String {
    let header = "student,file,lesson,exercise,answer,verdict,message\n"
    return header
      + rows.map { row in
        [
          row.student, row.file, row.lesson, row.exercise, row.answer, row.status,
          row.verdict.message,
        ]
        .map(Self.csvField).joined(separator: ",") + "\n"
      }.joined()
  }

  /// The verdicts and rlbook's version, as JSON.
  func json(version: String) throws -> String {
    struct Entry: Encodable {
      var student, file, lesson, exercise, answer, verdict, message: String
    }
    struct Document: Encodable {
      var rlbook: String
      var answers: [Entry]
    }
    let document = Document(
      rlbook: version,
      answers: rows.map {
        Entry(
          student: $0.student, file: $0.file, lesson: $0.lesson, exercise: $0.exercise,
          answer: $0.answer, verdict: $0.status, message: $0.verdict.message)
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
  }

  private static func padded(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }

  /// A CSV field, quoted when it holds a comma, a quote or a line break; a
  /// leading `=`, `+`, `-` or `@` is prefixed so a spreadsheet never runs it.
  private static func csvField(_ text: String) -> String {
    var text = text
    if let first = text.first, "=+-@".contains(first), Double(text) == nil { text = "'" + text }
    guard text.contains(where: { ",\"\n\r".contains($0) }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

}
