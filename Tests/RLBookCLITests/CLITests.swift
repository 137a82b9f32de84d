import Foundation
import RLBookTestSupport
import Testing

/// End-to-end tests: run the built `rlbook` binary and check what it prints.
@Suite struct CLITests {
  struct Result {
    var status: Int32
    var output: String
    var error: String
  }

  static var binary: URL {
    let candidates = [
      Bundle.main.bundleURL.appendingPathComponent("rlbook"),
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("rlbook"),
      Fixtures.packageRoot.appendingPathComponent(".build/debug/rlbook"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
      ?? candidates[2]
  }

  /// A cache directory of this test process's own, so runs never see another's results.
  static let cacheDirectory = FileManager.default.temporaryDirectory.appendingPathComponent(
    "rlbook-cli-tests-\(ProcessInfo.processInfo.processIdentifier)")

  func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = nil
    env["FORCE_COLOR"] = nil
    env["COLUMNS"] = nil
    env["XDG_CACHE_HOME"] = Self.cacheDirectory.path
    // Answers given in tests never reach the learner's own progress.
    env["XDG_STATE_HOME"] = Self.cacheDirectory.appendingPathComponent("state").path
    for (key, value) in environment { env[key] = value }
    let result = try Subprocess.run(
      Self.binary.path, arguments, directory: Fixtures.packageRoot, environment: env)
    #expect(!result.timedOut, "rlbook \(arguments.joined(separator: " ")) was killed after 300 s")
    return Result(status: result.status, output: result.output, error: result.error)
  }

  private let notes = "Tests/Fixtures/reinforcement-learning-basics.md"

  @Test func versionAndHelp() throws {
    #expect(try run(["--version"]).output == "0.1.0\n")
    let help = try run(["--help"]).output
    for command in ["list", "check", "run"] { #expect(help.contains(command)) }
    let checkHelp = try run(["check", "--help"]).output
    #expect(checkHelp.contains("--fix-encoding"))
    #expect(checkHelp.contains("--color"))
  }

  @Test func checkPrintsTheNotesWarningsAtTheirLines() throws {
    let result = try run(["check", notes])
    #expect(result.status == 0)
    #expect(result.output == "1 lesson, 0 demos, 0 errors, 17 warnings\n")
    for location in ["23:87", "23:95", "24:92", "26:73", "28:2", "15:1", "41:197", "143:1"] {
      #expect(result.error.contains("\(notes):\(location): warning: "))
    }
    #expect(
      result.error.contains(
        "\(notes):23:87: warning: text looks like UTF-8 read as Mac Roman: `‚Üê` should be `←`\n"))
    #expect(!result.error.contains("\u{1B}["))
  }

  @Test func checkFailsOnErrorsAndKeepsGoing() throws {
    let directory = try temporaryDirectory()
    let bad = directory.appendingPathComponent("bad.md")
    try "---\norder: soon\n---\n# Bad\n\n```rl\nenv: [cliff\n```\n\nStill read.\n".write(
      to: bad, atomically: true, encoding: .utf8)
    let good = directory.appendingPathComponent("good.md")
    try "# Good\n".write(to: good, atomically: true, encoding: .utf8)
    let result = try run(["check", directory.path])
    #expect(result.status == 1)
    #expect(result.output == "2 lessons, 1 demo, 2 errors, 0 warnings\n")
    #expect(
      result.error.contains(
        "\(bad.path):2:8: error: front matter field `order` must be a whole number, not text\n 2 | order: soon\n   |        ^~~~\n"
      ))
    #expect(result.error.contains("\(bad.path):7:6: error: invalid YAML in rl block"))
  }

  @Test func checkReportsMissingFiles() throws {
    let result = try run(["check", "no/such/lesson.md"])
    #expect(result.status == 1)
    #expect(result.error == "no/such/lesson.md: error: no such file or directory\n")
  }

  @Test func checkReportsInvalidUTF8AndStillReadsTheRest() throws {
    let directory = try temporaryDirectory()
    let file = directory.appendingPathComponent("latin1.md")
    try Data("# Caf".utf8 + [0xE9] + "\n\nText.\n".utf8).write(to: file)
    let result = try run(["check", file.path])
    #expect(result.status == 1)
    #expect(
      result.error
        == "\(file.path):1:6: error: the file is not valid UTF-8; invalid bytes are shown as �\n"
        + " 1 | # Caf�\n   |      ^\n   = hint: save the file as UTF-8\n")
    #expect(result.output == "1 lesson, 0 demos, 1 error, 0 warnings\n")
  }

  @Test func fixEncodingRepairsTheFileInPlace() throws {
    let directory = try temporaryDirectory()
    let copy = directory.appendingPathComponent("notes.md")
    try FileManager.default.copyItem(at: Fixtures.url(Fixtures.notesName), to: copy)
    let result = try run(["check", "--fix-encoding", copy.path])
    #expect(result.status == 0)
    #expect(result.error.contains("note: repaired 5 damaged runs"))
    #expect(result.output == "1 lesson, 0 demos, 0 errors, 12 warnings\n")
    let repaired = try String(contentsOf: copy, encoding: .utf8)
    #expect(repaired.contains("(← → jump)"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["notes.md"])
  }

  @Test func runIsByteIdenticalAndRespectsWidth() throws {
    let first = try run(["run", notes])
    let second = try run(["run", notes])
    #expect(first.status == 0)
    #expect(first.output == second.output)
    #expect(first.output.contains("Rₜ = Σ_{i=t}^{∞} rᵢ"))
    #expect(first.output.contains("┌─────────────┬──────────────────┬───────────────────┐"))
    let narrow = try run(["run", "--width", "50", notes]).output
    #expect(narrow.split(separator: "\n").allSatisfy { $0.count <= 50 })
    let columns = try run(["run", notes], environment: ["COLUMNS": "60"]).output
    #expect(columns.split(separator: "\n").allSatisfy { $0.count <= 60 })
  }

  @Test func runFormats() throws {
    let json = try run(["run", "--format", "json", notes])
    #expect(json.status == 0)
    #expect(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) is [String: Any])
    // A directory is one document too, not one per lesson.
    let book = try run(["run", "--no-demos", "--format", "json", "Lessons"])
    let object = try JSONSerialization.jsonObject(with: Data(book.output.utf8)) as? [String: Any]
    let lessons = try #require(object?["lessons"] as? [[String: Any]])
    #expect(lessons.count == 9)
    #expect(lessons.first?["path"] as? String == "Lessons/01-agent-and-environment.md")
    let markdown = try run(["run", "--format", "markdown", notes]).output
    #expect(markdown.hasPrefix("---\ntags:\n"))
    #expect(markdown.contains("$Q(s_t,a_t) = \\mathbb{E}[R_t | s_t, a_t]$"))
    let bad = try run(["run", "--format", "html", notes])
    #expect(bad.status != 0)
    #expect(bad.error.contains("html"))
  }

  @Test func colourFollowsTheFlagAndTheEnvironment() throws {
    #expect(try run(["run", "--color", "always", notes]).output.contains("\u{1B}["))
    #expect(!(try run(["run", notes]).output.contains("\u{1B}[")))
    #expect(try run(["run", notes], environment: ["FORCE_COLOR": "1"]).output.contains("\u{1B}["))
    #expect(
      !(try run(["run", "--color", "never", notes], environment: ["FORCE_COLOR": "1"]).output
        .contains("\u{1B}[")))
  }

  @Test func listShowsLessonsInOrder() throws {
    let result = try run(["list"])
    #expect(result.status == 0)
    let titles = result.output.split(separator: "\n").filter { $0.first?.isNumber == true }
    #expect(
      titles.map { $0.split(separator: " ").dropFirst().prefix(2).joined(separator: " ") } == [
        "Agent and", "Return and", "The Q-function", "Policy versus", "Value learning",
        "Policy learning", "Actor-critic 4", "Temporal-difference learning",
        "Learning while",
      ])
  }

  func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rlbook-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
