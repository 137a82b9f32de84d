import Foundation
import Lessons
import Synchronization
import Testing

@testable import Demos

/// The result cache: hits give the same value, any change of key misses, corrupt entries heal.
@Suite struct CacheTests {
  let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
    "rlbook-cache-tests-\(UUID().uuidString)")

  private let body =
    "env: cliff\nagent: sarsa\nepisodes: 50\nshow: [q-table, learning-curve]\nstate: start"

  private func lesson(_ body: String) -> Lesson {
    LessonParser(fileExists: { _ in true }).parse("```rl\n" + body + "\n```\n", path: "t.md")
  }

  private func runs(_ body: String, version: String = "1", seed: Int? = nil) -> [DemoRun] {
    let runner = DemoRunner(
      validator: DemoValidator(seed: seed),
      cache: ResultCache(directory: directory, version: version))
    return runner.timedRuns(lesson(body))
  }

  @Test func aHitIsTheSameResultAsAFreshRun() throws {
    defer { try? FileManager.default.removeItem(at: directory) }
    let first = try #require(runs(body).first)
    let second = try #require(runs(body).first)
    #expect(!first.isCached)
    #expect(second.isCached)
    #expect(second.result == first.result)
    #expect(second.result == DemoRunner().run(lesson(body))[0])
  }

  @Test func anyChangeOfKeyMisses() throws {
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = runs(body)
    #expect(runs(body + "\nalpha: 0.2").first?.isCached == false)
    #expect(runs(body, seed: 4).first?.isCached == false)
    #expect(runs(body, version: "2").first?.isCached == false)
    #expect(runs(body.replacingOccurrences(of: "q-table, ", with: "")).first?.isCached == false)
    #expect(runs(body).first?.isCached == true)
  }

  @Test func aCorruptEntryIsIgnoredAndRewritten() throws {
    defer { try? FileManager.default.removeItem(at: directory) }
    let fresh = try #require(runs(body).first)
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(files.count == 1)
    let url = directory.appendingPathComponent(files[0])
    try Data("{\"key\": \"not this".utf8).write(to: url)
    let healed = try #require(runs(body).first)
    #expect(!healed.isCached)
    #expect(healed.setAsideEntry == "it is not a cache entry rlbook can read")
    #expect(healed.result == fresh.result)
    #expect(runs(body).first?.isCached == true)
  }

  /// An entry whose digits were edited is still valid JSON: its checksum gives it away.
  @Test func anEditedEntryIsSetAsideAndTheDemoTrainedAgain() throws {
    defer { try? FileManager.default.removeItem(at: directory) }
    let fresh = try #require(runs(body).first)
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    let url = directory.appendingPathComponent(try #require(files.first))
    let text = try String(contentsOf: url, encoding: .utf8)
    // Change the outputs' digits 3 to 4 (values, returns), keeping the JSON valid and the
    // key (entries are written with sorted keys: checksum, key, outputs, provenance).
    let outputs = try #require(text.range(of: "\"outputs\""))
    let edited =
      String(text[..<outputs.lowerBound])
      + text[outputs.lowerBound...].replacingOccurrences(of: "3", with: "4")
    #expect(edited != text)
    try Data(edited.utf8).write(to: url)
    #expect(try JSONSerialization.jsonObject(with: Data(edited.utf8)) is [String: Any])
    let healed = try #require(runs(body).first)
    #expect(!healed.isCached)
    #expect(healed.setAsideEntry == "its contents do not match its checksum")
    #expect(healed.result == fresh.result)
    let again = try #require(runs(body).first)
    #expect(again.isCached && again.setAsideEntry == nil)
  }

  @Test func resultsDoNotDependOnHowTrainingIsChunked() throws {
    let spec = lesson(
      "env: frozenlake\nagents: [q-learning, reinforce, dqn]\nepisodes: 60\nsteps: 1000\ntrace: 5\nshow: [q-table, trace, learning-curve]"
    ).demos[0]
    var whole = DemoRunner()
    whole.chunkCount = 1
    var chunked = DemoRunner()
    chunked.chunkCount = 7
    #expect(whole.run(spec) == chunked.run(spec))
  }

  /// Every progress report of training the demo in `source`.
  private func progressReports(_ source: String) -> [TrainingProgress] {
    let reports = Mutex<[TrainingProgress]>([])
    let runner = DemoRunner(progress: { _, progress in reports.withLock { $0.append(progress) } })
    _ = runner.run(lesson(source))
    return reports.withLock { $0 }
  }

  @Test func progressIsReportedAfterEveryChunk() {
    let all = progressReports(
      "env: cliff\nagent: q-learning\nepisodes: 100\nruns: 2\nshow: learning-curve")
    #expect(all.count == 40)
    #expect(all.last?.fraction == 1)
    #expect(all.map(\.episodesDone).prefix(3) == [5, 10, 15])
  }

  @Test func progressCountsStepsWhenTheStepBudgetEndsTraining() {
    let all = progressReports(
      "env: cliff\nagent: q-learning\nepisodes: 1000\nsteps: 8000\nshow: learning-curve")
    // The budget runs out long before 1000 episodes: the fraction follows the steps.
    #expect(all.last!.episodesDone < 1000)
    #expect(all.last!.isRunDone && all.last!.fraction == 1)
    #expect(all.allSatisfy { $0.stepBudget == 8000 && $0.stepsDone <= 8000 })
    let fractions = all.map(\.fraction)
    #expect(fractions == fractions.sorted())
    #expect(all.dropLast().contains { $0.fraction > Double($0.episodesDone) / 1000 })
  }
}
