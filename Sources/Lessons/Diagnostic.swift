public import MarkdownSyntax

/// A problem in a lesson, located in its source file.
///
/// Diagnostics accumulate: one bad block never stops the rest of the lesson.
/// They print like a compiler's (see the renderers), as
/// `Lessons/04-policy.md:42:3: error: …`.
public struct Diagnostic: Hashable, Sendable {
  /// How serious a problem is.
  public enum Severity: String, Hashable, Sendable, Comparable {
    /// Something the reader should know; nothing is wrong.
    case note
    /// Suspicious, but the lesson still works.
    case warning
    /// The lesson (or one of its demos) cannot work as written.
    case error

    private var rank: Int {
      switch self {
      case .note: 0
      case .warning: 1
      case .error: 2
      }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
  }

  /// How serious the problem is.
  public var severity: Severity
  /// What is wrong, in one sentence a person can act on.
  public var message: String
  /// What to do about it, when there is something to say.
  public var hint: String?
  /// Where the problem is; `nil` for problems with the whole file.
  public var range: SourceRange?

  /// Creates a diagnostic.
  public init(_ severity: Severity, _ message: String, hint: String? = nil, at range: SourceRange?)
  {
    self.severity = severity
    self.message = message
    self.hint = hint
    self.range = range
  }

  /// An error.
  public static func error(_ message: String, hint: String? = nil, at range: SourceRange?) -> Self {
    Diagnostic(.error, message, hint: hint, at: range)
  }

  /// A warning.
  public static func warning(_ message: String, hint: String? = nil, at range: SourceRange?) -> Self
  {
    Diagnostic(.warning, message, hint: hint, at: range)
  }
}

extension Array where Element == Diagnostic {
  /// The number of errors.
  public var errorCount: Int { count(where: { $0.severity == .error }) }
  /// The number of warnings.
  public var warningCount: Int { count(where: { $0.severity == .warning }) }

  /// Sorted by position (file-wide problems first), keeping the order of equal positions.
  public var sortedByLocation: [Diagnostic] {
    enumerated().sorted { lhs, rhs in
      let left = lhs.element.range?.start ?? SourceLocation(line: 0, column: 0)
      let right = rhs.element.range?.start ?? SourceLocation(line: 0, column: 0)
      return left == right ? lhs.offset < rhs.offset : left < right
    }.map(\.element)
  }
}
