import Foundation
import Renderers

/// Writes a site into a directory all at once, never deleting what it did not write.
///
/// The files go into a temporary directory beside the target, which then takes
/// the target's place, so an interrupted render leaves the previous site whole.
/// A target that is not empty and was not written by rlbook (it has no
/// `.rlbook-site` manifest) is refused unless forced; then files are written into
/// it one by one and nothing else in it is touched. Files a person added to a
/// site rlbook wrote are carried over to the new one.
struct SiteWriter {
  /// The manifest: the files rlbook wrote, one path a line.
  static let manifestName = ".rlbook-site"

  enum Problem: Error, CustomStringConvertible {
    case notASite(String)
    case writeFailed(String, String)

    var description: String {
      switch self {
      case .notASite(let path):
        "\(path): error: the directory is not empty and was not written by rlbook\nhint: choose another --out, or pass --force to write into it (nothing of yours is deleted)"
      case .writeFailed(let path, let reason):
        "\(path): error: could not write the site: \(reason)"
      }
    }
  }

  let directory: String
  let force: Bool
  private let files = FileManager.default

  init(directory: String, force: Bool) {
    self.directory =
      directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
    self.force = force
  }

  /// Writes `pages` and copies `media` (site path → source file).
  func write(_ pages: [Site.File], media: [String: String]) throws(Problem) {
    let existing = (try? files.contentsOfDirectory(atPath: directory)) ?? []
    let isOurs = existing.contains(Self.manifestName)
    if !existing.isEmpty, !isOurs, !force { throw .notASite(directory) }
    let temporary = directory + ".rlbook-tmp-\(getpid())"
    do {
      try? files.removeItem(atPath: temporary)
      try files.createDirectory(atPath: temporary, withIntermediateDirectories: true)
      var written: [String] = []
      for page in pages {
        try save(Data(page.contents.utf8), to: temporary + "/" + page.path)
        written.append(page.path)
      }
      for (path, source) in media.sorted(by: { $0.key < $1.key }) {
        try save(try Data(contentsOf: URL(fileURLWithPath: source)), to: temporary + "/" + path)
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
          try? files.removeItem(atPath: target)
          try files.createDirectory(
            atPath: (target as NSString).deletingLastPathComponent,
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
        atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try files.copyItem(atPath: directory + "/" + path, toPath: target)
    }
    let old = directory + ".rlbook-old-\(getpid())"
    try rename(directory, to: old)
    try rename(temporary, to: directory)
    try? files.removeItem(atPath: old)
  }

  private func save(_ data: Data, to path: String) throws {
    try files.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try data.write(to: URL(fileURLWithPath: path))
  }

  private func rename(_ from: String, to: String) throws {
    if Foundation.rename(from, to) != 0 {
      throw Problem.writeFailed(to, String(cString: strerror(errno)))
    }
  }
}
