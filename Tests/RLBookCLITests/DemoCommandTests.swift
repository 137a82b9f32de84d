import Foundation
import RLBookTestSupport
import Testing

/// `run`, `check`, `envs` and `agents` with demos: outputs, errors in place, overrides, snapshots.
extension CLITests {
  private var everyView: String { "Tests/Fixtures/every-view.md" }

  @Test(arguments: ["text", "markdown", "json"])
  func everyViewMatchesItsSnapshot(format: String) throws {
    let result = try run(["run", everyView, "--format", format, "--width", "80"])
    #expect(result.status == 1)  // the lesson's last block has a typo
    // The fixture trains REINFORCE: its policy column is a network's output.
    expectSnapshot(
      result.output,
      named: "every-view.\(format == "text" ? "txt" : format == "markdown" ? "md" : "json")",
      holdsNetworkOutputs: true)
  }

  @Test func runIsByteIdenticalFromRunToRun() throws {
    let first = try run(["run", everyView, "--format", "json"])
    let second = try run(["run", everyView, "--format", "json"])
    #expect(first.output == second.output)
    #expect(!first.output.isEmpty)
  }

  @Test func aBrokenDemoShowsItsErrorInPlaceAndTheOthersStillRun() throws {
    let result = try run(["run", everyView, "--width", "80"])
    #expect(result.error.contains("every-view.md:145:1: error: unknown key `gama`"))
    #expect(result.output.contains("145:1: error: unknown key `gama`"))
    #expect(result.output.contains("State start of mario: q-learning's Q beside reinforce's π"))
  }

  @Test func checkRunsTheDemos() throws {
    let result = try run(["check", everyView])
    #expect(result.status == 1)
    #expect(result.output == "1 lesson, 9 demos, 1 error, 0 warnings\n")
    // Training the whole book is for the release tests (BookTests); here, validation only.
    let lessons = try run(["check", "Lessons", "--no-training"])
    #expect(lessons.status == 0, "\(lessons.error)")
    #expect(lessons.output.hasSuffix(" 0 errors, 0 warnings\n"))
  }

  @Test func seedAndSetApplyToEveryDemoOrToOne() throws {
    let base = try run(["run", "Tests/Fixtures/cliff-demo.md", "--format", "json"])
    let seeded = try run(["run", "Tests/Fixtures/cliff-demo.md", "--format", "json", "--seed", "5"])
    #expect(seeded.output.contains("\"seed\": \"5\""))
    #expect(seeded.output != base.output)
    let set = try run(
      [
        "run", "Tests/Fixtures/cliff-demo.md", "--format", "json", "--set", "alpha=0.1", "--demo",
        "1",
      ])
    #expect(set.output.contains("\"alpha\": \"0.1\""))
    let other = try run(
      [
        "run", "Tests/Fixtures/cliff-demo.md", "--format", "json", "--set", "alpha=0.1", "--demo",
        "2",
      ])
    #expect(other.output == base.output)
    let bad = try run(["run", "Tests/Fixtures/cliff-demo.md", "--set", "gamma=2"])
    #expect(bad.status == 1)
    #expect(bad.error.contains("error: --set gamma: `gamma: 2` is out of range"))
    #expect(try run(["run", "--set", "gamma"]).error.contains("--set takes key=value"))
  }

  @Test func limitsAreLiftedOnlyOnRequest() throws {
    let result = try run(["check", "Tests/Fixtures/cliff-demo.md", "--set", "episodes=1e12"])
    #expect(result.status == 1)
    #expect(result.error.contains("over the limit of 100,000 episodes"))
    #expect(result.error.contains("--allow-long"))
  }

  @Test func timingsAndTheCacheAreVolatileFactsOnStandardError() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rlbook-timings-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let arguments = [
      "run", "Tests/Fixtures/cliff-demo.md", "--timings", "--cache-dir", directory.path,
    ]
    let fresh = try run(arguments)
    let cached = try run(arguments)
    let uncached = try run(arguments + ["--no-cache"])
    #expect(fresh.error.contains("Tests/Fixtures/cliff-demo.md:9: demo 1: trained in"))
    #expect(cached.error.contains("demo 1: from the cache in"))
    #expect(uncached.error.contains("demo 1: trained in"))
    #expect(fresh.output == cached.output && cached.output == uncached.output)
    #expect(!fresh.output.contains(" s\n"))
  }

  @Test func stepPrintsLikeRunWhenNotATerminal() throws {
    let step = try run(["step", "Tests/Fixtures/cliff-demo.md", "--seed", "3"])
    let printed = try run(["run", "Tests/Fixtures/cliff-demo.md", "--seed", "3"])
    #expect(step.status == 0)
    #expect(step.output == printed.output)
    #expect(step.output.contains("seed 3"))
    #expect(!step.output.contains("\u{1B}["))
  }

  @Test func presentPrintsLikeRunWhenNotATerminalAndNotesSayWhenNothingRuns() throws {
    let present = try run(["present", "Tests/Fixtures/cliff-demo.md", "--seed", "3"])
    let printed = try run(["run", "Tests/Fixtures/cliff-demo.md", "--seed", "3"])
    #expect(present.status == 0)
    #expect(present.output == printed.output)
    let empty = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rlbook-no-presenter-\(UUID().uuidString)")
    let notes = try run(["present", "--notes"], environment: ["XDG_RUNTIME_DIR": empty.path])
    #expect(notes.status == 0)
    #expect(notes.output == "No presentation is running (start one with rlbook present LESSON).\n")
    let missing = try run(["present"])
    #expect(missing.status != 0)
    #expect(missing.error.contains("give the lesson to present"))
    let many = try run(["present", "Lessons"])
    #expect(many.status != 0)
    #expect(many.error.contains("present shows one lesson, and this holds 9"))
  }

  @Test func envsAndAgentsListTheRegistry() throws {
    let envs = try run(["envs"]).output
    for name in [
      "frozenlake", "cliff", "cartpole", "gridworld", "random-walk", "windy", "bandit", "mario",
      "pendulum",
    ] {
      #expect(envs.contains(name))
    }
    #expect(envs.contains("slippery"))
    let agents = try run(["agents"]).output
    for name in [
      "value-iteration", "q-learning", "reinforce", "actor-critic", "dqn", "epsilon-greedy",
    ] {
      #expect(agents.contains(name))
    }
    #expect(agents.contains("Views (show: …)"))
    let one = try run(["agents", "q-learning"])
    #expect(one.output.contains("alpha") && !one.output.contains("reinforce"))
    let typo = try run(["envs", "mari"])
    #expect(typo.status != 0)
    #expect(typo.error.contains("Did you mean `mario`?"))
  }
}
