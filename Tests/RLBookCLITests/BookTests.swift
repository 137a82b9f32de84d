import Demos
import Foundation
import Lessons
import RLBookTestSupport
import Testing

/// The lessons themselves: every demo of the book trains and says what the prose says.
///
/// Training the whole book is quick in release and slow in debug, so these run
/// only when `RLBOOK_RELEASE_TESTS=1` (as `make test` does, against a release build).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["RLBOOK_RELEASE_TESTS"] == "1"))
struct BookTests {
  private let cli = CLITests()

  /// The `result` of every demo of a lesson, from `run --format json`.
  private func results(of lesson: String) throws -> [[String: Any]] {
    let run = try cli.run(["run", "--format", "json", "--no-cache", lesson])
    #expect(run.status == 0, "\(run.error)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    let sections = try #require(json["sections"] as? [[String: Any]])
    return sections.flatMap { section in
      (section["blocks"] as? [[String: Any]] ?? []).compactMap { $0["result"] as? [String: Any] }
    }
  }

  private func outputs(_ result: [String: Any]) -> [[String: Any]] {
    result["outputs"] as? [[String: Any]] ?? []
  }

  @Test func everyLessonChecksCleanly() throws {
    let result = try cli.run(["check", "Lessons", "--no-cache"])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.hasPrefix("9 lessons, "))
    #expect(result.output.hasSuffix(" demos, 0 errors, 0 warnings\n"))
    #expect(result.error.isEmpty)
  }

  /// A lesson's story must not hold only for a lucky seed: each claim holds on
  /// at least 9 of 10 seeds, and always on the lesson's own.
  @Test func everyClaimHoldsOnNineOfTenSeeds() throws {
    let result = try cli.run(["check", "Lessons", "--no-cache", "--seeds", "10", "--require", "9"])
    #expect(result.status == 0, "\(result.error)")
    let summary = try #require(result.output.split(separator: "\n").last)
    #expect(summary.hasPrefix("claims on 10 seeds: "))
    let claims = Int(summary.split(separator: " ")[6]) ?? 0
    #expect(claims >= 36, "\(summary)")
  }

  /// Every exercise of the book can be answered: an answer file with each
  /// right answer, computed from the demos or the author's solution, is
  /// graded right throughout.
  @Test func aStudentWhoKnowsEveryAnswerGetsFullMarks() throws {
    let folder = Fixtures.packageRoot.appendingPathComponent("Lessons")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".md") }.sorted()
    var sheet = "student: Perfect\nanswers:\n"
    var count = 0
    for name in names {
      let source = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      let lesson = LessonParser(fileExists: { _ in true }).parse(source, path: "Lessons/" + name)
      let results = DemoRunner().run(lesson)
      for exercise in lesson.exercises {
        let answer: String
        if case .tuning(let tuning) = exercise.kind {
          answer =
            tuning.isImpossible
            ? "impossible"
            : tuning.solution.map { "\($0.key)=\($0.value.flowText)" }.joined(separator: " ")
        } else {
          switch try ExerciseKeys.key(of: exercise, in: lesson, results: results) {
          case .number(let value, _, _): answer = "\(value)"
          case .choices(let right):
            answer = right.sorted().map { "\($0 + 1)" }.joined(separator: " ")
          case nil:
            Issue.record("\(name): \(exercise.id) has no key")
            answer = ""
          }
        }
        sheet += "  - {lesson: \(name), exercise: \(exercise.id), answer: \"\(answer)\"}\n"
        count += 1
      }
    }
    #expect(count >= 2 * names.count, "two exercises or more per lesson")
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rlbook-perfect-\(UUID().uuidString).yaml")
    try sheet.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let graded = try cli.run(["grade", file.path, "--lessons", "Lessons"])
    #expect(graded.status == 0, "\(graded.error)")
    #expect(graded.output.contains("Perfect: \(count) of \(count) right"), "\(graded.output)")
  }

  @Test func theBookRendersAsASiteOfWellFormedPages() throws {
    let site = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rlbook-book-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: site) }
    let result = try cli.run(["render", "Lessons", "--out", site.path])
    #expect(result.status == 0, "\(result.error)")
    let pages = try FileManager.default.contentsOfDirectory(atPath: site.path)
      .filter { $0.hasSuffix(".html") }.sorted()
    #expect(pages.count == 10)
    for page in pages {
      let html = try String(contentsOf: site.appendingPathComponent(page), encoding: .utf8)
      #expect(CLITests.isWellFormed(html), "\(page)")
    }
    let lesson4 = try String(
      contentsOf: site.appendingPathComponent("04-policy-vs-value.html"), encoding: .utf8)
    // π(jump∣start), near 1 and marked as its column's largest.
    let markedProbability = #/<td class="n best"><span class="mark">▸</span>0\.9\d\d</td>/#
    #expect(lesson4.contains(markedProbability))
  }

  /// A real browser opens lesson 4's page (CI installs Debian's chromium).
  @Test(.enabled(if: Chromium.isInstalled))
  func chromiumDrawsLesson4() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rlbook-browser-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let site = folder.appendingPathComponent("site")
    #expect(try cli.run(["render", "Lessons", "--out", site.path]).status == 0)
    let shot = folder.appendingPathComponent("lesson4.png")
    let browser = try Chromium.run(
      site.appendingPathComponent("04-policy-vs-value.html").absoluteString,
      ["--hide-scrollbars", "--window-size=1280,1600", "--screenshot=\(shot.path)"])
    #expect(browser.status == 0, "\(browser.error)")
    let png = try Data(contentsOf: shot)
    let distinct = try #require(PNGCheck.distinctPixelBytes(png))
    #expect(distinct > 64, "the screenshot is blank: \(distinct) distinct bytes")
  }

  /// A real browser checks lesson 2's numeric exercise in the page: a foreseen
  /// mistake gets its feedback, the right number is right.
  @Test(.enabled(if: Chromium.isInstalled))
  func chromiumChecksAnExerciseInThePage() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rlbook-checker-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let site = folder.appendingPathComponent("site")
    #expect(try cli.run(["render", "Lessons", "--out", site.path]).status == 0)
    let page = try String(
      contentsOf: site.appendingPathComponent("02-return-and-discounting.html"), encoding: .utf8)
    // Type a number, press Check, read the verdict; twice. The page's own script judges.
    let probe = """
      <script>
      var form = document.querySelector("#exercise-by-hand form"), seen = [];
      ["11", "3.5", "abc"].forEach(function (typed) {
        form.elements.value.value = typed; form.requestSubmit();
        seen.push(form.querySelector("output").textContent);
      });
      document.body.setAttribute("data-verdicts", seen.join(" | "));
      </script></body>
      """
    let probed = site.appendingPathComponent("probe.html")
    try page.replacingOccurrences(of: "</body>", with: probe).write(
      to: probed, atomically: true, encoding: .utf8)
    let browser = try Chromium.run(
      probed.absoluteString, ["--virtual-time-budget=2000", "--dump-dom"])
    #expect(browser.status == 0, "\(browser.error)")
    let verdicts = try #require(
      browser.output.firstMatch(of: #/data-verdicts="([^"]*)"/#).map { String($0.1) })
    #expect(
      verdicts
        == "11 is not the answer: that is the plain sum. Each reward is multiplied by γ once for every step it waits. | Right. | Type a number, such as 0.5."
    )
  }

  @Test func lesson4PutsQBesidePForTheFourActions() throws {
    let demos = try results(of: "Lessons/04-policy-vs-value.md")
    let table = try #require(outputs(demos[0]).first)
    #expect(table["kind"] as? String == "table")
    let rows = try #require(table["rows"] as? [[Any]])
    #expect(rows.map { $0[0] as? String } == ["left", "right", "jump", "run"])
    func number(_ cell: Any) -> Double? {
      (cell as? Double) ?? ((cell as? [String: Any])?["value"] as? Double)
    }
    func isMarked(_ cell: Any) -> Bool { (cell as? [String: Any])?["highlighted"] as? Bool == true }
    let probabilities = rows.compactMap { number($0[2]) }
    #expect(probabilities.count == 4)
    #expect(abs(probabilities.reduce(0, +) - 1) < 1e-9)
    #expect(rows.filter { isMarked($0[1]) }.count >= 1)  // the argmax of Q
    #expect(rows.filter { isMarked($0[2]) }.count >= 1)  // the argmax of π
  }

  @Test func lesson8TDEndsCloserToTheTruthThanMonteCarlo() throws {
    let demos = try results(of: "Lessons/08-temporal-difference-learning.md")
    let chart = try #require(demos.lazy.flatMap(outputs).first { $0["kind"] as? String == "chart" })
    let series = try #require(chart["series"] as? [[String: Any]])
    #expect(series.map { $0["name"] as? String } == ["td0", "monte-carlo"])
    let finals = series.compactMap { ($0["y"] as? [Double])?.last }
    #expect(finals.count == 2)
    #expect(finals[0] < finals[1])
  }

  @Test func lesson9TheAgentThatKeepsLearningEndsAboveTheFrozenOne() throws {
    let demos = try results(of: "Lessons/09-learning-while-acting.md")
    let chart = try #require(outputs(demos[0]).first { $0["kind"] as? String == "chart" })
    let series = try #require(chart["series"] as? [[String: Any]])
    let names = series.compactMap { $0["name"] as? String }
    #expect(names == ["q-learning (frozen-after 1000)", "q-learning (frozen-after never)"])
    let frozen = try #require(series[0]["y"] as? [Double])
    let learning = try #require(series[1]["y"] as? [Double])
    let afterChange = frozen.count / 2 + 2
    #expect(learning[afterChange...].reduce(0, +) > frozen[afterChange...].reduce(0, +))
    #expect(learning.last! > frozen.last!)
  }
}
