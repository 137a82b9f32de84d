import Foundation
import SystemPackage

/// Where an `![[embed]]` leads, checked against the folder of the lesson that names it.
///
/// A lesson is untrusted input, so an embed may name only a regular file inside
/// the lesson's own directory tree: the path is resolved with every symbolic
/// link followed, and the real path must stay inside the real lesson folder.
/// Anything else (`../x`, `/etc/passwd`, a link out of the folder, a directory,
/// a FIFO or a device) is refused and never read.
public enum EmbedResolution: Hashable, Sendable {
  /// A regular file inside the lesson's folder, by its real path.
  case file(realPath: String, relativePath: String)
  /// Nothing exists at the path (or a symbolic link leads nowhere).
  case missing
  /// The path, once links are followed, leaves the lesson's folder.
  case outsideLesson
  /// Something that is not a regular file: a directory, a FIFO, a device, a socket.
  case notAFile(kind: String)
}

/// Resolves embed targets on the file system (see ``EmbedResolution``).
public struct EmbedResolver: Sendable {
  /// Creates a resolver.
  public init() {}

  /// Resolves `target`, as written in the lesson at `lessonPath`.
  public func resolve(_ target: String, lessonPath: String) -> EmbedResolution {
    guard !target.hasPrefix("/"), !target.contains("\0"), !Self.climbsOut(target) else {
      return .outsideLesson
    }
    let folder = FilePath(lessonPath).removingLastComponent().string
    guard let root = Self.realPath(folder.isEmpty ? "." : folder) else { return .missing }
    guard let real = Self.realPath(root + "/" + target) else { return .missing }
    let inside = real == root || real.hasPrefix(root == "/" ? "/" : root + "/")
    guard inside else { return .outsideLesson }
    var status = stat()
    guard stat(real, &status) == 0 else { return .missing }
    let kind = FileKind(mode: status.st_mode)
    guard kind == .regularFile else { return .notAFile(kind: kind.rawValue) }
    let relative = real == root ? "" : String(real.dropFirst(root == "/" ? 1 : root.count + 1))
    return .file(realPath: real, relativePath: relative)
  }

  /// Whether `target`'s own `..` lead above the folder, whether or not anything is there.
  private static func climbsOut(_ target: String) -> Bool {
    var depth = 0
    for component in target.split(separator: "/") where component != "." {
      depth += component == ".." ? -1 : 1
      if depth < 0 { return true }
    }
    return false
  }

  /// The path with every link, `.` and `..` resolved, or `nil` when it leads nowhere.
  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
