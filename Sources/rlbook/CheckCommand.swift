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
      With --seeds N, each demo that has `expect:` claims is retrained on N seeds and
      every claim is reported as holding on k of N. With --json the report (problems,
      claims and totals) is printed as JSON on standard output instead.
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

  @OptionGroup(title: "Claims") var claims: ClaimOptions

  @Flag(help: "Print the report as JSON on standard output: problems, claims and totals.")
  var json = false

  func run() throws {
    let loader = LessonLoader()
    let formatter = DiagnosticFormatter(colors: output.standardError.colors)
    let runner = demos.runner()
    let display = ProgressDisplay(terminal: output.standardError)
    var lessonCount = 0
    var demoCount = 0
    var errors = 0
    var warnings = 0
    var tallies: [ClaimTally] = []
    var report = CheckReport()
    let start = ContinuousClock.now
    for path in paths {
      let files: [String]
      do {
        files = try loader.lessonPaths(at: path)
      } catch {
        Console.writeError(error.description + "\n")
        report.lessons.append(
          .init(path: path, problems: [.init(.error(error.description, at: nil))], claims: []))
        errors += 1
        continue
      }
      for file in files {
        do {
          if fixEncoding { try repairEncoding(of: file) }
          let lesson = try loader.load(file)
          lessonCount += 1
          demoCount += lesson.demos.count
          let checked = demoProblems(lesson, runner: runner, display: display)
          let problems = (lesson.diagnostics + checked.problems).sortedByLocation
          tallies += checked.tallies
          errors += problems.errorCount
          warnings += problems.warningCount
          report.lessons.append(
            .init(
              path: file, problems: problems.map(CheckReport.Problem.init), claims: checked.claims))
          if !json {
            Console.writeRenderedError(
              formatter.format(problems, path: file, source: lesson.source))
          }
        } catch {
          let message =
            (error as? LessonLoader.LoadError)?.description ?? "\(file): error: \(error)"
          Console.writeError(message + "\n")
          report.lessons.append(
            .init(path: file, problems: [.init(.error(message, at: nil))], claims: []))
          errors += 1
        }
      }
    }
    let robust = tallies.filter { $0.failing.isEmpty && $0.invalid == nil }.count
    let elapsed = ContinuousClock.now - start
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    if json {
      report.summary = .init(
        lessons: lessonCount, demos: demoCount, errors: errors, warnings: warnings,
        seeds: claims.seeds, claims: report.lessons.reduce(0) { $0 + $1.claims.count },
        claimsHoldingOnEverySeed: claims.seeds.map { _ in robust },
        seconds: (seconds * 1000).rounded() / 1000)
      Console.write(report.json)
    } else {
      Console.write(
        "\(counted(lessonCount, "lesson")), \(counted(demoCount, "demo")), "
          + "\(counted(errors, "error")), \(counted(warnings, "warning"))\n")
      if let seeds = claims.seeds {
        Console.write(
          "claims on \(seeds) seeds: \(robust) of \(tallies.count) hold on every seed ("
            + String((seconds * 10).rounded() / 10) + " s)\n")
      }
    }
    if errors > 0 { throw ExitCode.failure }
  }

  /// What checking a lesson's demos found: problems, each claim as the report
  /// gives it, and with `--seeds` each claim's tally.
  private struct DemoFindings {
    var problems: [Diagnostic] = []
    var claims: [CheckReport.Claim] = []
    var tallies: [ClaimTally] = []
  }

  /// The problems of a lesson's demos (validation only, or validation, training,
  /// inline values and claims), and with `--seeds` each claim's tally.
  private func demoProblems(_ lesson: Lesson, runner: DemoRunner, display: ProgressDisplay)
    -> DemoFindings
  {
    var found = DemoFindings()
    if noTraining {
      found.problems = lesson.demos.enumerated().flatMap { index, spec in
        runner.runner(forDemo: index, onlyOverriding: demos.demoIndex).validator.validate(spec)
          .diagnostics + ClaimChecker.claims(of: spec).problems
      }
      return found
    }
    let results = demos.run(lesson, display: display)
    found.problems =
      InlineValues(lesson: lesson, results: results).problems
      + ExerciseCheck.diagnostics(for: lesson, results: results, runner: runner)
    for (index, (spec, result)) in zip(lesson.demos, results).enumerated() {
      let demo = spec.id ?? "demo\(index + 1)"
      guard let count = claims.seeds else {
        found.problems += result.diagnostics + ClaimChecker.diagnostics(for: spec, result: result)
        if result.didRun {
          found.claims += ClaimChecker.outcomes(for: spec, result: result).map {
            CheckReport.Claim(demo: demo, claim: $0, outcome: $1)
          }
        }
        continue
      }
      found.problems += result.diagnostics + ClaimChecker.claims(of: spec).problems
      guard result.didRun else { continue }
      let seeded = runner.runner(forDemo: index, onlyOverriding: demos.demoIndex)
      let tallied = ClaimSweep.tallies(for: spec, runner: seeded, ownResult: result, count: count)
      found.problems += tallied.compactMap { $0.diagnostic(requiring: claims.required(of: count)) }
      found.claims += tallied.map { CheckReport.Claim(demo: demo, tally: $0) }
      found.tallies += tallied
    }
    return found
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

/// `--seeds`, `--require` and `--strict`: how far claims must hold.
struct ClaimOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Retrain each demo that has claims with N seeds and say on how many each claim holds.",
      discussion:
        "The k-th seed is the demo's seed + k × runs. A claim false on any seed is a warning."))
  var seeds: Int?

  @Option(help: "With --seeds: a claim that holds on fewer than K seeds is an error.")
  var require: Int?

  @Flag(help: "With --seeds: a claim must hold on every seed (--require N).")
  var strict = false

  func validate() throws {
    if let seeds, !(1...1000).contains(seeds) {
      throw ValidationError("--seeds takes a number of seeds from 1 to 1000, not \(seeds)")
    }
    if require != nil || strict, seeds == nil {
      throw ValidationError("--require and --strict go with --seeds N")
    }
    if let require, let seeds, !(0...seeds).contains(require) {
      throw ValidationError("--require takes a number of seeds from 0 to --seeds (\(seeds))")
    }
  }

  /// The seeds a claim must hold on to pass: all with `--strict`, else `--require`'s.
  func required(of seeds: Int) -> Int { strict ? seeds : require ?? 0 }
}
