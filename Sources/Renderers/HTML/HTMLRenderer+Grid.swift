import Lessons

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A grid output as SVG: a cell per tile, big enough to read on a projector.
///
/// A value grid shades each cell from dark blue (low) to light yellow (high),
/// its letter and value in black or white, whichever contrasts more with the
/// shade; a policy grid draws each greedy action as an arrow from the cell's
/// centre. Terminal cells are marked as goals or hazards, not shaded. The SVG
/// keeps its size (text never shrinks below 12 px): a wide map scrolls.
extension HTMLRenderer {
  /// The side of a cell, in CSS pixels: smaller for a map of many columns, so
  /// that Mario's 16 tiles fit a desktop page without scrolling.
  static func cellSize(columns: Int) -> Int { columns > 12 ? 48 : 56 }

  func grid(_ grid: OutputGrid) -> String {
    let size = Self.cellSize(columns: grid.columns)
    let range = grid.valueRange
    let (width, height) = (grid.columns * size, grid.rows * size)
    let total = height + (range == nil ? 0 : 40)
    var svg =
      "<svg class=\"grid\" viewBox=\"0 0 \(width) \(total)\" width=\"\(width)\" height=\"\(total)\" role=\"img\" aria-label=\"\(HTMLText.escaped(grid.title))\">"
    for row in 0..<grid.rows {
      for column in 0..<grid.columns {
        svg += cell(grid[row, column], x: column * size, y: row * size, size: size, range: range)
      }
    }
    if let range { svg += scale(range, y: height + 10, width: width) }
    svg += "</svg>"
    let label =
      grid.valueLabel.map {
        "<p class=\"note\">Shading: \(HTMLText.escaped($0)), dark blue lowest to light yellow highest.</p>\n"
      } ?? ""
    return
      "<figure class=\"output\"><figcaption>\(HTMLText.escaped(grid.title))</figcaption><div class=\"scroll\">\(svg)</div>\n"
      + label + notes(grid.notes) + "</figure>\n"
  }

  private func cell(
    _ cell: OutputGrid.Cell, x: Int, y: Int, size: Int, range: ClosedRange<Double>?
  ) -> String {
    let (centerX, centerY) = (x + size / 2, y + size / 2)
    var fill: String?
    if let value = cell.value, let range, !cell.isTerminal {
      let span = max(range.upperBound - range.lowerBound, 1e-12)
      fill = Self.heat((value - range.lowerBound) / span)
    }
    let kind =
      fill != nil ? "shaded" : cell.isTerminal ? (cell.isGoal == true ? "goal" : "hazard") : "plain"
    let ink = fill.map(Self.ink(on:)) ?? "ink"
    var svg =
      "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(size)\" height=\"\(size)\" class=\"cell \(kind)\""
      + (fill.map { " fill=\"\($0)\"" } ?? "") + "/>"
    let tile = HTMLText.escaped(cell.tile)
    if !cell.arrows.isEmpty {
      // A policy: the tile's letter in the corner (not a plain floor's `.`), the
      // arrows from the centre.
      if cell.tile != "." {
        svg += "<text x=\"\(x + 5)\" y=\"\(y + 16)\" class=\"tile corner \(ink)\">\(tile)</text>"
      }
      svg += cell.arrows.map { arrow(for: $0, x: centerX, y: centerY + 3, ink: ink) }.joined()
    } else if let value = cell.value, !cell.isTerminal || value != 0 {
      svg +=
        "<text x=\"\(centerX)\" y=\"\(centerY - 5)\" text-anchor=\"middle\" class=\"tile \(ink)\">\(tile)</text>"
      svg +=
        "<text x=\"\(centerX)\" y=\"\(centerY + 14)\" text-anchor=\"middle\" class=\"value \(ink)\">\(HTMLText.escaped(NumberText.compact(value)))</text>"
    } else {
      svg +=
        "<text x=\"\(centerX)\" y=\"\(centerY + 6)\" text-anchor=\"middle\" class=\"tile big \(ink)\">\(tile)</text>"
    }
    return svg
  }

  /// An arrow 18 px long from (`x`, `y`) in the direction the glyph points;
  /// `·` (every action ties) is a dot, any other glyph is written.
  private func arrow(for glyph: String, x: Int, y: Int, ink: String) -> String {
    let directions: [String: (Double, Double)] = [
      "→": (1, 0), "←": (-1, 0), "↑": (0, -1), "↓": (0, 1), "↗": (0.7, -0.7),
      "↖": (-0.7, -0.7), "↘": (0.7, 0.7), "↙": (-0.7, 0.7),
    ]
    guard let (dx, dy) = directions[glyph] else {
      if glyph == "·" { return "<circle cx=\"\(x)\" cy=\"\(y)\" r=\"3.5\" class=\"dot \(ink)\"/>" }
      return
        "<text x=\"\(x)\" y=\"\(y + 5)\" text-anchor=\"middle\" class=\"tile \(ink)\">\(HTMLText.escaped(glyph))</text>"
    }
    func point(_ along: Double, _ across: Double) -> String {
      let px = Double(x) + dx * along - dy * across
      let py = Double(y) + dy * along + dx * across
      return NumberText.fixed(px, digits: 1) + "," + NumberText.fixed(py, digits: 1)
    }
    return "<path d=\"M\(point(0, 0)) L\(point(12, 0))\" class=\"arrow \(ink)\"/>"
      + "<path d=\"M\(point(19, 0)) L\(point(10, -5.5)) L\(point(10, 5.5)) Z\" class=\"head \(ink)\"/>"
  }

  /// The colour scale under a value grid: ten steps from the lowest value to the highest.
  private func scale(_ range: ClosedRange<Double>, y: Int, width: Int) -> String {
    var svg = ""
    for step in 0..<10 {
      svg +=
        "<rect x=\"\(step * width / 10)\" y=\"\(y)\" width=\"\(width / 10 + 1)\" height=\"10\" fill=\"\(Self.heat(Double(step) / 9))\"/>"
    }
    let low = HTMLText.escaped(NumberText.compact(range.lowerBound))
    let high = HTMLText.escaped(NumberText.compact(range.upperBound))
    svg += "<text x=\"0\" y=\"\(y + 26)\" text-anchor=\"start\" class=\"axis\">\(low)</text>"
    svg += "<text x=\"\(width)\" y=\"\(y + 26)\" text-anchor=\"end\" class=\"axis\">\(high)</text>"
    return svg
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

  /// `ink-dark` or `ink-light`: black or white text, whichever has the higher
  /// WCAG contrast ratio against the `#rrggbb` colour.
  static func ink(on color: String) -> String {
    let luminance = relativeLuminance(color)
    let onBlack = (luminance + 0.05) / 0.05
    let onWhite = 1.05 / (luminance + 0.05)
    return onBlack >= onWhite ? "ink-dark" : "ink-light"
  }

  /// WCAG 2's relative luminance of a `#rrggbb` colour, from 0 (black) to 1 (white).
  static func relativeLuminance(_ color: String) -> Double {
    let hex = color.dropFirst()
    let channels = stride(from: 0, to: 6, by: 2).map { offset -> Double in
      let start = hex.index(hex.startIndex, offsetBy: offset)
      let value = Double(Int(hex[start..<hex.index(start, offsetBy: 2)], radix: 16) ?? 0) / 255
      return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
  }
}
