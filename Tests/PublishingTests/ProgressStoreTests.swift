import Foundation
import Publishing
import Testing

/// The learner's answers, kept between sessions, written atomically, never lost.
@Suite struct ProgressStoreTests {
  func folder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rlbook-progress-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func answersAreKeptResumedAndReset() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("state/rlbook/progress.json").path
    var (store, problem) = ProgressStore.load(at: path)
    #expect(problem == nil)
    try store.record(lessonAt: "Lessons/a.md", exercise: "x", answer: "11", isRight: false)
    try store.record(lessonAt: "Lessons/a.md", exercise: "x", answer: "3.5", isRight: true)
    try store.record(
      lessonAt: "Lessons/a.md", exercise: "y", answer: nil, isRight: false, gaveUp: true)
    let (again, _) = ProgressStore.load(at: path)
    let records = again.records(ofLessonAt: "Lessons/./a.md")
    #expect(records["x"]?.isRight == true)
    #expect(records["x"]?.attempts == 2)
    #expect(records["x"]?.lastAnswer == "3.5")
    #expect(records["y"]?.gaveUp == true)
    #expect(records["y"]?.attempts == 0)
    var reset = again
    #expect(try reset.reset(lessonAt: "Lessons/a.md"))
    #expect(ProgressStore.load(at: path).store.records(ofLessonAt: "Lessons/a.md").isEmpty)
    #expect(try !reset.reset(lessonAt: "Lessons/a.md"))
  }

  @Test func aCorruptFileIsSetAsideNotLost() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("progress.json").path
    try "{ not json".write(toFile: path, atomically: true, encoding: .utf8)
    let (store, problem) = ProgressStore.load(at: path)
    #expect(store.lessons.isEmpty)
    #expect(problem?.contains("did not read; it was kept as") == true)
    let kept = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(kept.count == 1)
    #expect(kept[0].hasPrefix("progress.json.unreadable-"))
    #expect(
      try String(contentsOfFile: folder.appendingPathComponent(kept[0]).path, encoding: .utf8)
        == "{ not json")
  }

  @Test func theFileLivesUnderXDGStateHome() {
    #expect(
      ProgressStore.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])
        == "/s/rlbook/progress.json")
    #expect(
      ProgressStore.defaultPath(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"])
        == "/h/.local/state/rlbook/progress.json")
  }
}
