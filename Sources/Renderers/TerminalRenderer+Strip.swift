import Lessons
import TerminalUI

extension TerminalRenderer {
  /// A one-row grid (a level of Mario) too wide for cells side by side, as a strip:
  /// each tile's letter above its value, a shade under it, every column only as
  /// wide as what it holds. A strip wider still is cut into pieces, each headed by
  /// the tiles it shows.
  func stripLines(_ grid: OutputGrid, texts: (Int) -> [String]) -> [StyledText]? {
    guard grid.rows == 1 else { return nil }
    let range = grid.valueRange
    let columns = grid.cells.indices.map { index in
      StripColumn(cell: grid.cells[index], texts: texts(index))
    }
    var pieces: [Range<Int>] = []
    var start = 0
    var used = 0
    for (index, column) in columns.enumerated() {
      let added = (index > start ? 1 : 0) + column.width
      if used + added > width, index > start {
        pieces.append(start..<index)
        start = index
        used = column.width
      } else {
        used += added
      }
    }
    pieces.append(start..<columns.count)
    var lines: [StyledText] = []
    for piece in pieces {
      if pieces.count > 1 {
        if !lines.isEmpty { lines.append(StyledText()) }
        lines.append(
          StyledText(
            "tiles \(piece.lowerBound)–\(piece.upperBound - 1)", style: TextStyle(dim: true))
        )
      }
      let shown = Array(columns[piece])
      let rows = shown.first?.texts.indices ?? 0..<0
      for row in rows {
        var line = StyledText()
        for (index, column) in shown.enumerated() {
          if index > 0 { line.append(" ") }
          line.append(column.text(row: row, range: range, colors: colors))
        }
        lines.append(line)
      }
      if range != nil, !colors {
        lines.append(
          StyledText(
            shown.map { $0.shadeText(range: range) }.joined(separator: " ")
              .trimmingTrailingSpaces()))
      }
    }
    return lines
  }
}

/// One tile of a strip: its texts (letter, value, arrows), right-aligned.
private struct StripColumn {
  var cell: OutputGrid.Cell
  var texts: [String]

  var width: Int { texts.map(DisplayWidth.of).max() ?? 1 }

  /// Row `row` of the column; the value row is shaded when colours are on.
  func text(row: Int, range: ClosedRange<Double>?, colors: Bool) -> StyledText {
    let text = texts[row]
    let padded = String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    guard row == 1, colors, let level = level(in: range) else {
      return StyledText(padded, style: cell.isTerminal ? TextStyle(dim: true) : TextStyle())
    }
    return StyledText(padded, style: TerminalRenderer.shadeStyle(level))
  }

  /// The shade of the column's value, as wide as the column (blank for none).
  func shadeText(range: ClosedRange<Double>?) -> String {
    let shade = level(in: range).map(TerminalRenderer.shade) ?? " "
    return String(repeating: shade, count: width)
  }

  private func level(in range: ClosedRange<Double>?) -> Double? {
    guard let value = cell.value, let range, !cell.isTerminal else { return nil }
    return range.upperBound > range.lowerBound
      ? (value - range.lowerBound) / (range.upperBound - range.lowerBound) : 1
  }
}
