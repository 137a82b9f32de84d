public import Foundation
import Lessons
public import Renderers
import SystemPackage

/// Writes a site into a directory all at once, never deleting what it did not write.
///
/// The files go into a temporary directory beside the target, which then takes
/// the target's place, so an interrupted render leaves the previous site whole.
/// A target that is not empty and was not written by rlbook (it has no
/// `.rlbook-site` manifest) is refused unless forced; then files are written into
/// it one by one, and only when none of them is already there: nothing of the
/// directory's own is overwritten or deleted. Files a person added to a site
/// rlbook wrote are carried over to the new one. Anything at the target that is
/// not a directory (a file, a link, a FIFO, a device) is refused, and temporary
/// directories that a killed render left behind are removed.
public struct SiteWriter: Sendable {
  /// The manifest: the files rlbook wrote, one path a line.
  public static let manifestName = ".rlbook-site"

  /// Why a site was not written.
  public enum Problem: Error, CustomStringConvertible {
    /// A non-empty directory that rlbook did not write, without `force`.
    case notASite(String)
    /// A file, a link, a FIFO or a device where the site would go.
    case notADirectory(String, kind: String)
    /// With `force`: files that are already there (nothing was written).
    case wouldOverwrite(String, [String])
    /// The file system refused.
    case writeFailed(String, String)

    public var description: String {
      switch self {
      case .notASite(let path):
        "\(path): error: the directory is not empty and was not written by rlbook\nhint: choose another --out, or pass --force to write into it (nothing of yours is deleted)"
      case .notADirectory(let path, let kind):
        "\(path): error: \(kind) is there, not a directory, so the site is not written\nhint: choose another --out (a new or empty directory, or a site rlbook wrote)"
      case .wouldOverwrite(let path, let collisions):
        "\(path): error: --force writes only files that are not there yet, and \(collisions.count == 1 ? "this one is" : "these are"): \(collisions.prefix(8).joined(separator: ", "))\(collisions.count > 8 ? ", …" : "")\nhint: move \(collisions.count == 1 ? "it" : "them") away, or choose another --out; nothing was written"
      case .writeFailed(let path, let reason):
        "\(path): error: could not write the site: \(reason)"
      }
    }
  }

  /// The site's directory.
  public let directory: String
  /// Whether to write into a directory rlbook did not write.
  public let force: Bool
  private var files: FileManager { FileManager.default }

  /// A writer into `directory`.
  public init(directory: String, force: Bool) {
    self.directory =
      directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
    self.force = force
  }

  /// Writes `pages` and `media` (site path → contents).
  public func write(_ pages: [Site.File], media: [String: Data]) throws(Problem) {
    if let kind = Self.nonDirectoryKind(at: directory) {
      throw .notADirectory(directory, kind: kind)
    }
    removeStaleTemporaries()
    let existing = (try? files.contentsOfDirectory(atPath: directory)) ?? []
    let isOurs = existing.contains(Self.manifestName)
    if !existing.isEmpty, !isOurs {
      guard force else { throw .notASite(directory) }
      let collisions = (pages.map(\.path) + media.keys.sorted() + [Self.manifestName]).filter(
        collides)
      if !collisions.isEmpty { throw .wouldOverwrite(directory, collisions) }
    }
    let temporary = directory + Self.temporaryMarker + "\(getpid())"
    do {
      try? files.removeItem(atPath: temporary)
      try files.createDirectory(atPath: temporary, withIntermediateDirectories: true)
      var written: [String] = []
      for page in pages {
        try save(Data(page.contents.utf8), to: temporary + "/" + page.path)
        written.append(page.path)
      }
      for (path, contents) in media.sorted(by: { $0.key < $1.key }) {
        try save(contents, to: temporary + "/" + path)
        written.append(path)
      }
      try save(
        Data((written.joined(separator: "\n") + "\n").utf8), to: temporary + "/" + Self.manifestName
      )
      if existing.isEmpty {
        try? files.removeItem(atPath: directory)
        try rename(temporary, to: directory)
      } else if isOurs {
        try swap(into: temporary, written: Set(written))
      } else {
        for path in written + [Self.manifestName] {
          let target = directory + "/" + path
          try files.createDirectory(
            atPath: FilePath(target).removingLastComponent().string,
            withIntermediateDirectories: true)
          try files.moveItem(atPath: temporary + "/" + path, toPath: target)
        }
        try? files.removeItem(atPath: temporary)
      }
    } catch let problem as Problem {
      try? files.removeItem(atPath: temporary)
      throw problem
    } catch {
      try? files.removeItem(atPath: temporary)
      throw .writeFailed(directory, error.localizedDescription)
    }
  }

  /// Carries a person's own files into the new site, then puts it in the old one's place.
  private func swap(into temporary: String, written: Set<String>) throws {
    let manifest =
      (try? String(contentsOfFile: directory + "/" + Self.manifestName, encoding: .utf8)) ?? ""
    let ours = Set(manifest.split(separator: "\n").map(String.init)).union([Self.manifestName])
    let enumerator = files.enumerator(atPath: directory)
    while let path = enumerator?.nextObject() as? String {
      var isDirectory: ObjCBool = false
      _ = files.fileExists(atPath: directory + "/" + path, isDirectory: &isDirectory)
      guard !isDirectory.boolValue, !ours.contains(path), !written.contains(path) else { continue }
      let target = temporary + "/" + path
      try files.createDirectory(
        atPath: FilePath(target).removingLastComponent().string, withIntermediateDirectories: true)
      try files.copyItem(atPath: directory + "/" + path, toPath: target)
    }
    let old = directory + Self.oldMarker + "\(getpid())"
    try rename(directory, to: old)
    try rename(temporary, to: directory)
    try? files.removeItem(atPath: old)
  }

  private static let temporaryMarker = ".rlbook-tmp-"
  private static let oldMarker = ".rlbook-old-"

  /// What is at `path` when it is there and is not a directory (links are not followed).
  static func nonDirectoryKind(at path: String) -> String? {
    guard let kind = FileKind(atPath: path), kind != .directory else { return nil }
    return kind.rawValue
  }

  /// Whether writing `relative` into the directory would replace something, or
  /// go through something that is not a directory (a link to elsewhere, say).
  private func collides(_ relative: String) -> Bool {
    var path = directory
    let components = relative.split(separator: "/")
    for (index, component) in components.enumerated() {
      path += "/" + component
      guard let kind = FileKind(atPath: path) else { return false }
      if index == components.count - 1 || kind != .directory { return true }
    }
    return false
  }

  /// Removes the temporary and old sites of renders into this directory whose process is gone.
  private func removeStaleTemporaries() {
    let parent = FilePath(directory).removingLastComponent().string
    let name = FilePath(directory).lastComponent?.string ?? directory
    let siblings = (try? files.contentsOfDirectory(atPath: parent.isEmpty ? "." : parent)) ?? []
    for sibling in siblings {
      for marker in [Self.temporaryMarker, Self.oldMarker] where sibling.hasPrefix(name + marker) {
        guard let pid = Int32(sibling.dropFirst(name.count + marker.count)), pid > 0 else {
          continue
        }
        guard kill(pid, 0) != 0, errno == ESRCH else { continue }
        try? files.removeItem(atPath: parent.isEmpty ? sibling : parent + "/" + sibling)
      }
    }
  }

  private func save(_ data: Data, to path: String) throws {
    try files.createDirectory(
      atPath: FilePath(path).removingLastComponent().string, withIntermediateDirectories: true)
    try data.write(to: URL(fileURLWithPath: path))
  }

  private func rename(_ from: String, to: String) throws {
    if Foundation.rename(from, to) != 0 {
      throw Problem.writeFailed(to, String(cString: strerror(errno)))
    }
  }
}
