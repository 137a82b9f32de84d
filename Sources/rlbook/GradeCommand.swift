import ArgumentParser
import Demos
import Foundation
import Lessons
import Publishing
import TerminalUI

/// `rlbook grade`: a class's answer files, judged by the engine.
struct GradeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "grade",
    abstract: "Grade a directory of answer files against the lessons' exercises.",
    discussion: """
      Each answer file is YAML, one per student:

        student: Ada
        answers:
          - {lesson: 02-return-and-discounting.md, exercise: by-hand, answer: 3.5}
          - {lesson: 03-the-q-function.md, exercise: patient-start, answer: [1, 2, 3, 4]}
          - {lesson: 08-temporal-difference-learning.md, exercise: sarsa-to-the-edge,
             settings: {epsilon: 0}}

      A lesson is a path under --lessons, and nothing outside it is read. A
      tuning retrains its demo (with the cache and the demo limits) on every
      seed the exercise asks for, so grades are the same every time. A file
      that does not read is reported and skipped, and the exit status is then 1.
      """)

  @Argument(help: "Answer files, or directories of them (*.yaml, *.yml).")
  var answers: [String]

  @Option(help: "The folder of lessons the answer files name.")
  var lessons: String = "Lessons"

  @Option(help: "Also write the verdicts as CSV to this file.")
  var csv: String?

  @Option(help: "Also write the verdicts as JSON to this file.")
  var json: String?

  @OptionGroup var output: OutputOptions

  @OptionGroup(title: "Demos") var demos: DemoOptions

  func validate() throws {
    if !demos.overrides.isEmpty || demos.seed != nil || demos.demo != nil {
      throw ValidationError(
        "--set, --seed and --demo do not apply: the lessons' own settings decide the answers")
    }
  }

  func run() throws {
    var grader = try ClassGrader(lessonsFolder: lessons, runner: demos.runner())
    var skipped = false
    for file in try answerFiles() {
      skipped = !grader.grade(file: file) || skipped
    }
    let report = grader.report
    Console.write(report.table(colors: output.standardOutput.colors))
    if let csv { try AtomicFile.write(report.csv, to: csv) }
    if let json { try AtomicFile.write(try report.json(version: RLBook.version), to: json) }
    if skipped { throw ExitCode(1) }
  }

  /// The answer files named, directories read for `*.yaml` and `*.yml`, in name order.
  private func answerFiles() throws -> [String] {
    var files: [String] = []
    for path in answers {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw ValidationError("there is no answer file or folder \(path)")
      }
      if isDirectory.boolValue {
        let names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
        files += names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.map {
          (path as NSString).appendingPathComponent($0)
        }
      } else {
        files.append(path)
      }
    }
    return files
  }
}
