import ArgumentParser
import Demos
import Foundation
import Lessons
import TerminalUI

/// Judges answer files against the lessons of one folder, reading each lesson
/// and training its demos once, and collects the verdicts.
struct ClassGrader {
  /// The largest answer file read (an answer file is a few lines).
  static let largestFile = 1 << 20

  private let root: String
  private let runner: DemoRunner
  private var lessons: [String: (lesson: Lesson, results: [DemoResult])] = [:]
  /// The verdicts so far.
  private(set) var report = GradeReport()

  init(lessonsFolder: String, runner: DemoRunner) throws {
    guard let real = realpath(lessonsFolder, nil) else {
      throw ValidationError("there is no lessons folder \(lessonsFolder)")
    }
    root = String(cString: real)
    free(real)
    self.runner = runner
  }

  /// Grades one file; `false` when it could not be read at all.
  mutating func grade(file: String) -> Bool {
    guard let text = Self.text(of: file) else {
      Console.writeError("\(file): error: not a readable text file of at most 1 MiB; skipped\n")
      return false
    }
    let (sheet, problems) = AnswerSheet.read(text)
    for problem in problems { Console.writeError("\(file):\(problem)\n") }
    guard let sheet else {
      Console.writeError("\(file): error: the file was skipped\n")
      return false
    }
    let student =
      sheet.student
      ?? ((file as NSString).lastPathComponent as NSString)
      .deletingPathExtension
    for entry in sheet.entries {
      report.rows.append(
        GradeReport.Row(
          student: student, file: file, lesson: entry.lesson, exercise: entry.exercise,
          answer: entry.words.joined(separator: " "), verdict: verdict(on: entry)))
    }
    return true
  }

  private mutating func verdict(on entry: AnswerSheet.Entry) -> ExerciseVerdict {
    func invalid(_ message: String) -> ExerciseVerdict {
      ExerciseVerdict(isRight: false, message: message, isInvalid: true)
    }
    guard let path = resolved(entry.lesson) else {
      return invalid("no lesson `\(entry.lesson)` in the lessons folder")
    }
    guard let (lesson, results) = loaded(path) else {
      return invalid("the lesson `\(entry.lesson)` does not read")
    }
    guard let exercise = lesson.exercise(named: entry.exercise), exercise.isValid else {
      return invalid("the lesson has no exercise `\(entry.exercise)`")
    }
    switch ExerciseAnswer.read(entry.words, for: exercise) {
    case .failure(let problem): return invalid(problem.message)
    case .success(let answer):
      return ExerciseJudge(lesson: lesson, results: results, runner: runner).verdict(
        on: answer, to: exercise)
    }
  }

  /// The lesson file a name means, if it is a Markdown file inside the folder
  /// (after symlinks); absolute paths and `..` never leave it.
  private func resolved(_ name: String) -> String? {
    guard !name.hasPrefix("/"), !name.split(separator: "/").contains(".."), name.hasSuffix(".md")
    else { return nil }
    guard let real = realpath(root + "/" + name, nil) else { return nil }
    defer { free(real) }
    let path = String(cString: real)
    return path.hasPrefix(root + "/") ? path : nil
  }

  private mutating func loaded(_ path: String) -> (Lesson, [DemoResult])? {
    if let known = lessons[path] { return known }
    guard let lesson = try? LessonLoader().load(path) else { return nil }
    let results = runner.run(lesson)
    lessons[path] = (lesson, results)
    return (lesson, results)
  }

  private static func text(of file: String) -> String? {
    guard let handle = FileHandle(forReadingAtPath: file) else { return nil }
    defer { try? handle.close() }
    guard let data = try? handle.read(upToCount: largestFile + 1), data.count <= largestFile,
      let text = String(data: data, encoding: .utf8)
    else { return nil }
    return text
  }
}
