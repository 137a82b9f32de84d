import Foundation
import RLBookTestSupport
import TerminalUI
import Testing

/// Every screen of the book read the way a person reads it, in tmux at 80×24:
/// nothing wider than the window, the footer on the last rows, one progress
/// line redrawn in place while a demo trains, the changed output in view.
///
/// Release tests (`RLBOOK_RELEASE_TESTS=1`, with tmux): they train every demo.
@Suite(
  .enabled(
    if: ProcessInfo.processInfo.environment["RLBOOK_RELEASE_TESTS"] == "1"
      && FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")),
  .serialized)
struct ScreenLookTests {
  typealias Session = StepTerminalTests.Session

  /// What was wrong with one screen, each with the screen.
  struct Look {
    let session: Session
    let width: Int
    let height: Int
    var problems: [String] = []

    /// The screen once nothing trains and it has stopped changing (at most 120 s);
    /// every capture meanwhile is checked for a single, in-place progress line.
    ///
    /// A slide's footer holds a clock, so `present` screens are compared without it.
    mutating func settled(presenting: Bool = false) throws -> String {
      let deadline = Date().addingTimeInterval(120)
      var previous = ""
      while Date() < deadline {
        let screen = try session.screen()
        var rows = screen.components(separatedBy: "\n")
        let bars = rows.filter { $0.hasPrefix("training demo") || $0.contains("░░░") }
        if presenting { rows = rows.filter { !$0.contains(" / ") } }
        let compared = rows.joined(separator: "\n")
        if presenting ? screen.contains("░░░") : screen.contains("training demo") {
          if !presenting,
            bars.count != 1 || !(rows.last { !$0.isEmpty }?.hasPrefix("training demo") ?? false)
          {
            problems.append("progress lines stacked (\(bars.count) on screen):\n\(screen)")
          }
        } else if compared == previous {
          return screen
        }
        previous = compared
        Thread.sleep(forTimeInterval: 0.25)
      }
      problems.append("the screen never settled:\n\(previous)")
      return previous
    }

    /// Checks that no logical line (wrapped lines joined) is wider than the window.
    mutating func checkWidths(where place: String) throws {
      let joined = try session.tmux(["capture-pane", "-pJ", "-t", session.name])
      for line in joined.components(separatedBy: "\n") {
        var shown = Substring(line)
        while shown.last == " " { shown = shown.dropLast() }
        if DisplayWidth.of(shown) > width {
          problems.append("\(place): a line of \(DisplayWidth.of(shown)) columns: \(shown)")
        }
      }
    }

    /// The screen's rows, if there are exactly as many as the window has.
    mutating func rows(of screen: String, where place: String) -> [String]? {
      var rows = screen.components(separatedBy: "\n")
      if rows.last == "" { rows.removeLast() }
      guard rows.count == height else {
        problems.append("\(place): \(rows.count) rows, not \(height)")
        return nil
      }
      return rows
    }

    /// Checks one settled screen of `step`; returns its status line.
    mutating func check(_ screen: String, where place: String) throws -> String {
      try checkWidths(where: place)
      guard let rows = rows(of: screen, where: place) else { return "" }
      let status = rows[height - 2]
      if !status.hasPrefix("section ") || !rows[height - 3].hasPrefix("────") {
        problems.append("\(place): the footer is not on the last rows:\n\(screen)")
      }
      if rows[height - 1].trimmingCharacters(in: .whitespaces).isEmpty {
        problems.append("\(place): the last row is blank:\n\(screen)")
      }
      return status
    }
  }

  static let lessons = try! FileManager.default.contentsOfDirectory(
    atPath: Fixtures.packageRoot.appendingPathComponent("Lessons").path
  ).filter { $0.hasSuffix(".md") }.sorted()

  /// Every section of every lesson, every screen of it (→ reads on), at 80×24.
  /// Exercises are given up on (`v`) so that the demos they hold back show too.
  @Test(arguments: lessons)
  func everyScreenOfTheLessonFitsEightyByTwentyFour(_ lesson: String) throws {
    let session = try Session(lesson: "Lessons/\(lesson)", width: 80, height: 24)
    var look = Look(session: session, width: 80, height: 24)
    try session.waitFor("section 1/")
    var seen = Set<String>()
    for _ in 0..<200 {
      var screen = try look.settled()
      if screen.contains("v give up") {
        try session.send("v")
        Thread.sleep(forTimeInterval: 0.3)
        screen = try look.settled()
      }
      let status = try look.check(screen, where: "\(lesson) screen \(seen.count + 1)")
      if status.isEmpty || !seen.insert(status).inserted { break }
      try session.send("Right")
      Thread.sleep(forTimeInterval: 0.2)
      if try session.screen().contains("this is the last page") { break }
    }
    #expect(seen.count > 3, "only \(seen.count) screens of \(lesson) were read")
    for problem in look.problems { Issue.record("\(problem)") }
    try session.send("q")
  }

  /// Every slide of lesson 8 in `present` on a projector (200×55) and a laptop
  /// (100×30): nothing wider than the screen, the slide number and clock on the
  /// last row.
  @Test(arguments: [(200, 55), (100, 30)])
  func everySlideOfLessonEightFits(width: Int, height: Int) throws {
    let session = try Session(
      arguments: "present Lessons/08-temporal-difference-learning.md", width: width,
      height: height)
    var look = Look(session: session, width: width, height: height)
    try session.waitFor("1 / 18")
    for slide in 1...18 {
      let screen = try look.settled(presenting: true)
      let place = "slide \(slide) at \(width)×\(height)"
      try look.checkWidths(where: place)
      guard let rows = look.rows(of: screen, where: place) else { break }
      let footer = rows[height - 1]
      if footer.range(of: #"\b\#(slide) / 18   \d+:\d\d$"#, options: .regularExpression) == nil {
        look.problems.append("\(place): the footer is not on the last row:\n\(screen)")
      }
      if slide < 18 { try session.send("Right") }
    }
    for problem in look.problems { Issue.record("\(problem)") }
    try session.send("q")
  }

  /// After `s gamma=0.5` on lesson 4's comparison, the retrained table is in view.
  @Test func theChangedOutputIsInViewAfterASetting() throws {
    let session = try Session(lesson: "Lessons/04-policy-vs-value.md", width: 80, height: 24)
    var look = Look(session: session, width: 80, height: 24)
    try session.waitFor("section 1/")
    try session.send("g", "5", "Enter")
    try session.waitFor("v give up")
    try session.send("v")
    _ = try look.settled()
    try session.send("g", "6", "Enter")
    _ = try look.settled()
    try session.send("s")
    try session.send("gamma=0.5", literally: true)
    try session.send("Enter")
    let screen = try look.settled()
    _ = try look.check(screen, where: "after s gamma=0.5")
    #expect(screen.contains("gamma=0.5"))
    #expect(
      screen.contains("│ next action │ Q(s,a) · q-learning │ π(a∣s) · reinforce │"), "\(screen)")
    #expect(screen.contains("│ jump "), "\(screen)")
    for problem in look.problems { Issue.record("\(problem)") }
  }
}
