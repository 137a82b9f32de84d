import MarkdownSyntax
import TerminalUI

/// Lays out a table in box-drawing characters within a width, wrapping cells as needed.
struct TableLayout {
  let header: [StyledText]
  let rows: [[StyledText]]
  let alignments: [Table.Alignment]

  /// The narrowest a column is squeezed to before the table overflows instead.
  static let minimumColumnWidth = 6

  /// The table's lines, at most `width` columns wide when the columns can shrink enough.
  func lines(width: Int) -> [StyledText] {
    let columns = alignments.count
    guard columns > 0 else { return [] }
    let widths = columnWidths(available: width - (3 * columns + 1))
    let border = TextStyle(dim: true)
    func rule(_ left: String, _ middle: String, _ right: String, _ fill: String) -> StyledText {
      StyledText(
        left + widths.map { String(repeating: fill, count: $0 + 2) }.joined(separator: middle)
          + right,
        style: border)
    }
    var lines = [rule("┌", "┬", "┐", "─")]
    lines += rowLines(
      header.map { $0.styled(TextStyle(bold: true)) }, widths: widths, border: border)
    lines.append(
      rule(rows.isEmpty ? "└" : "├", rows.isEmpty ? "┴" : "┼", rows.isEmpty ? "┘" : "┤", "─"))
    for row in rows { lines += rowLines(row, widths: widths, border: border) }
    if !rows.isEmpty { lines.append(rule("└", "┴", "┘", "─")) }
    return lines
  }

  private func rowLines(_ cells: [StyledText], widths: [Int], border: TextStyle) -> [StyledText] {
    let wrapped = widths.indices.map { column in
      column < cells.count ? cells[column].wrapped(width: widths[column]) : [StyledText()]
    }
    let height = wrapped.map(\.count).max() ?? 1
    var lines: [StyledText] = []
    for lineIndex in 0..<height {
      var line = StyledText("│", style: border)
      for column in widths.indices {
        let text = lineIndex < wrapped[column].count ? wrapped[column][lineIndex] : StyledText()
        line.append(" ")
        line.append(padded(text, to: widths[column], alignment: alignments[column]))
        line.append(" ")
        line.append("│", style: border)
      }
      lines.append(line)
    }
    return lines
  }

  private func padded(_ text: StyledText, to width: Int, alignment: Table.Alignment) -> StyledText {
    let gap = max(width - text.width, 0)
    let (left, right): (Int, Int)
    switch alignment {
    case .right: (left, right) = (gap, 0)
    case .center: (left, right) = (gap / 2, gap - gap / 2)
    case .left, .none: (left, right) = (0, gap)
    }
    var result = StyledText(String(repeating: " ", count: left))
    result.append(text)
    result.append(String(repeating: " ", count: right))
    return result
  }

  /// Each column's width with no cell wrapped.
  private var naturalWidths: [Int] {
    alignments.indices.map { column -> Int in
      let cells = [header] + rows
      return cells.map { row in
        column < row.count ? row[column].wrapped(width: Int.max / 2).map(\.width).max() ?? 0 : 0
      }.max() ?? 0
    }.map { max($0, 1) }
  }

  /// A table of numbers too wide for `width`, as several narrower tables whose
  /// columns follow on, each starting with the first column (the row's key):
  /// numbers are never wrapped. A table that fits is itself.
  func split(toFit width: Int) -> [TableLayout] {
    let natural = naturalWidths
    func span(_ columns: [Int]) -> Int { columns.map { natural[$0] + 3 }.reduce(1, +) }
    guard span(Array(natural.indices)) > width, natural.count > 2 else { return [self] }
    var groups: [[Int]] = []
    var group = [0]
    for column in 1..<natural.count {
      if group.count > 1, span(group + [column]) > width {
        groups.append(group)
        group = [0]
      }
      group.append(column)
    }
    groups.append(group)
    return groups.map { columns in
      TableLayout(
        header: columns.map { $0 < header.count ? header[$0] : StyledText() },
        rows: rows.map { row in columns.map { $0 < row.count ? row[$0] : StyledText() } },
        alignments: columns.map { alignments[$0] })
    }
  }

  /// Natural widths, capped from the widest down until the table fits (water-filling).
  private func columnWidths(available: Int) -> [Int] {
    let natural = naturalWidths
    guard natural.reduce(0, +) > available else { return natural }
    var low = 1
    var high = natural.max() ?? 1
    while low < high {
      let cap = (low + high + 1) / 2
      if natural.map({ min($0, cap) }).reduce(0, +) <= available {
        low = cap
      } else {
        high = cap - 1
      }
    }
    let cap = max(low, Self.minimumColumnWidth)
    var widths = natural.map { min($0, cap) }
    // Hand out what is left to the capped columns, left to right.
    var spare = available - widths.reduce(0, +)
    for index in widths.indices where spare > 0 && widths[index] < natural[index] {
      let extra = min(spare, natural[index] - widths[index])
      widths[index] += extra
      spare -= extra
    }
    return widths
  }
}
