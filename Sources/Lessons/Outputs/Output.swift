/// One thing a demo shows: a plain value that every renderer can draw.
///
/// Outputs hold numbers, names and drawings of states as lines of plain
/// characters: never escape codes, HTML or text laid out for one medium.
/// Numbers keep full precision; a renderer chooses how many digits to print.
public enum Output: Hashable, Sendable, Codable {
  /// Rows and columns of numbers and words (Q-tables, policies, traces, returns).
  case table(OutputTable)
  /// A value and an arrow per cell of an environment's map.
  case grid(OutputGrid)
  /// Lines over episodes (learning curves), each with an optional band.
  case chart(OutputChart)
  /// An episode, state by state.
  case frames(OutputFrames)
  /// A sentence about the result.
  case message(String)

  /// The output's title.
  public var title: String {
    switch self {
    case .table(let table): table.title
    case .grid(let grid): grid.title
    case .chart(let chart): chart.title
    case .frames(let frames): frames.title
    case .message: ""
    }
  }
}
