import Foundation

/// The presenter's current slide and its notes, passed from `rlbook present` to
/// `rlbook present --notes` in another terminal through a small file in the
/// user's runtime directory (`$XDG_RUNTIME_DIR/rlbook`, else `/tmp/rlbook-UID`).
struct SpeakerNotes: Equatable {
  /// `Slide 3 of 20 · Title`.
  var heading: String
  /// The notes of the slide, a paragraph each.
  var notes: [String]
  /// The next slide's title, if there is one.
  var next: String?

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

  /// The file's text: the heading, `next: …`, then the notes after a blank line.
  var text: String {
    ([heading, "next: " + (next ?? "")] + [""] + notes).joined(separator: "\n") + "\n"
  }

  init(heading: String, notes: [String], next: String?) {
    self.heading = heading
    self.notes = notes
    self.next = next
  }

  init?(text: String) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard lines.count >= 2, lines[1].hasPrefix("next: ") else { return nil }
    heading = lines[0]
    let nextTitle = String(lines[1].dropFirst(6))
    next = nextTitle.isEmpty ? nil : nextTitle
    notes = lines.dropFirst(3).filter { !$0.isEmpty }
  }
}
