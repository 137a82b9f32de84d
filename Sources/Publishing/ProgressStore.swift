import Foundation

/// A learner's answers to the exercises, kept between sessions in
/// `$XDG_STATE_HOME/rlbook/progress.json` (else `~/.local/state/rlbook/`).
///
/// Keyed by the lesson's absolute path and the exercise's id, inside the
/// file: ids never become parts of a path. Every save writes the whole file
/// atomically; a file that does not read is set aside beside it (never lost,
/// never silently replaced) and the store starts afresh, saying so.
public struct ProgressStore: Sendable {
  /// What became of one exercise.
  public struct Record: Codable, Hashable, Sendable {
    /// Whether it was answered right (at some attempt).
    public var isRight = false
    /// How many answers were judged.
    public var attempts = 0
    /// Whether the learner gave up and was shown the explanation.
    public var gaveUp = false
    /// The last answer, as typed.
    public var lastAnswer: String?

    /// A record of nothing yet.
    public init() {}
  }

  /// The file.
  public let path: String
  /// Each lesson's records, by exercise id.
  public private(set) var lessons: [String: [String: Record]] = [:]

  private struct File: Codable {
    var version = 1
    var lessons: [String: [String: Record]]
  }

  /// The default file for `environment` (the process's).
  public static func defaultPath(environment: [String: String]) -> String {
    let base =
      environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
      ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/state")
    return base + "/rlbook/progress.json"
  }

  /// The store at `path`, and a message when its file did not read and was set aside.
  public static func load(at path: String) -> (store: ProgressStore, problem: String?) {
    var store = ProgressStore(path: path)
    guard let data = FileManager.default.contents(atPath: path) else { return (store, nil) }
    do {
      let file = try JSONDecoder().decode(File.self, from: data)
      store.lessons = file.lessons
      return (store, nil)
    } catch {
      let aside = path + ".unreadable-\(Int(Date().timeIntervalSince1970))"
      let moved = rename(path, aside) == 0
      return (
        store,
        moved
          ? "the progress file \(path) did not read; it was kept as \(aside) and progress starts afresh"
          : "the progress file \(path) did not read and could not be set aside; progress will not be saved"
      )
    }
  }

  private init(path: String) { self.path = path }

  /// The key of a lesson: its absolute path.
  public static func key(ofLessonAt path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
  }

  /// The records of the lesson at `path`.
  public func records(ofLessonAt path: String) -> [String: Record] {
    lessons[Self.key(ofLessonAt: path)] ?? [:]
  }

  /// Records a judged answer (or a give-up, with `gaveUp`) and saves.
  public mutating func record(
    lessonAt path: String, exercise: String, answer: String?, isRight: Bool, gaveUp: Bool = false
  ) throws {
    let key = Self.key(ofLessonAt: path)
    var record = lessons[key]?[exercise] ?? Record()
    if let answer {
      record.attempts += 1
      record.lastAnswer = answer
    }
    record.isRight = record.isRight || isRight
    record.gaveUp = record.gaveUp || gaveUp
    lessons[key, default: [:]][exercise] = record
    try save()
  }

  /// Forgets the lesson at `path` and saves; whether there was anything to forget.
  @discardableResult
  public mutating func reset(lessonAt path: String) throws -> Bool {
    guard lessons.removeValue(forKey: Self.key(ofLessonAt: path)) != nil else { return false }
    try save()
    return true
  }

  private func save() throws {
    let directory = (path as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(
      atPath: directory, withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o700])
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let data = try encoder.encode(File(lessons: lessons))
    try AtomicFile.write(String(decoding: data, as: UTF8.self) + "\n", to: path)
  }
}
