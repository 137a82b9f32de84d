import ArgumentParser
import Demos
import Foundation
import Lessons
import Publishing
import Renderers
import TerminalUI

/// `rlbook check`: parse and validate lessons, print located diagnostics.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract:
      "Check lessons, run their demos, and print every problem with its file, line and column.",
    discussion: """
      Every rl block is validated against the registry (`rlbook envs`, `rlbook agents`)
      and run, so a demo that cannot train fails the check.
      Exits with status 1 if any lesson has an error, 0 otherwise (warnings do not fail).
      With --fix-encoding, text damaged by a Mac Roman or Windows-1252 round trip
      (`‚Üê` for `←`) is repaired in place; the file is replaced atomically and left
      untouched if the repair cannot be verified.
      """)

  @Argument(help: "Lesson files or directories of lessons.")
  var paths: [String] = ["Lessons"]

  @Flag(help: "Repair mojibake in the files, in place.")
  var fixEncoding = false

  @OptionGroup var output: OutputOptions

  @OptionGroup(title: "Demos") var demos: DemoOptions

  @Flag(help: "Validate the demos without training them.")
  var noTraining = false

  func run() throws {
    let loader = LessonLoader()
    let formatter = DiagnosticFormatter(colors: output.standardError.colors)
    let runner = demos.runner()
    let display = ProgressDisplay(terminal: output.standardError)
    var lessonCount = 0
    var demoCount = 0
    var errors = 0
    var warnings = 0
    for path in paths {
      let files: [String]
      do {
        files = try loader.lessonPaths(at: path)
      } catch {
        Console.writeError(error.description + "\n")
        errors += 1
        continue
      }
      for file in files {
        do {
          if fixEncoding { try repairEncoding(of: file) }
          let lesson = try loader.load(file)
          lessonCount += 1
          demoCount += lesson.demos.count
          let problems = lesson.diagnostics + demoProblems(lesson, runner: runner, display: display)
          errors += problems.errorCount
          warnings += problems.warningCount
          Console.writeRenderedError(
            formatter.format(problems.sortedByLocation, path: file, source: lesson.source))
        } catch let error as LessonLoader.LoadError {
          Console.writeError(error.description + "\n")
          errors += 1
        } catch {
          Console.writeError("\(file): error: \(error)\n")
          errors += 1
        }
      }
    }
    Console.write(
      "\(counted(lessonCount, "lesson")), \(counted(demoCount, "demo")), "
        + "\(counted(errors, "error")), \(counted(warnings, "warning"))\n")
    if errors > 0 { throw ExitCode.failure }
  }

  /// The problems of a lesson's demos: validation only, or validation and training.
  private func demoProblems(_ lesson: Lesson, runner: DemoRunner, display: ProgressDisplay)
    -> [Diagnostic]
  {
    if noTraining {
      return lesson.demos.enumerated().flatMap { index, spec in
        runner.runner(forDemo: index, onlyOverriding: demos.demoIndex).validator.validate(spec)
          .diagnostics + ClaimChecker.claims(of: spec).problems
      }
    }
    let results = demos.run(lesson, display: display)
    return zip(lesson.demos, results).flatMap { spec, result in
      result.diagnostics + ClaimChecker.diagnostics(for: spec, result: result)
    }
  }

  private func repairEncoding(of file: String) throws {
    let original = try String(contentsOfFile: file, encoding: .utf8)
    let findings = Mojibake.findings(in: original)
    guard !findings.isEmpty else { return }
    let repaired = Mojibake.repaired(original)
    guard Mojibake.findings(in: repaired).isEmpty, repaired.utf8.count < original.utf8.count else {
      Console.writeError(
        "\(file): warning: the encoding repair could not be verified; the file is unchanged\n")
      return
    }
    try AtomicFile.write(repaired, to: file)
    Console.writeError("\(file): note: repaired \(counted(findings.count, "damaged run"))\n")
  }
}
