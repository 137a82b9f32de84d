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
    case .message(let message): return "<p class=\"message\">\(HTMLText.escaped(message))</p>\n"
    }
  }

  private func notes(_ notes: [String]) -> String {
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

  /// A value grid as an SVG heat map: a cell per state, its value and arrows, a legend.
  private func grid(_ grid: OutputGrid) -> String {
    let size = 44
    let range = grid.valueRange
    let low = range?.lowerBound ?? 0
    let high = range?.upperBound ?? 1
    let width = grid.columns * size
    let height = grid.rows * size
    var svg =
      "<svg class=\"grid\" viewBox=\"0 0 \(width) \(height + 34)\" width=\"\(width)\" height=\"\(height + 34)\" role=\"img\" aria-label=\"\(HTMLText.escaped(grid.title))\">"
    for row in 0..<grid.rows {
      for column in 0..<grid.columns {
        let cell = grid[row, column]
        let (x, y) = (column * size, row * size)
        let shaded = cell.isTerminal ? nil : cell.value
        let fill = shaded.map { Self.heat(($0 - low) / max(high - low, 1e-12)) } ?? "none"
        svg +=
          "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(size)\" height=\"\(size)\" fill=\"\(fill)\" class=\"cell\"/>"
        var label = cell.tile
        if !cell.arrows.isEmpty { label += " " + cell.arrows.joined() }
        svg +=
          "<text x=\"\(x + size / 2)\" y=\"\(y + 18)\" class=\"\(shaded == nil ? "tile bare" : "tile")\">\(HTMLText.escaped(label))</text>"
        if let value = cell.value, !cell.isTerminal || value != 0 {
          svg +=
            "<text x=\"\(x + size / 2)\" y=\"\(y + 34)\" class=\"value\">\(HTMLText.escaped(NumberText.compact(value)))</text>"
        }
      }
    }
    if range != nil {
      let legend = height + 12
      for step in 0..<10 {
        let x = step * width / 10
        svg +=
          "<rect x=\"\(x)\" y=\"\(legend)\" width=\"\(width / 10 + 1)\" height=\"8\" fill=\"\(Self.heat(Double(step) / 9))\"/>"
      }
      svg +=
        "<text x=\"0\" y=\"\(legend + 20)\" class=\"axis\" text-anchor=\"start\">\(HTMLText.escaped(NumberText.compact(low)))</text>"
      svg +=
        "<text x=\"\(width)\" y=\"\(legend + 20)\" class=\"axis\" text-anchor=\"end\">\(HTMLText.escaped(NumberText.compact(high)))</text>"
    }
    svg += "</svg>"
    let label =
      grid.valueLabel.map {
        "<p class=\"note\">Shading: \(HTMLText.escaped($0)), low to high.</p>\n"
      } ?? ""
    return
      "<figure class=\"output\"><figcaption>\(HTMLText.escaped(grid.title))</figcaption>\(svg)\n"
      + label + notes(grid.notes) + "</figure>\n"
  }

  /// From a dark blue (0) through teal to a light yellow (1).
  static func heat(_ fraction: Double) -> String {
    let t = min(1, max(0, fraction.isFinite ? fraction : 0))
    let stops: [(Double, Double, Double)] = [(38, 70, 140), (42, 157, 143), (250, 230, 120)]
    let scaled = t * Double(stops.count - 1)
    let index = min(stops.count - 2, Int(scaled))
    let local = scaled - Double(index)
    let (a, b) = (stops[index], stops[index + 1])
    func channel(_ x: Double, _ y: Double) -> String {
      let value = Int((x + (y - x) * local).rounded())
      let digits = String(value, radix: 16)
      return digits.count == 1 ? "0" + digits : digits
    }
    return "#" + channel(a.0, b.0) + channel(a.1, b.1) + channel(a.2, b.2)
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
      "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(HTMLText.escaped(chart.title))\">"
    svg +=
      "<line x1=\"\(left)\" y1=\"\(height - bottom)\" x2=\"\(width - right)\" y2=\"\(height - bottom)\" class=\"axis-line\"/>"
    svg +=
      "<line x1=\"\(left)\" y1=\"\(top)\" x2=\"\(left)\" y2=\"\(height - bottom)\" class=\"axis-line\"/>"
    for step in 0...2 {
      let fraction = Double(step) / 2
      let y = yRange.lowerBound + fraction * ySpan
      let x = xRange.lowerBound + fraction * xSpan
      svg +=
        "<text x=\"\(left - 6)\" y=\"\(py(y))\" class=\"axis\" text-anchor=\"end\" dominant-baseline=\"middle\">\(HTMLText.escaped(NumberText.compact(y)))</text>"
      svg +=
        "<text x=\"\(px(x))\" y=\"\(height - bottom + 16)\" class=\"axis\" text-anchor=\"middle\">\(HTMLText.escaped(NumberText.compact(x)))</text>"
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
        "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\"/>"
    }
    svg += "</svg>"
    let legend = chart.series.enumerated().map { index, series in
      "<li><span class=\"swatch\" style=\"background:\(Self.seriesColors[index % Self.seriesColors.count])\"></span>\(HTMLText.escaped(series.name))</li>"
    }.joined()
    return
      "<figure class=\"output\"><figcaption>\(HTMLText.escaped(chart.title))</figcaption>\(svg)\n"
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
