/// A problem found while parsing Markdown that did not stop the parse.
public struct MarkdownWarning: Hashable, Sendable {
  /// What is wrong, for a person.
  public var message: String
  /// What to do about it.
  public var hint: String?
  /// Where it is.
  public var range: SourceRange?

  /// Creates a warning.
  public init(message: String, hint: String? = nil, range: SourceRange?) {
    self.message = message
    self.hint = hint
    self.range = range
  }
}
