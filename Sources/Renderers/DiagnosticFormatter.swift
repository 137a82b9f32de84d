public import Lessons
public import MarkdownSyntax
import TerminalUI

/// Prints diagnostics the way swiftc and clang do:
///
/// ```
/// Lessons/04-policy.md:42:3: error: unknown key `gama`
///    42 | gama: 0.9
///       | ^~~~
///       = hint: did you mean `gamma`?
/// ```
public struct DiagnosticFormatter: Sendable {
  /// Whether to colour the output.
  public var colors: Bool

  /// Creates a formatter.
  public init(colors: Bool = false) {
    self.colors = colors
  }

  /// Every diagnostic of a lesson, each followed by its source line.
  public func format(_ diagnostics: [Diagnostic], path: String, source: String) -> String {
    let lines = LineIndex(source)
    return diagnostics.map { format($0, path: path, lines: lines) }.joined()
  }

  /// One diagnostic, with its source line when it has a location.
  public func format(_ diagnostic: Diagnostic, path: String, lines: LineIndex) -> String {
    var output = StyledText()
    let location = diagnostic.range.map { ":\($0.start.line):\($0.start.column)" } ?? ""
    output.append("\(path)\(location): ", style: TextStyle(bold: true))
    output.append("\(diagnostic.severity.rawValue): ", style: severityStyle(diagnostic.severity))
    output.append(diagnostic.message + "\n", style: TextStyle(bold: true))
    let gutterStyle = TextStyle(color: .blue)
    var gutter = 0
    if let range = diagnostic.range, range.start.line >= 1, range.start.line <= lines.lineCount {
      let number = String(range.start.line)
      gutter = number.count + 1
      let sourceText = lines.text(ofLine: range.start.line)
      output.append(String(repeating: " ", count: 1) + number + " | ", style: gutterStyle)
      output.append(InlineStyler.sanitized(sourceText.replacingTabs) + "\n")
      output.append(String(repeating: " ", count: gutter + 1) + "| ", style: gutterStyle)
      output.append(
        markerLine(for: range, lineText: sourceText) + "\n",
        style: TextStyle(bold: true, color: .green))
    }
    if let hint = diagnostic.hint {
      let indent = gutter > 0 ? String(repeating: " ", count: gutter + 1) + "= " : "  "
      output.append(indent, style: gutterStyle)
      output.append("hint: ", style: TextStyle(bold: true))
      output.append(hint + "\n")
    }
    return output.rendered(colors: colors)
  }

  /// Spaces up to the start column, a caret, and tildes to the end of the range on that line.
  private func markerLine(for range: SourceRange, lineText: String) -> String {
    let bytes = Array(lineText.utf8)
    let startByte = min(max(range.start.column - 1, 0), bytes.count)
    let endByte =
      range.end.line == range.start.line
      ? min(max(range.end.column - 1, startByte + 1), bytes.count) : bytes.count
    let before = String(decoding: bytes[..<startByte], as: UTF8.self).replacingTabs
    let marked = String(decoding: bytes[startByte..<max(endByte, startByte)], as: UTF8.self)
      .replacingTabs
    let markWidth = max(DisplayWidth.of(marked), 1)
    return String(repeating: " ", count: DisplayWidth.of(before)) + "^"
      + String(repeating: "~", count: markWidth - 1)
  }

  private func severityStyle(_ severity: Diagnostic.Severity) -> TextStyle {
    switch severity {
    case .error: TextStyle(bold: true, color: .red)
    case .warning: TextStyle(bold: true, color: .magenta)
    case .note: TextStyle(bold: true, color: .cyan)
    }
  }
}

extension String {
  fileprivate var replacingTabs: String {
    contains("\t") ? String(flatMap { $0 == "\t" ? Array("    ") : [$0] }) : self
  }
}
