/// A grid of braille cells, each 2 dots wide and 4 tall, for drawing lines in text.
struct BrailleCanvas {
  /// One cell: its dots (the low byte of U+2800…U+28FF) and the series drawn last in it.
  struct Cell {
    var bits: UInt8 = 0
    var series: Int?
  }

  /// The cells, row by row from the top.
  private(set) var cells: [[Cell]]
  private let width: Int
  private let height: Int

  /// A blank canvas of `columns` × `rows` cells.
  init(columns: Int, rows: Int) {
    cells = Array(repeating: Array(repeating: Cell(), count: columns), count: rows)
    width = columns * 2
    height = rows * 4
  }

  /// How many dots on and then off a series' line has, by the series' index:
  /// solid, dashed, dotted, so that lines differ without colour.
  static let dashes: [Int?] = [nil, 6, 2]

  /// The legend's sample of each series' line: `━`, `╍`, `┉`, as the dashes.
  static let legendGlyphs: [Character] = ["━", "╍", "┉"]

  /// Draws straight segments through points whose x and y run from 0 to 1 (y up),
  /// dashed as ``dashes`` says for the series.
  mutating func drawLine(through points: [(x: Double, y: Double)], series: Int) {
    let pixels = points.map { point in
      (
        x: Int((point.x * Double(width - 1)).rounded()),
        y: height - 1 - Int((point.y * Double(height - 1)).rounded())
      )
    }
    guard let first = pixels.first else { return }
    set(first.x, first.y, series: series)
    for (start, end) in zip(pixels, pixels.dropFirst()) {
      segment(from: start, to: end, series: series)
    }
  }

  /// Bresenham's line between two dots.
  private mutating func segment(
    from start: (x: Int, y: Int), to end: (x: Int, y: Int), series: Int
  ) {
    var (x, y) = start
    let dx = abs(end.x - x)
    let dy = -abs(end.y - y)
    let stepX = x < end.x ? 1 : -1
    let stepY = y < end.y ? 1 : -1
    var error = dx + dy
    while true {
      set(x, y, series: series)
      if x == end.x && y == end.y { return }
      let doubled = 2 * error
      if doubled >= dy {
        error += dy
        x += stepX
      }
      if doubled <= dx {
        error += dx
        y += stepY
      }
    }
  }

  /// The bit of each dot, by its column (0–1) and row (0–3) in the cell.
  private static let bits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

  private mutating func set(_ x: Int, _ y: Int, series: Int) {
    guard x >= 0, x < width, y >= 0, y < height else { return }
    if let dash = Self.dashes[series % Self.dashes.count], (x / dash) % 2 == 1 { return }
    cells[y / 4][x / 2].bits |= Self.bits[x % 2][y % 4]
    cells[y / 4][x / 2].series = series
  }
}
