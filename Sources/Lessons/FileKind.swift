import Foundation

/// What is at a path, as the file system says (links not followed), for refusals
/// that name it: "`report.txt` is a file", "`sub` is a directory".
public enum FileKind: String, Sendable {
  case regularFile = "a file"
  case directory = "a directory"
  case symbolicLink = "a symbolic link"
  case fifo = "a FIFO"
  case device = "a device"
  case socket = "a socket"

  /// The kind of a file with this `st_mode`.
  init(mode: mode_t) {
    switch mode & S_IFMT {
    case S_IFREG: self = .regularFile
    case S_IFDIR: self = .directory
    case S_IFLNK: self = .symbolicLink
    case S_IFIFO: self = .fifo
    case S_IFSOCK: self = .socket
    default: self = .device
    }
  }

  /// The kind of what is at `path` without following a link there, or `nil` when nothing is.
  public init?(atPath path: String) {
    var status = stat()
    guard lstat(path, &status) == 0 else { return nil }
    self.init(mode: status.st_mode)
  }
}
