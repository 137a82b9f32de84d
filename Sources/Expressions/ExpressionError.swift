/// Why an expression cannot be read, at the characters responsible.
public struct ExpressionError: Error, Hashable, Sendable {
  /// What is wrong.
  public var message: String
  /// What to write instead, if there is something to say.
  public var hint: String?
  /// The UTF-8 byte offsets, within the expression's text, of what is wrong.
  public var span: Range<Int>

  /// An error over `span`.
  public init(_ message: String, hint: String? = nil, at span: Range<Int>) {
    self.message = message
    self.hint = hint
    self.span = span
  }
}
