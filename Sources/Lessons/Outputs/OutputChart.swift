/// Lines over a shared x axis, each with an optional band (a learning curve).
public struct OutputChart: Hashable, Sendable, Codable {
  /// One line, and the band around it when several runs were averaged.
  public struct Series: Hashable, Sendable, Codable {
    /// The line's name in the legend (`q-learning`).
    public var name: String
    /// The x values, increasing.
    public var x: [Double]
    /// The y values, one per x.
    public var y: [Double]
    /// The band's lower edge (mean − one standard deviation), one per x.
    public var lower: [Double]?
    /// The band's upper edge, one per x.
    public var upper: [Double]?

    /// Creates a line.
    public init(
      name: String, x: [Double], y: [Double], lower: [Double]? = nil, upper: [Double]? = nil
    ) {
      precondition(x.count == y.count, "a series needs one y per x")
      self.name = name
      self.x = x
      self.y = y
      self.lower = lower
      self.upper = upper
    }
  }

  /// What the chart shows.
  public var title: String
  /// The x axis's label (`episode`).
  public var xLabel: String
  /// The y axis's label (`return`).
  public var yLabel: String
  /// The lines.
  public var series: [Series]
  /// Sentences that explain the chart (smoothing, what the band is).
  public var notes: [String]

  /// Creates a chart.
  public init(
    title: String, xLabel: String, yLabel: String, series: [Series], notes: [String] = []
  ) {
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
    self.series = series
    self.notes = notes
  }

  /// The smallest and largest y of every line and band, if there is any.
  public var yRange: ClosedRange<Double>? {
    let values = series.flatMap { $0.y + ($0.lower ?? []) + ($0.upper ?? []) }.filter(\.isFinite)
    guard let low = values.min(), let high = values.max() else { return nil }
    return low...high
  }

  /// The smallest and largest x, if there is any.
  public var xRange: ClosedRange<Double>? {
    let values = series.flatMap(\.x)
    guard let low = values.min(), let high = values.max() else { return nil }
    return low...high
  }
}
