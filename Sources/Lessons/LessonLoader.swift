import Foundation
import MarkdownSyntax

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
    /// The file is larger than a lesson may be.
    case tooLarge(String, bytes: Int)

    public var description: String {
      switch self {
      case .notFound(let path):
        "\(path): error: no such file or directory"
      case .unreadable(let path, let reason):
        "\(path): error: cannot read the file: \(reason)"
      case .noLessons(let path):
        "\(path): error: no lessons (`.md` files) in this directory"
      case .tooLarge(let path, let bytes):
        "\(path): error: the file is \(bytes / 1024) KiB, and a lesson may be at most \(LessonLoader.largestLesson / 1024) KiB\nhint: split it into several lessons, or move large data out of it"
      }
    }
  }

  private let parser = LessonParser { EmbedResolver().resolve($0, lessonPath: $1) }

  /// The largest lesson file read, in bytes (the nine lessons are 6 to 20 KiB).
  public static let largestLesson = 2 << 20

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
    let bytes = try contents(of: path)
    let text = String(decoding: bytes, as: UTF8.self)
    var lesson = parser.parse(text, path: path)
    if let offset = Self.firstInvalidUTF8(in: bytes) {
      // Everything before the first bad byte is valid, so its column is the same in the text.
      let start = MarkdownSyntax.LineIndex(bytes: bytes).location(ofOffset: offset)
      lesson.diagnostics.insert(
        .error(
          "the file is not valid UTF-8; invalid bytes are shown as �",
          hint: "save the file as UTF-8",
          at: SourceRange(
            start: start, end: SourceLocation(line: start.line, column: start.column + 1))),
        at: 0)
    }
    return lesson
  }

  /// The offset of the first byte that is not part of valid UTF-8, if there is one.
  static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let scalar): offset += scalar.count
      case .emptyInput: return nil
      case .error: return offset
      }
    }
  }

  /// The bytes of a regular file of at most ``largestLesson`` bytes (a FIFO, a
  /// device or a directory is refused before anything is read from it).
  private func contents(of path: String) throws(LoadError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw .unreadable(path, reason: String(cString: strerror(errno)))
    }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw .unreadable(path, reason: String(cString: strerror(errno)))
    }
    let kind = FileKind(mode: status.st_mode)
    guard kind == .regularFile else {
      throw .unreadable(path, reason: "it is \(kind.rawValue), not a file")
    }
    guard status.st_size <= Self.largestLesson else {
      throw .tooLarge(path, bytes: Int(status.st_size))
    }
    let data: Data
    do {
      data = try handle.read(upToCount: Self.largestLesson + 1) ?? Data()
    } catch {
      throw .unreadable(path, reason: error.localizedDescription)
    }
    // The file may have grown since `fstat`.
    guard data.count <= Self.largestLesson else { throw .tooLarge(path, bytes: data.count) }
    return [UInt8](data)
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
