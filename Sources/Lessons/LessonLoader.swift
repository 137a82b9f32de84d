import Foundation

/// Finds and reads lesson files from disk.
public struct LessonLoader: Sendable {
  /// Why a lesson could not be read at all.
  public enum LoadError: Error, CustomStringConvertible, Sendable {
    /// Nothing exists at the path.
    case notFound(String)
    /// The file exists but could not be read.
    case unreadable(String, reason: String)
    /// A directory holds no `.md` files.
    case noLessons(String)

    public var description: String {
      switch self {
      case .notFound(let path):
        "\(path): error: no such file or directory"
      case .unreadable(let path, let reason):
        "\(path): error: cannot read the file: \(reason)"
      case .noLessons(let path):
        "\(path): error: no lessons (`.md` files) in this directory"
      }
    }
  }

  private let parser = LessonParser { EmbedResolver().resolve($0, lessonPath: $1) }

  /// Creates a loader that reads from the file system.
  public init() {}

  /// The lesson files a path names: the file itself, or the `.md` files of a directory, by name.
  public func lessonPaths(at path: String) throws(LoadError) -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .notFound(path)
    }
    guard isDirectory.boolValue else { return [path] }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: path)
    } catch {
      throw .unreadable(path, reason: error.localizedDescription)
    }
    let lessons = names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
    guard !lessons.isEmpty else { throw .noLessons(path) }
    let base = path.hasSuffix("/") ? String(path.dropLast()) : path
    return lessons.map { base + "/" + $0 }
  }

  /// Reads and parses the lesson at `path`.
  ///
  /// Bytes that are not UTF-8 are replaced (U+FFFD) and reported as an error.
  public func load(_ path: String) throws(LoadError) -> Lesson {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw .unreadable(path, reason: error.localizedDescription)
    }
    let bytes = [UInt8](data)
    let text = String(decoding: bytes, as: UTF8.self)
    var lesson = parser.parse(text, path: path)
    if String(validating: bytes, as: UTF8.self) == nil {
      lesson.diagnostics.insert(
        .error(
          "the file is not valid UTF-8; invalid bytes are shown as �",
          hint: "save the file as UTF-8", at: nil), at: 0)
    }
    return lesson
  }

  /// Reads every lesson a path names, in book order: by `order`, then by file name.
  public func loadAll(at path: String) throws(LoadError) -> [Lesson] {
    var lessons: [Lesson] = []
    for lessonPath in try lessonPaths(at: path) { lessons.append(try load(lessonPath)) }
    return lessons.enumerated().sorted { lhs, rhs in
      let left = lhs.element.frontMatter.order ?? Int.max
      let right = rhs.element.frontMatter.order ?? Int.max
      return left == right ? lhs.offset < rhs.offset : left < right
    }.map(\.element)
  }
}
