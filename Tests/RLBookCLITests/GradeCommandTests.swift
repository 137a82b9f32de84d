import Foundation
import Testing

/// `rlbook grade`: a folder of answer files judged the same way every time.
@Suite struct GradeCommandTests {
  @Test func aClassIsGradedWithACSVAndBadFilesAreSkipped() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rlbook-grade-\(UUID().uuidString)")
    let answers = folder.appendingPathComponent("answers")
    try FileManager.default.createDirectory(at: answers, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let files = [
      "ada.yaml": """
      student: Ada
      answers:
        - {lesson: 02-return-and-discounting.md, exercise: by-hand, answer: 3.5}
        - {lesson: 08-temporal-difference-learning.md, exercise: q-learning-off-the-edge, answer: impossible}
      """,
      "bob.yaml": """
      answers:
        - {lesson: 02-return-and-discounting.md, exercise: by-hand, answer: 11}
        - {lesson: ../README.md, exercise: x, answer: 1}
        - {lesson: 03-the-q-function.md, exercise: patient-start, answer: [2]}
      """,
      "carl.yml": "answers: [oops\n",
    ]
    for (name, text) in files {
      try text.write(to: answers.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    let csv = folder.appendingPathComponent("grades.csv")
    let result = try CLITests().run(["grade", answers.path, "--csv", csv.path])
    #expect(result.status == 1)  // carl's file does not read
    #expect(result.error.contains("carl.yml:1:10: invalid YAML in an answer file"))
    #expect(result.output.contains("Ada: 2 of 2 right"))
    #expect(result.output.contains("bob: 0 of 3 right"))
    let rows = try String(contentsOf: csv, encoding: .utf8).split(separator: "\n").map {
      $0.split(separator: ",", maxSplits: 6).map(String.init)
    }
    #expect(
      rows.first == ["student", "file", "lesson", "exercise", "answer", "verdict", "message"])
    #expect(
      rows.dropFirst().map { [$0[0], $0[3], $0[5]] } == [
        ["Ada", "by-hand", "right"], ["Ada", "q-learning-off-the-edge", "right"],
        ["bob", "by-hand", "wrong"], ["bob", "x", "invalid"], ["bob", "patient-start", "wrong"],
      ])
    #expect(rows[4][6] == "no lesson `../README.md` in the lessons folder")
    let again = try CLITests().run(["grade", answers.path])
    #expect(again.output == result.output)
  }
}
