import Foundation
import RLBookTestSupport
import Testing

/// `rlbook step` driven in a real terminal: tmux sends keys and captures the screen.
///
/// Runs when tmux is installed (CI installs it) and `RLBOOK_RELEASE_TESTS=1`.
@Suite(
  .enabled(
    if: ProcessInfo.processInfo.environment["RLBOOK_RELEASE_TESTS"] == "1"
      && FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")),
  .serialized)
struct StepTerminalTests {
  /// A tmux session running `rlbook step` on a lesson, then saving `stty -a`
  /// (with core files off: some tests end rlbook with a crash signal).
  ///
  /// Each session has a tmux server of its own (`-L`), killed when it ends, so
  /// the tests never touch a user's tmux and leave nothing running.
  final class Session {
    let name = "rlbook-\(UUID().uuidString.prefix(8))"
    let stty = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rlbook-stty-\(UUID().uuidString)")
    let cache = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rlbook-step-cache-\(UUID().uuidString)")

    /// `rlbook step LESSON`.
    convenience init(lesson: String, width: Int = 100, height: Int = 30) throws {
      try self.init(arguments: "step \(lesson)", width: width, height: height)
    }

    /// `rlbook ARGUMENTS`, with `environment` (`NAME='value' …`) set.
    init(arguments: String, width: Int = 100, height: Int = 30, environment: String = "") throws {
      let command =
        "ulimit -c 0; cd '\(Fixtures.packageRoot.path)' && XDG_CACHE_HOME='\(cache.path)' XDG_STATE_HOME='\(cache.path)/state' \(environment) '\(CLITests.binary.path)' \(arguments); stty -a > '\(stty.path)'"
      try tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", command])
    }

    deinit {
      _ = try? tmux(["kill-server"])
      try? FileManager.default.removeItem(at: stty)
      try? FileManager.default.removeItem(at: cache)
    }

    /// Sends keys (tmux names: `Right`, `Enter`, `C-c`) or, with `literally`, text.
    func send(_ keys: String..., literally: Bool = false) throws {
      try tmux(["send-keys", "-t", name] + (literally ? ["-l"] : []) + keys)
    }

    /// The screen as text.
    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", name]) }

    /// Waits until the screen contains `text` (at most 20 s); returns the screen.
    @discardableResult
    func waitFor(_ text: String) throws -> String {
      let deadline = Date().addingTimeInterval(20)
      var last = ""
      while Date() < deadline {
        last = try screen()
        if last.contains(text) { return last }
        Thread.sleep(forTimeInterval: 0.1)
      }
      Issue.record("timed out waiting for “\(text)”; the screen was:\n\(last)")
      return last
    }

    /// The terminal settings after rlbook ended, once they have been saved.
    func settingsAfterExit() throws -> String {
      let deadline = Date().addingTimeInterval(10)
      while Date() < deadline {
        if let text = try? String(contentsOf: stty, encoding: .utf8), !text.isEmpty { return text }
        Thread.sleep(forTimeInterval: 0.1)
      }
      return ""
    }

    /// Runs a tmux command against this session's server; returns what it printed.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
      try Subprocess.run("/usr/bin/tmux", ["-L", name] + arguments, timeout: 20).output
    }
  }

  /// Whether `stty -a` shows canonical mode and echo back on.
  private func isRestored(_ settings: String) -> Bool {
    let words = settings.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" })
    return words.contains("icanon") && words.contains("echo")
  }

  @Test func pagesTurnAndTheDemoRunsWhenShown() throws {
    let session = try Session(lesson: "Tests/Fixtures/every-view.md")
    try session.waitFor("section 1/10")
    try session.send("Right")
    // The lesson's q-vs-policy table, trained on arrival (its Q column is tabular, so the
    // same on every machine).
    let screen = try session.waitFor("▸801.327")
    #expect(screen.contains("section 2/10"))
    #expect(screen.contains("State start of mario: q-learning's Q beside reinforce's π"))
    try session.send("g", "9", "Enter")
    try session.waitFor("section 9/10")
    try session.send("?")
    try session.waitFor("this help")
    try session.send("q")
    try session.waitFor("section 9/10")
    try session.send("q")
    #expect(isRestored(try session.settingsAfterExit()))
  }

  @Test func settingAParameterRetrainsAndShowsInTheProvenance() throws {
    let session = try Session(lesson: "Tests/Fixtures/cliff-demo.md", height: 60)
    try session.waitFor("alpha 0.5")
    try session.send("s")
    try session.send("alpha=0.25", literally: true)
    try session.send("Enter")
    let screen = try session.waitFor("alpha 0.25")
    #expect(screen.contains("alpha=0.25"))  // the footer
    try session.send("s")
    try session.send("alpha=2", literally: true)
    try session.send("Enter")
    try session.waitFor("`alpha: 2` is out of range")
    try session.send("C-c")
    #expect(isRestored(try session.settingsAfterExit()))
  }

  @Test func tStepsThroughActorCriticOneUpdateAtATime() throws {
    let session = try Session(lesson: "Lessons/07-actor-critic.md", height: 45)
    try session.waitFor("section 1/")
    try session.send("Right")
    try session.send("Right")
    // The trace is the answer to a prediction: answer first, then it shows.
    try session.waitFor("exercise first-deltas")
    for key in ["a", "1", "Enter"] { try session.send(key) }
    try session.waitFor("Right.")
    try session.send("Right")
    try session.waitFor("t step through")
    try session.send("t")
    let screen = try session.waitFor("Step 1 of 8 · episode 1, t = 0")
    #expect(screen.contains("3. The critic scores it: δ = r + γV(s′) − V(s) = 1 + 0.99 × "))
    #expect(screen.contains("← sampled"))
    try session.send("t")
    try session.waitFor("Step 2 of 8 · episode 1, t = 1")
    try session.send("T")
    try session.send("T")
    try session.waitFor("t step through")  // the page again
    try session.send("q")
    #expect(isRestored(try session.settingsAfterExit()))
  }

  @Test func wReplaysTrainingFrameByFrame() throws {
    let session = try Session(lesson: "Tests/Fixtures/cliff-demo.md", height: 60)
    try session.waitFor("w watch")
    try session.send("w")
    let screen = try session.waitFor("replayed to the end; any key returns to the page")
    #expect(screen.contains("Return per episode on cliff"))
    try session.send("q")
    #expect(isRestored(try session.settingsAfterExit()))
  }

  /// Lesson 8's tuning answered wrong, then right; the progress is there the next time.
  @Test func aTuningExerciseIsAnsweredWrongThenRightAndRemembered() throws {
    let session = try Session(
      lesson: "Lessons/08-temporal-difference-learning.md", width: 80, height: 24)
    try session.waitFor("section 1/8")
    try session.send("g")
    try session.send("6")
    try session.send("Enter")
    try session.waitFor("exercise sarsa-to-the-edge")
    try session.waitFor("s key=value  c check")
    try session.send("s")
    for key in ["epsilon=0.3", "Enter", "c"] { try session.send(key) }
    let wrong = try session.waitFor("The goal is not met on seed 0: argmax sarsa.q(24) = {up}.")
    #expect(wrong.contains("Your settings: epsilon=0.3"))
    try session.send("x")
    try session.waitFor("Hint 1 of 2")
    try session.send("s")
    for key in ["epsilon=0", "Enter", "c"] { try session.send(key) }
    let right = try session.waitFor("Right: the goal is met on all 3 seeds.")
    #expect(right.contains("SARSA is on-policy"))
    try session.send("q")
    // The next session opens at the exercise not yet answered, the impossible one.
    let again = try Session(
      arguments: "step Lessons/08-temporal-difference-learning.md", width: 80, height: 24,
      environment: "XDG_STATE_HOME='\(session.cache.path)/state'")
    try again.waitFor("exercise q-learning-off-the-edge")
    try again.waitFor("welcome back")
    try again.send("a")
    for key in ["impossible", "Enter"] { try again.send(key) }
    try again.waitFor("Right: it cannot be done.")
    try again.send("q")
  }

  /// An answer judged against demos changed by `--set` is shown, and not saved.
  @Test func anAnswerUnderAnotherSettingIsJudgedButNotSaved() throws {
    let session = try Session(
      arguments: "step Lessons/02-return-and-discounting.md --set rewards=[1,1,10]",
      width: 80, height: 24)
    try session.waitFor("section 1/")
    try session.send("/")
    for key in ["What is the return", "Enter"] { try session.send(key, literally: key != "Enter") }
    try session.waitFor("exercise by-hand")
    try session.send("a")
    for key in ["4", "Enter"] { try session.send(key) }
    let screen = try session.waitFor("Not saved to your progress")
    #expect(screen.contains("judged with rewards=[1, 1, 10]"))
    try session.send("q")
    _ = try session.settingsAfterExit()
    let progress = try CLITests().run(
      ["progress", "Lessons/02-return-and-discounting.md"],
      environment: ["XDG_STATE_HOME": session.cache.path + "/state"])
    #expect(progress.output.contains("0/3 right"), "\(progress.output)")
  }

  @Test func presentTrainsLiveNudgesGammaAndTheNotesFollow() throws {
    let runtime = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rlbook-present-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: runtime) }
    let environment = "XDG_RUNTIME_DIR='\(runtime.path)'"
    // A file left by a presenter of another lesson that has gone is not shown.
    let file = runtime.appendingPathComponent("rlbook/presenter-notes.txt")
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try
      "rlbook notes · presenter 2147483000 · Lessons/05-value-learning.md\nSlide 4 of 9 · Stale\nnext: \n\nOld.\n"
      .write(to: file, atomically: true, encoding: .utf8)
    let notes = try Session(
      arguments: "present --notes Lessons/08-temporal-difference-learning.md", width: 80,
      height: 20, environment: environment)
    try notes.waitFor("Waiting for rlbook present")
    #expect(try !notes.screen().contains("Stale"))
    let presenter = try Session(
      arguments: "present Lessons/08-temporal-difference-learning.md", width: 110, height: 45,
      environment: environment)
    try presenter.waitFor("1 / 18")
    #expect(try presenter.screen().contains("▀█▀ █▀▀ █▄█ █▀▄"))  // "TEMP" in block letters
    try notes.waitFor("Slide 1 of 18 · Temporal-difference learning")
    try presenter.send("Right")
    try presenter.send("Right")
    try notes.waitFor("Ask the room: after one step")
    for _ in 0..<5 { try presenter.send("Right") }
    try presenter.waitFor("8 / 18")
    try presenter.waitFor("The first 9 updates of td0 on random-walk")  // trained on arrival
    try notes.waitFor("Slide 8 of 18 · The random walk")
    try presenter.send("g")
    let screen = try presenter.waitFor("gamma 0.999")  // the provenance of the run trained again
    #expect(screen.contains("γ 1 → 0.999"))
    // The room's suggestions for a tuning, typed by the teacher and retrained live.
    try presenter.send("End")
    try presenter.send("Left")
    try presenter.send("Left")
    try presenter.waitFor("s epsilon=… trains and checks")
    try presenter.send("s")
    try presenter.send("epsilon=0.1", literally: true)
    try presenter.waitFor("settings: epsilon=0.1")
    try presenter.send("Enter")
    try presenter.waitFor("The goal is not met on seed 0: argmax sarsa.q(24) = {up}.")
    try presenter.send("s")
    try presenter.send("epsilon=0", literally: true)
    try presenter.send("Enter")
    let right = try presenter.waitFor("Right: the goal is met on all 3 seeds.")
    #expect(right.contains("SARSA is on-policy"))  // the explanation follows a right answer
    try presenter.send("q")
    #expect(isRestored(try presenter.settingsAfterExit()))
    // The presenter took its notes with it.
    try notes.waitFor("Waiting for rlbook present")
    #expect(!FileManager.default.fileExists(atPath: file.path))
    try notes.send("q")
    #expect(isRestored(try notes.settingsAfterExit()))
  }

  /// A progress line follows the window's width when it is narrowed during training.
  @Test func theProgressLineFitsAWindowNarrowedDuringTraining() throws {
    let lesson = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rlbook-progress-\(UUID().uuidString).md")
    // A wider layer than the default keeps DQN training (about 6 s) for longer than the test watches.
    try "# Long\n\n```rl\nenv: cartpole\nagent: dqn\nhidden: [48]\nepisodes: 1500\n```\n"
      .write(to: lesson, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: lesson) }
    let session = try Session(arguments: "check --no-cache \(lesson.path)", width: 120, height: 20)
    try session.waitFor("demo 1/1 dqn")
    try session.tmux(["resize-window", "-t", session.name, "-x", "50", "-y", "20"])
    // The line drawn at 120 columns is reflowed by the terminal; every line drawn after
    // the resize fits 50 columns, so redraws stay on one row instead of stacking up.
    func bars() throws -> [Substring] {
      try session.screen().split(separator: "\n").filter { $0.contains("░") || $0.contains("█") }
    }
    Thread.sleep(forTimeInterval: 1)
    let before = try bars()
    Thread.sleep(forTimeInterval: 1.5)
    let after = try bars()
    #expect(after.count <= before.count, "\(after)")
    let last = try #require(after.last)
    #expect(last.hasPrefix("demo 1/1 dqn") && last.count < 50, "\(after)")
  }

  /// An ending signal, or one of a crash (a Swift trap is SIGILL), restores the terminal.
  @Test(arguments: ["TERM", "ILL", "TRAP", "ABRT", "SEGV", "BUS", "FPE"])
  func aSignalRestoresTheTerminal(_ signal: String) throws {
    let session = try Session(lesson: "Tests/Fixtures/cliff-demo.md")
    try session.waitFor("section 1/")
    let pid = try session.tmux(["display-message", "-p", "-t", session.name, "#{pane_pid}"])
    let shell = pid.trimmingCharacters(in: .whitespacesAndNewlines)
    try Subprocess.run("/usr/bin/pkill", ["-\(signal)", "-P", shell, "rlbook"], timeout: 20)
    #expect(isRestored(try session.settingsAfterExit()), "SIG\(signal)")
    let screen = try session.screen()
    #expect(!screen.contains("section 1/"), "still on the alternate screen after SIG\(signal)")
  }
}
