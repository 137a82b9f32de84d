import MarkdownSyntax
import TeXMath

/// TeX in a lesson's math that rlbook does not understand: a warning at the
/// command, which is shown as written.
enum MathCheck {
  /// A warning for each unknown command of each formula in `blocks`.
  static func problems(in blocks: [Block], lines: LineIndex) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    func check(_ tex: String, at range: SourceRange?) {
      for command in TeXParser.unknownCommands(in: tex) {
        problems.append(
          .warning(
            "unknown TeX command `\(command)`",
            hint: "it is shown as written; the README lists the TeX rlbook reads",
            at: range.map { locate(command, in: $0, lines: lines) }))
      }
    }
    for block in blocks {
      if case .displayMath(let tex) = block.kind { check(tex, at: block.range) }
      block.forEachNestedBlock { nested in
        if case .displayMath(let tex) = nested.kind { check(tex, at: nested.range) }
      }
      block.forEachInline { inline in
        switch inline.kind {
        case .math(let tex), .displayMath(let tex): check(tex, at: inline.range)
        default: break
        }
      }
    }
    return problems
  }

  /// Where `command` is written within `range`, or the range's start.
  private static func locate(_ command: String, in range: SourceRange, lines: LineIndex)
    -> SourceRange
  {
    let start = lines.offset(of: range.start)
    let end = min(lines.offset(of: range.end), lines.bytes.count)
    let needle = Array((command.hasPrefix("\\begin{") ? "\\begin" : command).utf8)
    var index = start
    while index + needle.count <= end {
      if lines.bytes[index..<index + needle.count].elementsEqual(needle) {
        let location = lines.location(ofOffset: index)
        return SourceRange(
          start: location, end: lines.location(ofOffset: index + command.utf8.count))
      }
      index += 1
    }
    return SourceRange(start: range.start, end: range.start)
  }
}
