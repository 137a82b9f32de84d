import Foundation
import Publishing
import Stepper

/// Where the notes file lives: the user's runtime directory
/// (`$XDG_RUNTIME_DIR/rlbook`, else `/tmp/rlbook-UID`).
extension SpeakerNotes {
  /// Where the presenter writes and the notes view reads.
  static var path: String {
    let environment = ProcessInfo.processInfo.environment
    let directory =
      environment["XDG_RUNTIME_DIR"].map { $0 + "/rlbook" } ?? "/tmp/rlbook-\(getuid())"
    return directory + "/presenter-notes.txt"
  }

  /// Publishes slide `index`'s notes as this process's.
  static func publish(slide index: Int, of slides: LessonSlides) {
    SpeakerNotes(slide: index, of: slides, presenter: getpid()).publish()
  }

  /// Publishes the notes, replacing the previous slide's.
  func publish() {
    let directory = (Self.path as NSString).deletingLastPathComponent
    try? FileManager.default.createDirectory(
      atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    try? AtomicFile.write(text, to: Self.path)
  }

  /// Removes the notes file if this process wrote it: a presenter leaving
  /// leaves no slide behind for the next notes view.
  static func withdraw() {
    guard let notes = read(), notes.presenter == getpid() else { return }
    try? FileManager.default.removeItem(atPath: path)
  }

  /// The notes a presenter that is still running published, if any; with a
  /// `lesson`, only those of a presenter of that lesson.
  static func current(of lesson: String? = nil) -> SpeakerNotes? {
    guard let notes = read(), kill(notes.presenter, 0) == 0 || errno == EPERM else { return nil }
    if let lesson, !samePath(lesson, notes.lesson) { return nil }
    return notes
  }

  private static func read() -> SpeakerNotes? {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    return SpeakerNotes(text: text)
  }

  private static func samePath(_ first: String, _ second: String) -> Bool {
    func resolved(_ path: String) -> String {
      URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
    return resolved(first) == resolved(second)
  }
}
