/// Why an environment cannot be built as asked.
public enum EnvironmentError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A map or level string is malformed; `column` is the 1-based position of the problem, if any.
  case invalidMap(String, column: Int? = nil)
  /// A parameter is outside what the environment supports.
  case invalidParameter(name: String, reason: String)

  public var description: String {
    switch self {
    case .invalidMap(let reason, let column):
      column.map { "invalid map at column \($0): \(reason)" } ?? "invalid map: \(reason)"
    case .invalidParameter(let name, let reason):
      "invalid `\(name)`: \(reason)"
    }
  }
}
