import Foundation
import Publishing
import Testing

/// Replacing a file in one step: the new text, the old permissions, nothing left beside it.
@Suite struct AtomicFileTests {
  @Test func replacesTheTextKeepsThePermissionsAndLeavesNoTemporaryFile() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rlbook-atomic-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("lesson.md")
    try Data("old".utf8).write(to: file)
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
    try AtomicFile.write("new ✓", to: file.path)
    #expect(try String(contentsOf: file, encoding: .utf8) == "new ✓")
    let permissions = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions]
    #expect((permissions as? NSNumber)?.intValue == 0o640)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["lesson.md"])
  }

  @Test func writingIntoADirectoryThatIsNotThereThrows() throws {
    #expect(throws: (any Error).self) {
      try AtomicFile.write("text", to: "/nonexistent-\(UUID().uuidString)/lesson.md")
    }
  }
}
