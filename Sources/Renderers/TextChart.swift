public import Lessons

/// A chart laid out on a grid of characters: a marker per series, a dotted band,
/// axes with labels and a legend. Shared by the terminal and Markdown renderers.
public struct TextChart: Sendable {
  /// One character of the chart and the series it belongs to, if any.
  public struct Glyph: Hashable, Sendable {
    /// The character.
    public var character: Character
    /// The series it draws (for colour); `nil` for axes, labels and blanks.
    public var series: Int?
    /// Whether it is part of a band rather than the line.
    public var isBand: Bool
  }

  /// Markers for the series, in order.
  public static let markers: [Character] = ["●", "▲", "■", "◆", "○", "△"]

  /// The chart's lines.
  public let lines: [[Glyph]]

  /// How lines are drawn.
  public enum Style: Sendable {
    /// A marker per point (● ▲ ■ …): lines stay apart without colour.
    case markers
    /// Braille dots joined into lines, eight dots a cell: smooth, told apart by
    /// colour and by dashes (solid, dashed, dotted).
    case braille
  }

  /// How many plot rows a chart has unless its screen asks for fewer.
  public static let defaultRows = 12

  /// The rows a chart's plot gets on a screen showing `lines` lines of a page:
  /// what is left after the chart's title, axes and legend and a few lines of the
  /// page around it, between 4 and ``defaultRows``.
  public static func rows(fitting lines: Int) -> Int {
    min(defaultRows, max(4, lines - 8))
  }

  /// Lays out `chart` in `width` columns and `height` plot rows (at least 2).
  public init(
    _ chart: OutputChart, width: Int, height: Int = defaultRows, style: Style = .markers
  ) {
    let height = max(2, height)
    guard let xRange = chart.xRange, let yRange = chart.yRange else {
      lines = [Self.text("(no data)")]
      return
    }
    let low = yRange.lowerBound
    let high = yRange.upperBound > low ? yRange.upperBound : low + 1
    let labels = [high, (high + low) / 2, low].map(NumberText.compact)
    let labelWidth = labels.map(\.count).max() ?? 1
    // The x axis's name goes at the end of the tick labels' line, inside the width.
    let plotWidth = max(10, width - labelWidth - 2 - (chart.xLabel.count + 2))
    let blank = Glyph(character: " ", series: nil, isBand: false)
    var plot = Array(repeating: Array(repeating: blank, count: plotWidth), count: height)
    let xSpan = xRange.upperBound - xRange.lowerBound
    func column(_ x: Double) -> Int {
      xSpan > 0 ? Int(((x - xRange.lowerBound) / xSpan * Double(plotWidth - 1)).rounded()) : 0
    }
    func row(_ y: Double) -> Int {
      height - 1 - Int(((y - low) / (high - low) * Double(height - 1)).rounded())
    }
    for (index, series) in chart.series.enumerated() {
      guard let lower = series.lower, let upper = series.upper else { continue }
      for point in series.x.indices where lower[point].isFinite && upper[point].isFinite {
        for cell in row(upper[point])...row(lower[point]) {
          plot[cell][column(series.x[point])] = Glyph(character: "·", series: index, isBand: true)
        }
      }
    }
    if style == .braille {
      var dots = BrailleCanvas(columns: plotWidth, rows: height)
      for (index, series) in chart.series.enumerated() {
        let points = series.x.indices.filter { series.y[$0].isFinite }.map { point in
          (
            x: xSpan > 0 ? (series.x[point] - xRange.lowerBound) / xSpan : 0,
            y: (series.y[point] - low) / (high - low)
          )
        }
        dots.drawLine(through: points, series: index)
      }
      for (rowIndex, cells) in dots.cells.enumerated() {
        for (columnIndex, cell) in cells.enumerated() where cell.bits != 0 {
          plot[rowIndex][columnIndex] = Glyph(
            character: Character(UnicodeScalar(0x2800 + UInt32(cell.bits))!), series: cell.series,
            isBand: false)
        }
      }
    } else {
      for (index, series) in chart.series.enumerated() {
        let marker = Self.markers[index % Self.markers.count]
        for point in series.x.indices where series.y[point].isFinite {
          plot[row(series.y[point])][column(series.x[point])] = Glyph(
            character: marker, series: index, isBand: false)
        }
      }
    }
    var lines: [[Glyph]] = [Self.text(chart.yLabel)]
    let middle = row((high + low) / 2)
    for (index, cells) in plot.enumerated() {
      let label =
        index == 0
        ? labels[0] : index == middle ? labels[1] : index == height - 1 ? labels[2] : ""
      let padded = String(repeating: " ", count: labelWidth - label.count) + label
      lines.append(Self.text(padded + (label.isEmpty ? " │" : " ┤")) + cells)
    }
    let ticks = [xRange.lowerBound, (xRange.lowerBound + xRange.upperBound) / 2, xRange.upperBound]
    var axis = Array(repeating: Character("─"), count: plotWidth)
    var tickLine = Array(repeating: Character(" "), count: plotWidth)
    for tick in ticks {
      let at = column(tick)
      axis[at] = "┬"
      let text = Array(NumberText.compact(tick.rounded()).prefix(plotWidth))
      let start = min(max(0, at - text.count / 2), plotWidth - text.count)
      for (offset, character) in text.enumerated() { tickLine[start + offset] = character }
    }
    let indent = String(repeating: " ", count: labelWidth + 1)
    lines.append(Self.text(indent + "└" + String(axis)))
    lines.append(
      Self.text(
        indent + " " + String(tickLine).trimmingTrailingSpaces() + "  " + chart.xLabel))
    // The legend wraps: each series' sample and name stay together.
    var legend: [Glyph] = Self.text(indent + " ")
    var legendWidth = indent.count + 1
    for (index, series) in chart.series.enumerated() {
      let sample =
        style == .braille
        ? BrailleCanvas.legendGlyphs[index % BrailleCanvas.legendGlyphs.count]
        : Self.markers[index % Self.markers.count]
      let entryWidth = 2 + series.name.count
      if index > 0, legendWidth + 3 + entryWidth > width {
        lines.append(legend)
        legend = Self.text(indent + " ")
        legendWidth = indent.count + 1
      } else if index > 0 {
        legend += Self.text("   ")
        legendWidth += 3
      }
      legend.append(Glyph(character: sample, series: index, isBand: false))
      legend += Self.text(" " + series.name)
      legendWidth += entryWidth
    }
    lines.append(legend)
    self.lines = lines
  }

  /// The chart as plain text lines.
  public var plainLines: [String] {
    lines.map { String($0.map(\.character)).trimmingTrailingSpaces() }
  }

  private static func text(_ string: String) -> [Glyph] {
    string.map { Glyph(character: $0, series: nil, isBand: false) }
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var text = Substring(self)
    while text.last == " " { text = text.dropLast() }
    return String(text)
  }
}
