public import RLCore

/// A grid world drawn as rows of characters, as Berkeley CS188's grid worlds are
/// (BookGrid, BridgeGrid, DiscountGrid, CliffGrid).
///
/// `#` is a wall, `.` floor and `S` the start; every other character must be an
/// exit, which the legend gives a reward. Entering an exit pays its reward and
/// ends the episode; every other step pays the living reward. A move into a wall
/// or off the map stays put. With `noise`, a move goes to each side of the
/// intended direction with probability noise/2 instead.
///
/// CS188 pays an exit through one more action, "exit", taken in the exit's
/// cell; that delays every exit reward by one step, so its values are γ times
/// these (for the same living reward).
public enum DrawnGrid {
  /// A wall.
  public static let wall: Character = "#"
  /// Floor.
  public static let floor: Character = "."
  /// The start (floor).
  public static let start: Character = "S"
  /// The characters a legend may not redefine.
  public static let reserved: Set<Character> = [wall, floor, start]

  /// Action names, in CliffWalking's numbering.
  public static let actionNames = ["up", "right", "down", "left"]
  private static let moves: [(row: Int, column: Int)?] = [(-1, 0), (0, 1), (1, 0), (0, -1)]

  /// What is wrong with a drawing, with the row and column (from 0, in characters).
  public enum Problem: Error, Hashable, Sendable {
    /// No rows.
    case empty
    /// A row whose length differs from the first row's.
    case raggedRow(row: Int, length: Int, expected: Int)
    /// No `S`.
    case noStart
    /// A second `S`.
    case secondStart(row: Int, column: Int)
    /// A character that is neither reserved nor in the legend.
    case unknownTile(row: Int, column: Int, tile: Character)
  }

  /// Where a drawing breaks the rules, in reading order (all of them).
  public static func problems(rows: [[Character]], exits: [Character: Double]) -> [Problem] {
    guard let width = rows.first?.count, width > 0 else { return [.empty] }
    var problems: [Problem] = []
    var starts = 0
    for (row, tiles) in rows.enumerated() {
      if tiles.count != width {
        problems.append(.raggedRow(row: row, length: tiles.count, expected: width))
      }
      for (column, tile) in tiles.enumerated() {
        if tile == start {
          starts += 1
          if starts > 1 { problems.append(.secondStart(row: row, column: column)) }
        } else if !reserved.contains(tile), exits[tile] == nil {
          problems.append(.unknownTile(row: row, column: column, tile: tile))
        }
      }
    }
    if starts == 0 { problems.append(.noStart) }
    return problems
  }

  /// The grid world; states are cells, `row * columns + column`, walls among them
  /// (never entered: terminal, so they hold no value).
  public static func make(
    rows: [[Character]], exits: [Character: Double], noise: Double, livingReward: Double
  ) throws(Problem) -> TabularEnvironment {
    if let problem = problems(rows: rows, exits: exits).first { throw problem }
    let height = rows.count
    let width = rows[0].count
    let tiles = rows.flatMap { $0 }
    let layout = GridLayout(rows: height, columns: width, tiles: tiles, moves: moves)
    let startState = tiles.firstIndex(of: start)!
    let isTerminal = tiles.map { $0 == wall || exits[$0] != nil }
    let model = TabularModel(stateCount: tiles.count, actionCount: 4, isTerminal: isTerminal) {
      state, action in
      if isTerminal[state] {
        return [.init(probability: 1, nextState: state, reward: 0, terminates: true)]
      }
      let (row, column) = layout.cell(of: state)
      let directions = [
        (action, 1 - noise), ((action + 3) % 4, noise / 2), ((action + 1) % 4, noise / 2),
      ]
      return directions.filter { $0.1 > 0 }.map { direction, probability in
        let move = moves[direction]!
        let (newRow, newColumn) = (row + move.row, column + move.column)
        let inside = (0..<height).contains(newRow) && (0..<width).contains(newColumn)
        let target = inside ? newRow * width + newColumn : state
        let next = tiles[target] == wall ? state : target
        if let reward = exits[tiles[next]] {
          return .init(probability: probability, nextState: next, reward: reward, terminates: true)
        }
        return .init(
          probability: probability, nextState: next, reward: livingReward, terminates: false)
      }
    }
    return TabularEnvironment(
      name: "grid", model: model, actionNames: actionNames, startStates: [startState],
      timeLimit: nil, layout: layout, stateNames: ["start": startState],
      drawing: { GridDrawing.draw(layout, agentAt: $0) })
  }
}
