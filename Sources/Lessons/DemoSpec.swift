import Expressions
public import MarkdownSyntax

/// An `rl` block: what a demo should train and show, as the lesson wrote it.
///
/// The body is YAML, a map of keys to values, each with its own location in the
/// lesson file. What the keys mean is checked against the registry of
/// environments and agents by the demos layer; here the block is only read.
public struct DemoSpec: Hashable, Sendable {
  /// The map's entries, in source order.
  public var entries: [YAMLEntry]
  /// The block's YAML body, as written.
  public var source: String
  /// Where the whole fenced block is.
  public var range: SourceRange
  /// Problems found reading this block; a block with errors cannot run.
  public var problems: [Diagnostic]

  /// Creates a demo spec.
  public init(entries: [YAMLEntry], source: String, range: SourceRange, problems: [Diagnostic] = [])
  {
    self.entries = entries
    self.source = source
    self.range = range
    self.problems = problems
  }

  /// The entry for `key`, if present.
  public subscript(key: String) -> YAMLEntry? {
    entries.first { $0.key == key }
  }

  /// The block's `id:`, the name prose and other demos refer to it by (`lake`).
  public var id: String? { self["id"]?.value.text }

  /// Whether the block was read without errors.
  public var isValid: Bool { !problems.contains { $0.severity == .error } }

  /// Reads the body of an `rl` block whose fence is at `range` in the file.
  static func read(code: String, range: SourceRange, file: LineIndex) -> DemoSpec {
    let reader = YAMLReader(yaml: code, file: file, firstLine: range.start.line + 1)
    var spec = DemoSpec(entries: [], source: code, range: range)
    let fence = SourceRange(line: range.start.line, column: range.start.column, length: 5)
    switch reader.read(code, what: "rl block") {
    case .failure(let diagnostic):
      spec.problems.append(diagnostic)
    case .value(nil):
      spec.problems.append(
        .error(
          "empty rl block", hint: "name at least an environment: `env: frozenlake`", at: fence))
    case .value(let value?):
      guard case .map(let entries) = value.kind else {
        spec.problems.append(
          .error(
            "an rl block must be a map of `key: value` lines, not \(value.kindDescription)",
            hint: "for example `env: cliff` on one line and `agent: q-learning` on the next",
            at: value.range))
        return spec
      }
      spec.entries = entries
      if let entry = spec["id"] {
        let problem =
          entry.value.text == nil || entry.value.items?.count != 1
          ? "`id` must be a name, not \(entry.value.kindDescription)"
          : Vocabulary.problem(withID: entry.value.text ?? "")
        if let problem {
          spec.problems.append(
            .error(
              problem, hint: "an id is a short name used once in the lesson: `id: lake`",
              at: entry.value.range))
        }
      }
    }
    return spec
  }
}
