public import Foundation

/// Files the tests read: the copy of the notes, lessons, and the built binary.
///
/// Paths are found from this file's location, so tests work in any fresh clone
/// and need nothing beside the repository.
public enum Fixtures {
  /// The repository's root directory.
  public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // RLBookTestSupport
    .deletingLastPathComponent()  // Sources
    .deletingLastPathComponent()

  /// `Tests/Fixtures/<name>`.
  public static func url(_ name: String) -> URL {
    packageRoot.appendingPathComponent("Tests/Fixtures").appendingPathComponent(name)
  }

  /// The text of `Tests/Fixtures/<name>`.
  public static func text(_ name: String) throws -> String {
    try String(contentsOf: url(name), encoding: .utf8)
  }

  /// The RL notes the lessons mirror, unchanged (mojibake included).
  public static let notesName = "reinforcement-learning-basics.md"

  /// The text of the notes.
  public static func notes() throws -> String { try text(notesName) }
}
