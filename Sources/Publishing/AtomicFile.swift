import Foundation

/// Replaces a file's contents all at once: a temporary file beside it, then a rename.
///
/// An interruption leaves either the old file or the new one, never half of each.
public enum AtomicFile {
  /// Writes `text` to `path` in one step, keeping the old file's permissions.
  public static func write(_ text: String, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent()
    let temporary = directory.appendingPathComponent(
      ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).rlbook-tmp")
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    do {
      try Data(text.utf8).write(to: temporary)
      if let permissions = attributes?[.posixPermissions] {
        try FileManager.default.setAttributes(
          [.posixPermissions: permissions], ofItemAtPath: temporary.path)
      }
      if rename(temporary.path, path) != 0 {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    }
  }
}
