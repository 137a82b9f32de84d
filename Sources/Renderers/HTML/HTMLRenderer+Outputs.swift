public import Lessons

/// Demo outputs as HTML: tables, SVG heat maps and line charts, frame strips.
extension HTMLRenderer {
  /// Colours of a chart's series, in order (they read on light and dark backgrounds).
  static let seriesColors = ["#0e7fc0", "#d9822b", "#2e9e4f", "#b0379b", "#6a5acd", "#c0392b"]

  /// A demo's outputs as HTML: its notes, tables, grids, charts and frames.
  public func outputs(_ result: DemoResult) -> String {
    var html = result.outputs.map(output).joined()
    if let provenance = result.provenance {
      html +=
        "<p class=\"provenance\">\(HTMLText.escaped(TerminalRenderer.provenanceText(provenance)))</p>\n"
    }
    return html
  }

  private func output(_ output: Output) -> String {
    switch output {
    case .table(let table): return self.table(table)
    case .grid(let grid): return self.grid(grid)
    case .chart(let chart): return self.chart(chart)
    case .frames(let frames): return self.frames(frames)
    case .message(let message):
      let text = MessageSpans.pieces(message).map { piece in
        piece.isCode
          ? "<code>\(HTMLText.escaped(piece.text))</code>" : HTMLText.escaped(piece.text)
      }
      return "<p class=\"message\">\(text.joined())</p>\n"
    }
  }

  func notes(_ notes: [String]) -> String {
    notes.map { "<p class=\"note\">\(HTMLText.escaped($0))</p>\n" }.joined()
  }

  private func table(_ table: OutputTable) -> String {
    var html = "<figure class=\"output\"><figcaption>\(HTMLText.escaped(table.title))</figcaption>"
    html += "<div class=\"table\"><table class=\"numbers\">\n<thead><tr>"
    for column in table.columns {
      let header = column.header + (column.unit.map { " (\($0))" } ?? "")
      html += "<th\(column.isNumeric ? " class=\"n\"" : "")>\(HTMLText.escaped(header))</th>"
    }
    html += "</tr></thead>\n<tbody>\n"
    for row in table.rows {
      html += "<tr>"
      for (index, cell) in row.enumerated() {
        let column = index < table.columns.count ? table.columns[index] : nil
        var classes: [String] = []
        if column?.isNumeric ?? false { classes.append("n") }
        if cell.isHighlighted { classes.append("best") }
        let attribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
        let text = OutputText.cell(cell, precision: column?.precision ?? 3)
        let mark = cell.isHighlighted ? "<span class=\"mark\">▸</span>" : ""
        html += "<td\(attribute)>\(mark)\(HTMLText.escaped(text))</td>"
      }
      html += "</tr>\n"
    }
    html += "</tbody></table></div>\n" + notes(table.notes) + "</figure>\n"
    return html
  }

  /// The dash of series `index`'s line: solid, dashed, dotted, as in a terminal.
  static func dash(_ index: Int) -> String {
    switch index % 3 {
    case 1: return " stroke-dasharray=\"8 5\""
    case 2: return " stroke-dasharray=\"2 4\""
    default: return ""
    }
  }

  /// A learning curve as an SVG line chart: axes with ticks, a line and band per series, a legend.
  private func chart(_ chart: OutputChart) -> String {
    let (width, height) = (640.0, 300.0)
    let (left, right, top, bottom) = (64.0, 16.0, 12.0, 44.0)
    guard let xRange = chart.xRange, let yRange = chart.yRange else {
      return "<p class=\"message\">\(HTMLText.escaped(chart.title)): nothing to draw.</p>\n"
    }
    let xSpan = max(xRange.upperBound - xRange.lowerBound, 1e-12)
    let ySpan = max(yRange.upperBound - yRange.lowerBound, 1e-12)
    func px(_ x: Double) -> String {
      NumberText.fixed(left + (x - xRange.lowerBound) / xSpan * (width - left - right), digits: 1)
    }
    func py(_ y: Double) -> String {
      NumberText.fixed(
        top + (1 - (y - yRange.lowerBound) / ySpan) * (height - top - bottom), digits: 1)
    }
    var svg =
      "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-label=\"\(HTMLText.escaped(chart.title))\">"
    svg +=
      "<line x1=\"\(left)\" y1=\"\(height - bottom)\" x2=\"\(width - right)\" y2=\"\(height - bottom)\" class=\"axis-line\"/>"
    svg +=
      "<line x1=\"\(left)\" y1=\"\(top)\" x2=\"\(left)\" y2=\"\(height - bottom)\" class=\"axis-line\"/>"
    // Round ticks (1, 2, 5 × 10ⁿ) with faint grid lines across the plot.
    for y in NiceTicks.ticks(in: yRange) {
      svg +=
        "<line x1=\"\(left)\" y1=\"\(py(y))\" x2=\"\(width - right)\" y2=\"\(py(y))\" class=\"grid-line\"/>"
      svg +=
        "<text x=\"\(left - 6)\" y=\"\(py(y))\" class=\"axis\" text-anchor=\"end\" dominant-baseline=\"middle\">\(HTMLText.escaped(NumberText.compact(y)))</text>"
    }
    for x in NiceTicks.ticks(in: xRange, count: 6) {
      svg +=
        "<line x1=\"\(px(x))\" y1=\"\(height - bottom)\" x2=\"\(px(x))\" y2=\"\(height - bottom + 4)\" class=\"axis-line\"/>"
      svg +=
        "<text x=\"\(px(x))\" y=\"\(height - bottom + 18)\" class=\"axis\" text-anchor=\"middle\">\(HTMLText.escaped(NumberText.compact(x)))</text>"
    }
    svg +=
      "<text x=\"\((left + width - right) / 2)\" y=\"\(height - 6)\" class=\"axis\" text-anchor=\"middle\">\(HTMLText.escaped(chart.xLabel))</text>"
    svg +=
      "<text x=\"12\" y=\"\(top + (height - top - bottom) / 2)\" class=\"axis\" text-anchor=\"middle\" transform=\"rotate(-90 12 \(top + (height - top - bottom) / 2))\">\(HTMLText.escaped(chart.yLabel))</text>"
    for (index, series) in chart.series.enumerated() {
      let color = Self.seriesColors[index % Self.seriesColors.count]
      if let lower = series.lower, let upper = series.upper, lower.count == series.x.count,
        upper.count == series.x.count
      {
        let points =
          zip(series.x, upper).map { "\(px($0)),\(py($1))" }
          + zip(series.x, lower).reversed().map { "\(px($0)),\(py($1))" }
        svg +=
          "<polygon points=\"\(points.joined(separator: " "))\" fill=\"\(color)\" opacity=\"0.18\"/>"
      }
      let points = zip(series.x, series.y).filter { $1.isFinite }.map { "\(px($0)),\(py($1))" }
      svg +=
        "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2.5\"\(Self.dash(index))/>"
    }
    svg += "</svg>"
    // Lines differ by dash as well as colour, for colour-blind readers and
    // monochrome projectors; the legend draws each line's dash.
    let legend = chart.series.enumerated().map { index, series in
      let color = Self.seriesColors[index % Self.seriesColors.count]
      return
        "<li><svg class=\"swatch\" viewBox=\"0 0 26 10\" width=\"26\" height=\"10\" aria-hidden=\"true\"><line x1=\"0\" y1=\"5\" x2=\"26\" y2=\"5\" stroke=\"\(color)\" stroke-width=\"3\"\(Self.dash(index))/></svg>\(HTMLText.escaped(series.name))</li>"
    }.joined()
    return
      "<figure class=\"output\"><figcaption>\(HTMLText.escaped(chart.title))</figcaption><div class=\"scroll\">\(svg)</div>\n"
      + "<ul class=\"legend\">\(legend)</ul>\n" + notes(chart.notes) + "</figure>\n"
  }

  /// An episode: a player that shows the frames in turn (CSS only), and the whole strip.
  private func frames(_ frames: OutputFrames) -> String {
    let count = frames.frames.count
    guard count > 0 else { return "" }
    let seconds = 0.6
    let name = "rl-frames-\(count)"
    let share = NumberText.fixed(100 / Double(count), digits: 3)
    var html =
      "<figure class=\"output episode\"><figcaption>\(HTMLText.escaped(frames.title))</figcaption>\n"
    html +=
      "<style>@keyframes \(name) { 0% { visibility: visible } \(share)% { visibility: hidden } 100% { visibility: hidden } }</style>\n"
    html += "<div class=\"player\" aria-hidden=\"true\">"
    for (index, frame) in frames.frames.enumerated() {
      let delay = NumberText.fixed(-Double((count - index) % count) * seconds, digits: 1)
      html +=
        "<div class=\"frame\" style=\"animation: \(name) \(NumberText.fixed(Double(count) * seconds, digits: 1))s step-end \(delay)s infinite\">"
      html += "<pre>\(HTMLText.escaped(frame.picture.joined(separator: "\n")))</pre>"
      html += "<p>\(HTMLText.escaped(OutputText.caption(frame)))</p></div>"
    }
    html += "</div>\n<details><summary>every frame</summary><ol class=\"strip\">"
    for frame in frames.frames {
      html += "<li><pre>\(HTMLText.escaped(frame.picture.joined(separator: "\n")))</pre>"
      html += "<p>\(HTMLText.escaped(OutputText.caption(frame)))</p></li>"
    }
    html += "</ol></details>\n<p class=\"note\">\(HTMLText.escaped(frames.ending))</p>\n</figure>\n"
    return html
  }
}
