public import Foundation
public import Lessons

/// The files a site's lessons embed, each read once from inside its lesson's folder
/// and given a site path that rlbook chooses.
///
/// Only embeds that resolve to regular files inside their lesson's folder are read
/// (``EmbedResolver``); every other one stays a missing embed on the page, and
/// `check` reports it. A site path is `media/` and one file name built from the
/// file's path inside the lesson folder, with separators and anything but letters,
/// digits, `.`, `-` and `_` replaced: no `..`, no absolute path and no directory
/// from the lesson can reach the file system.
public struct SiteMedia: Sendable {
  /// The largest file copied into a site (larger embeds stay missing).
  public static let largestFile = 64 << 20

  /// Site path → contents.
  public private(set) var files: [String: Data] = [:]
  /// For each lesson path, its embed targets → site paths.
  public private(set) var sitePaths: [String: [String: String]] = [:]
  private var pathsByRealPath: [String: String] = [:]

  /// Reads the embeds of `lessons`.
  public init(lessons: [Lesson], resolver: EmbedResolver = EmbedResolver()) {
    for lesson in lessons {
      var paths: [String: String] = [:]
      for target in lesson.embedTargets {
        guard case .file(let real, let relative) = resolver.resolve(target, lessonPath: lesson.path)
        else { continue }
        if let known = pathsByRealPath[real] {
          paths[target] = known
          continue
        }
        guard let data = Self.read(real) else { continue }
        let sitePath = uniquePath(for: relative)
        files[sitePath] = data
        pathsByRealPath[real] = sitePath
        paths[target] = sitePath
      }
      sitePaths[lesson.path] = paths
    }
  }

  /// Every embed of every lesson, target → site path (targets are the same file
  /// wherever they resolve alike, and lessons of one site share one folder).
  public var embedPaths: [String: String] {
    sitePaths.values.reduce(into: [:]) { all, paths in all.merge(paths) { first, _ in first } }
  }

  private func uniquePath(for relative: String) -> String {
    let name = Self.fileName(for: relative)
    var candidate = "media/" + name
    var number = 2
    while files[candidate] != nil {
      let stem = (name as NSString).deletingPathExtension
      let suffix = (name as NSString).pathExtension
      candidate = "media/\(stem)-\(number)" + (suffix.isEmpty ? "" : "." + suffix)
      number += 1
    }
    return candidate
  }

  /// A single safe file name for a path inside a lesson folder: `figures/agent.png` → `figures-agent.png`.
  public static func fileName(for relative: String) -> String {
    var name = String(
      relative.unicodeScalars.map { scalar -> Character in
        switch scalar {
        case "/": "-"
        case "a"..."z", "A"..."Z", "0"..."9", ".", "-", "_": Character(scalar)
        default: "_"
        }
      })
    let dots = name.prefix { $0 == "." }.count
    name = String(repeating: "_", count: dots) + name.dropFirst(dots)
    if name.count > 120 { name = String(name.suffix(120)) }
    return name.isEmpty ? "file" : name
  }

  /// The file's contents, read without following a link that replaced it since it was resolved.
  private static func read(_ path: String) -> Data? {
    let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
      status.st_size <= largestFile
    else { return nil }
    return try? handle.readToEnd() ?? Data()
  }
}
