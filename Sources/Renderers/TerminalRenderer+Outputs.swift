public import Lessons
import MarkdownSyntax
public import TerminalUI

extension TerminalRenderer {
  /// Colours of the series of a chart, in order.
  static let seriesColors: [TextStyle.Color] = [.cyan, .yellow, .green, .magenta, .blue, .red]

  /// A demo's result: its problems, or its outputs and a dim provenance line.
  func resultLines(_ result: DemoResult) -> [StyledText] {
    var lines: [StyledText] = []
    for problem in result.diagnostics {
      let location = problem.range.map { "\($0.start): " } ?? ""
      let color: TextStyle.Color = problem.severity == .error ? .red : .yellow
      lines += StyledText(
        "\(location)\(problem.severity.rawValue): \(problem.message)",
        style: TextStyle(color: color)
      ).wrapped(width: width)
      if let hint = problem.hint {
        for piece in StyledText("hint: " + hint, style: TextStyle(dim: true)).wrapped(
          width: width - 2)
        {
          var line = StyledText("  ")
          line.append(piece)
          lines.append(line)
        }
      }
    }
    for output in result.outputs {
      lines.append(StyledText())
      lines += outputLines(output)
    }
    if let provenance = result.provenance {
      lines.append(StyledText())
      lines += StyledText(Self.provenanceText(provenance), style: TextStyle(dim: true)).wrapped(
        width: width)
    }
    return lines
  }

  /// `env mario · agents q-learning, reinforce · gamma 0.95 · …`.
  static func provenanceText(_ provenance: Provenance) -> String {
    var parts: [String] = []
    if let environment = provenance.environment { parts.append("env \(environment)") }
    if !provenance.agents.isEmpty {
      parts.append(
        (provenance.agents.count == 1 ? "agent " : "agents ")
          + provenance.agents.joined(separator: ", "))
    }
    // Settings of one agent are grouped after its name: `reinforce: lr 0.01, hidden []`.
    var grouped: [String] = []
    var grouping: String?
    for item in provenance.settings {
      let setting = "\(item.key) \(item.value)"
      if let agent = item.agent, agent == grouping, let last = grouped.popLast() {
        grouped.append(last + ", " + setting)
      } else {
        grouped.append((item.agent.map { "\($0): " } ?? "") + setting)
      }
      grouping = item.agent
    }
    parts += grouped
    return parts.joined(separator: " · ")
  }

  func outputLines(_ output: Output) -> [StyledText] {
    switch output {
    case .table(let table): return tableLines(table)
    case .grid(let grid): return gridLines(grid)
    case .chart(let chart): return chartLines(chart)
    case .frames(let frames): return frameLines(frames)
    case .message(let message):
      var text = StyledText()
      for piece in MessageSpans.pieces(message) {
        text.append(piece.text, style: piece.isCode ? InlineStyler.code : TextStyle(italic: true))
      }
      return text.wrapped(width: width)
    }
  }

  private func titleLines(_ title: String) -> [StyledText] {
    StyledText(title, style: TextStyle(bold: true)).wrapped(width: width)
  }

  private func noteLines(_ notes: [String]) -> [StyledText] {
    notes.flatMap { StyledText($0, style: TextStyle(dim: true)).wrapped(width: width) }
  }

  private func tableLines(_ table: OutputTable) -> [StyledText] {
    let header = table.columns.map { column in
      StyledText(column.header + (column.unit.map { " (\($0))" } ?? ""))
    }
    let rows = table.rows.map { row in
      row.enumerated().map { index, cell in
        let precision = index < table.columns.count ? table.columns[index].precision : 3
        let text = OutputText.cell(cell, precision: precision)
        return cell.isHighlighted
          ? StyledText("▸" + text, style: TextStyle(bold: true, color: .green)) : StyledText(text)
      }
    }
    let alignments = table.columns.map { $0.isNumeric ? Table.Alignment.right : .left }
    let layout = TableLayout(header: header, rows: rows, alignments: alignments)
    // Columns of numbers that do not fit continue in a table below, not wrapped.
    let parts = layout.split(toFit: width)
    var lines = titleLines(table.title)
    for (index, part) in parts.enumerated() {
      if index > 0 {
        lines.append(StyledText("continued:", style: TextStyle(dim: true)))
      }
      lines += part.lines(width: width)
    }
    return lines + noteLines(table.notes)
  }

  func gridLines(_ grid: OutputGrid) -> [StyledText] {
    let range = grid.valueRange
    let digits = Self.decimals(for: range)
    let texts = grid.cells.map { cell -> String in
      var text = cell.tile
      if let value = cell.value { text += " " + NumberText.fixed(value, digits: digits) }
      if !cell.arrows.isEmpty { text += " " + cell.arrows.joined() }
      return text
    }
    let cellWidth = (texts.map(DisplayWidth.of).max() ?? 1) + (range != nil && !colors ? 1 : 0)
    // Columns that do not fit the width continue below, like a wrapped line; a
    // single row that does not fit is drawn as a narrower strip instead.
    let perLine = max(1, (width + 1) / (cellWidth + 3))
    var lines = titleLines(grid.title)
    if perLine < grid.columns,
      let strip = stripLines(
        grid,
        texts: { index in
          let cell = grid.cells[index]
          return [cell.tile, cell.value.map { NumberText.fixed($0, digits: digits) } ?? ""]
            + (grid.cells.contains { !$0.arrows.isEmpty } ? [cell.arrows.joined()] : [])
        })
    {
      lines += strip
      return lines + scaleLines(grid, range: range) + noteLines(grid.notes)
    }
    for first in stride(from: 0, to: grid.columns, by: perLine) {
      if first > 0 { lines.append(StyledText()) }
      for row in 0..<grid.rows {
        var line = StyledText()
        for column in first..<min(first + perLine, grid.columns) {
          let index = row * grid.columns + column
          if column > first { line.append(" ") }
          line.append(cellText(grid.cells[index], texts[index], range: range, width: cellWidth))
        }
        lines.append(line)
      }
    }
    return lines + scaleLines(grid, range: range) + noteLines(grid.notes)
  }

  /// What the shading means: `V(s); shade: ░ 0 … █ 1000.`
  private func scaleLines(_ grid: OutputGrid, range: ClosedRange<Double>?) -> [StyledText] {
    guard let range, let label = grid.valueLabel else { return [] }
    let low = NumberText.compact(range.lowerBound)
    let high = NumberText.compact(range.upperBound)
    let scale = colors ? "shade: dark \(low) … light \(high)" : "shade: ░ \(low) … █ \(high)"
    return noteLines(["\(label); \(scale)."])
  }

  /// The colours of a value's cell at `level` (0 lowest, 1 highest): a grey
  /// from dark to light, with text that reads on it.
  static func shadeStyle(_ level: Double) -> TextStyle {
    let grey = UInt8(236 + Int((level * 15).rounded()))
    return TextStyle(color: level > 0.6 ? .black : .white, background: grey)
  }

  /// One cell, padded to `width`: shaded by its value, dim when terminal.
  private func cellText(
    _ cell: OutputGrid.Cell, _ text: String, range: ClosedRange<Double>?, width: Int
  ) -> StyledText {
    var text = text
    var style = TextStyle()
    if let value = cell.value, let range, !cell.isTerminal {
      let level =
        range.upperBound > range.lowerBound
        ? (value - range.lowerBound) / (range.upperBound - range.lowerBound) : 1
      if colors {
        style = Self.shadeStyle(level)
      } else {
        text += String(Self.shade(level))
      }
    } else if cell.isTerminal {
      style = TextStyle(dim: true)
    }
    let padding = String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    return StyledText(" " + text + padding + " ", style: style)
  }

  /// Decimals for a grid's values: fewer for larger numbers, so cells stay narrow.
  static func decimals(for range: ClosedRange<Double>?) -> Int {
    guard let range else { return 2 }
    let magnitude = max(abs(range.lowerBound), abs(range.upperBound))
    return magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2
  }

  /// A shade character for a level from 0 to 1.
  /// The lowest value is ░ and the highest █, as the legend under a grid says.
  static func shade(_ level: Double) -> Character {
    let shades: [Character] = ["░", "▒", "▓", "█"]
    return shades[min(3, max(0, Int((level * 3).rounded())))]
  }

  private func chartLines(_ chart: OutputChart) -> [StyledText] {
    // Braille lines are smooth but told apart only by colour.
    let style: TextChart.Style = colors || chart.series.count == 1 ? .braille : .markers
    let layout = TextChart(chart, width: min(width, 100), height: chartRows, style: style)
    let body = layout.lines.map { glyphs in
      var line = StyledText()
      for glyph in glyphs {
        let style =
          glyph.series.map {
            TextStyle(
              dim: glyph.isBand, color: Self.seriesColors[$0 % Self.seriesColors.count])
          } ?? TextStyle()
        line.append(String(glyph.character), style: style)
      }
      return line
    }
    return titleLines(chart.title) + body + noteLines(chart.notes)
  }

  func frameLines(_ frames: OutputFrames) -> [StyledText] {
    var lines = titleLines(frames.title)
    for frame in frames.frames {
      lines.append(StyledText(OutputText.caption(frame), style: TextStyle(dim: true)))
      for picture in frame.picture { lines.append(StyledText("  " + picture)) }
    }
    return lines + StyledText(frames.ending, style: TextStyle(italic: true)).wrapped(width: width)
  }

  /// One step of an algorithm on a screen of its own: where it is, the state,
  /// the numbers behind the choice, and what happened, numbered.
  public func stepLines(_ step: OutputStep, number: Int, of count: Int, source: String)
    -> [StyledText]
  {
    var lines = StyledText(
      "Step \(number) of \(count) · \(step.title)", style: TextStyle(bold: true)
    )
    .wrapped(width: width)
    lines += StyledText(source, style: TextStyle(dim: true)).wrapped(width: width)
    if !step.picture.isEmpty {
      lines.append(StyledText())
      lines += step.picture.map { StyledText("  " + $0) }
    }
    if let choice = step.choice {
      lines.append(StyledText())
      lines += tableLines(choice)
    }
    lines.append(StyledText())
    for (index, stage) in step.stages.enumerated() {
      let label = "\(index + 1). "
      for (row, piece) in StyledText(OutputText.line(stage)).wrapped(width: width - label.count)
        .enumerated()
      {
        var line = StyledText(
          row == 0 ? label : String(repeating: " ", count: label.count),
          style: TextStyle(bold: true))
        line.append(piece)
        lines.append(line)
      }
    }
    return lines
  }
}
