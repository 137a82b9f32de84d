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

  /// Publishes the notes, replacing the previous slide's.
  func publish() {
    let directory = (Self.path as NSString).deletingLastPathComponent
    try? FileManager.default.createDirectory(
      atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    try? AtomicFile.write(text, to: Self.path)
  }

  /// The notes the presenter last published, if any.
  static func current() -> SpeakerNotes? {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    return SpeakerNotes(text: text)
  }
}
