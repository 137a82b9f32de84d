import Foundation

/// What changes in a lesson directory: each Markdown file's path, size and modification time.
public struct LessonFingerprint: Equatable, Sendable {
  private var entries: [String: [Double]] = [:]

  /// The fingerprint of the lesson file, or of the files of the lesson directory, at `path`.
  public init(path: String) {
    let files = FileManager.default
    var isDirectory: ObjCBool = false
    guard files.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
    let paths =
      isDirectory.boolValue
      ? ((try? files.contentsOfDirectory(atPath: path)) ?? []).map { path + "/" + $0 } : [path]
    for file in paths {
      guard let attributes = try? files.attributesOfItem(atPath: file) else { continue }
      let size = (attributes[.size] as? NSNumber)?.doubleValue ?? 0
      let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
      entries[file] = [size, modified]
    }
  }
}
