import Lessons
import MarkdownSyntax
import TerminalUI

extension MarkdownRenderer {
  /// A demo's result as Markdown: problems as a quote, tables as GFM tables,
  /// grids, charts and episodes as fenced text, provenance as a small line.
  func result(_ result: DemoResult) -> String {
    var chunks: [String] = []
    for problem in result.diagnostics {
      let location = problem.range.map { "\($0.start): " } ?? ""
      let hint = problem.hint.map { "\\\n> hint: " + Self.escaped($0) } ?? ""
      chunks.append(
        "> **\(problem.severity.rawValue)**: " + Self.escaped(location + problem.message) + hint)
    }
    let plain = TerminalRenderer(width: 100, colors: false)
    for output in result.outputs {
      switch output {
      case .table(let table):
        chunks.append(Self.table(table))
      case .grid(let grid):
        chunks.append(Self.fenced(title: grid.title, plain.gridLines(grid).dropFirst()))
      case .chart(let chart):
        chunks.append(
          "**\(Self.escaped(chart.title))**\n\n"
            + Self.fence(TextChart(chart, width: 80).plainLines)
            + Self.notes(chart.notes))
      case .frames(let frames):
        chunks.append(Self.fenced(title: frames.title, plain.frameLines(frames).dropFirst()))
      case .message(let message):
        chunks.append("_" + Self.escaped(message) + "_")
      }
    }
    if let provenance = result.provenance {
      chunks.append(
        "<sub>" + Self.escaped(TerminalRenderer.provenanceText(provenance)) + "</sub>")
    }
    return chunks.joined(separator: "\n\n")
  }

  private static func table(_ table: OutputTable) -> String {
    let header = table.columns.map { column in
      escaped(column.header + (column.unit.map { " (\($0))" } ?? ""))
    }
    let rule = table.columns.map { $0.isNumeric ? "---:" : ":---" }
    let rows = table.rows.map { row in
      row.enumerated().map { index, cell in
        let precision = index < table.columns.count ? table.columns[index].precision : 3
        let text = escaped(OutputText.cell(cell, precision: precision))
        return cell.isHighlighted ? "**\(text)**" : text
      }
    }
    let lines = ([header, rule] + rows).map { "| " + $0.joined(separator: " | ") + " |" }
    return "**\(escaped(table.title))**\n\n" + lines.joined(separator: "\n")
      + notes(table.notes.map { $0.replacing("▸ marks", with: "Bold marks") })
  }

  private static func fenced(title: String, _ lines: ArraySlice<StyledText>) -> String {
    "**\(escaped(title))**\n\n" + fence(lines.map { $0.plainText.trimmingTrailingSpaces() })
  }

  private static func fence(_ lines: [String]) -> String {
    let body = lines.joined(separator: "\n") + "\n"
    let fence = MarkdownRenderer.fence(for: body, character: "`")
    return fence + "text\n" + body + fence
  }

  private static func notes(_ notes: [String]) -> String {
    notes.isEmpty ? "" : "\n\n" + notes.map { "_" + escaped($0) + "_" }.joined(separator: "\\\n")
  }

  /// Text with Markdown's (and rlbook's math) special characters escaped.
  static func escaped(_ text: String) -> String {
    var result = ""
    for character in text {
      if "\\`*_[]<>|#$!~".contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }
}
