import Lessons
import MarkdownSyntax
import RLEnvironments

/// A problem that stops a demo, as a located diagnostic.
struct DemoProblem: Error {
  /// The diagnostic.
  let diagnostic: Diagnostic

  init(_ diagnostic: Diagnostic) {
    self.diagnostic = diagnostic
  }

  /// An error at `range`.
  static func error(_ message: String, hint: String? = nil, at range: SourceRange?) -> DemoProblem {
    DemoProblem(.error(message, hint: hint, at: range))
  }

  /// An environment that cannot be built, located at the setting responsible.
  init(_ error: any Error, entry: EnvironmentEntry, settings: DemoSettings) {
    guard let error = error as? EnvironmentError else {
      diagnostic = .error("\(entry.name) could not be built: \(error)", at: nil)
      return
    }
    switch error {
    case .invalidMap(let reason, let column):
      let key = ["map", "levels", "level"].first(where: settings.contains) ?? "level"
      let place = column.map { " (tile \($0))" } ?? ""
      diagnostic = .error(
        "invalid \(key)\(place): \(reason)",
        hint: entry.mapHint,
        at: settings.ranges[key])
    case .invalidParameter(let name, let reason):
      diagnostic = .error("invalid `\(name)`: \(reason)", at: settings.ranges[name])
    }
  }
}
