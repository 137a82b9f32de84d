import Demos
import Foundation
import Lessons
import RLBookTestSupport
import Renderers
import Stepper
import Synchronization
import TerminalUI
import Testing

/// Thousands of damaged lessons through every stage that needs no training.
///
/// Each mutant (``Mutator``: flipped bytes, lost and repeated lines, strange
/// Unicode, invalid UTF-8, other line endings, unclosed fences, deep nesting,
/// long lines, YAML bombs, extreme values) is read from a file, parsed,
/// validated, and rendered for the terminal at 20, 80 and 200 columns (whole
/// and a section at a time, as `step` shows it), cut into slides, as Markdown, JSON
/// and HTML, with its diagnostics formatted. It fails on a crash (the process
/// dies), a hang (a watchdog ends the process after 30 s on one mutant,
/// printing it), a control character or bidirectional override in any output,
/// or an error without a location. 300 mutants in a debug run; CI's release run
/// does 2,000 (`RLBOOK_FUZZ_MUTANTS` sets the number).
@Suite struct FuzzTests {
  static var mutantCount: Int {
    let environment = ProcessInfo.processInfo.environment
    if let count = environment["RLBOOK_FUZZ_MUTANTS"].flatMap(Int.init) { return count }
    return environment["RLBOOK_RELEASE_TESTS"] == "1" ? 2_000 : 300
  }

  /// The lessons and the test fixtures, damaged in their turn.
  static func seedFiles() throws -> [URL] {
    let lessons = Fixtures.packageRoot.appendingPathComponent("Lessons")
    let names = try FileManager.default.contentsOfDirectory(atPath: lessons.path)
      .filter { $0.hasSuffix(".md") }.sorted()
    return names.map { lessons.appendingPathComponent($0) }
      + ["every-view.md", "every-diagnostic.md", "cliff-demo.md", Fixtures.notesName].map(
        Fixtures.url)
  }

  @Test func damagedLessonsNeitherCrashNorHangNorWriteControlCharacters() throws {
    let seeds = try Self.seedFiles().map { [UInt8](try Data(contentsOf: $0)) }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rlbook-fuzz-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let watchdog = Watchdog(limit: .seconds(30))
    let started = ContinuousClock.now
    var failures: [String] = []
    for index in 0..<Self.mutantCount where failures.count < 5 {
      let (bytes, description) = Mutator.mutant(index, of: seeds)
      watchdog.begin(description, bytes: bytes)
      let file = folder.appendingPathComponent("mutant.md")
      try Data(bytes).write(to: file)
      let problems = Self.problems(ofLessonAt: file.path)
      if !problems.isEmpty {
        failures.append(
          "\(description): \(problems.joined(separator: "; "))\n  bytes (base64): \(Data(bytes).base64EncodedString())"
        )
      }
    }
    watchdog.stop()
    let seconds = (ContinuousClock.now - started) / .seconds(1)
    print("fuzz: \(Self.mutantCount) mutants in \(String(format: "%.1f", seconds)) s")
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
  }

  /// What is wrong with how rlbook handles the lesson at `path`: nothing, if all is well.
  static func problems(ofLessonAt path: String) -> [String] {
    let lesson: Lesson
    do {
      lesson = try LessonLoader().load(path)
    } catch {
      return ControlCharacters.found(in: error.description) ? ["control character in \(error)"] : []
    }
    let validator = DemoValidator()
    let results = lesson.demos.map { DemoResult.failed(validator.validate($0).diagnostics) }
    let diagnostics = lesson.diagnostics + results.flatMap(\.diagnostics)
    var problems = diagnostics.filter { $0.severity == .error && $0.range == nil }.map {
      "error without a location: \($0.message)"
    }
    var outputs: [(String, String)] = []
    for width in [20, 80, 200] {
      let terminal = TerminalRenderer(width: width)
      outputs.append(("terminal at \(width)", terminal.render(lesson, results: results)))
      for section in lesson.sections {
        let lines = terminal.sectionLines(section, of: lesson, results: results)
        outputs.append(
          ("section at \(width)", lines.map { $0.rendered(colors: false) }.joined(separator: "\n")))
      }
    }
    // Slides are drawn through the same styled text; building them must not trap.
    let slides = LessonSlides(lesson)
    _ = slides.slides.indices.map(slides.title(of:))
    outputs.append(("markdown", MarkdownRenderer().render(lesson, results: results)))
    outputs.append(("json", JSONRenderer().render(lesson, results: results)))
    for file in Site(lessons: [lesson], results: [results]).files() {
      outputs.append(("html \(file.path)", file.contents))
    }
    outputs.append(
      ("diagnostics", DiagnosticFormatter().format(diagnostics, path: path, source: lesson.source)))
    for (name, text) in outputs where ControlCharacters.found(in: text) {
      let problem = "control character in the \(name) output"
      if !problems.contains(problem) { problems.append(problem) }
    }
    return problems
  }

}

/// Ends the test process when one mutant takes too long, after printing it,
/// so that a hang fails the run with the input that caused it.
final class Watchdog: Sendable {
  private struct Current {
    var description = ""
    var bytes: [UInt8] = []
    var started = ContinuousClock.now
    var running = true
  }
  private let current = Mutex(Current())

  init(limit: Duration) {
    let thread = Thread { [self] in
      while true {
        Thread.sleep(forTimeInterval: 1)
        let (running, late, report) = self.current.withLock { state in
          (
            state.running, ContinuousClock.now - state.started > limit,
            "\(state.description) still running after \(limit): a hang\n  bytes (base64): \(Data(state.bytes).base64EncodedString())\n"
          )
        }
        guard running else { return }
        if late {
          FileHandle.standardError.write(Data(report.utf8))
          exit(1)
        }
      }
    }
    thread.start()
  }

  func begin(_ description: String, bytes: [UInt8]) {
    current.withLock { $0 = Current(description: description, bytes: bytes) }
  }

  func stop() { current.withLock { $0.running = false } }
}
