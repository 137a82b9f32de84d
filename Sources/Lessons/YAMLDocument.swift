import MarkdownSyntax

/// A YAML file of its own (a student's answer file), read with the same
/// limits as a lesson's YAML: no aliases, a bounded number of values, and
/// every value located by line and column.
public enum YAMLDocument {
  /// What reading gave.
  public enum Outcome: Sendable {
    /// The document's value; `nil` when it is empty.
    case value(YAMLValue?)
    /// Why it does not read, located.
    case failure(Diagnostic)
  }

  /// Reads `text`; `what` names it in messages (`an answer file`).
  public static func read(_ text: String, what: String) -> Outcome {
    let reader = YAMLReader(yaml: text, file: LineIndex(text), firstLine: 1)
    switch reader.read(text, what: what) {
    case .value(let value): return .value(value)
    case .failure(let diagnostic): return .failure(diagnostic)
    }
  }
}
