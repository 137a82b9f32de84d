public import RLCore

/// Gymnasium's FrozenLake-v1: cross a frozen lake from `S` to `G` without falling into a hole `H`.
///
/// Identical to Gymnasium 1.4.0: states `row * columns + column`; actions
/// LEFT, DOWN, RIGHT, UP (0–3); on slippery ice the move is the intended one or
/// either perpendicular one, 1/3 each, listed `(a−1) mod 4, a, (a+1) mod 4`;
/// +1 for reaching `G`; holes and the goal end the episode and are absorbing;
/// episodes are cut off after 100 steps (200 on the 8x8 map).
public enum FrozenLake {
  /// The 4x4 map.
  public static let map4x4 = ["SFFF", "FHFH", "FFFH", "HFFG"]

  /// The 8x8 map.
  public static let map8x8 = [
    "SFFFFFFF", "FFFFFFFF", "FFFHFFFF", "FFFFFHFF", "FFFHFFFF", "FHHFFFHF", "FHFFHFHF", "FFFHFFFG",
  ]

  /// Action names, in Gymnasium's numbering.
  public static let actionNames = ["left", "down", "right", "up"]

  private static let moves: [(row: Int, column: Int)?] = [(0, -1), (1, 0), (0, 1), (-1, 0)]

  /// Gymnasium's chance of moving as intended on slippery ice.
  static let successRate = 1.0 / 3.0

  /// The environment for a map: rows of `S` (start, exactly one), `F` (frozen), `H` (hole), `G` (goal).
  public static func make(map: [String] = map4x4, isSlippery: Bool = true) throws(EnvironmentError)
    -> TabularEnvironment
  {
    let rows = map.count
    guard rows > 0, let columns = map.first?.count, columns > 0 else {
      throw .invalidMap("the map is empty")
    }
    guard map.allSatisfy({ $0.count == columns }) else {
      throw .invalidMap("every row must have \(columns) tiles")
    }
    let tiles = Array(map.joined())
    if let bad = tiles.firstIndex(where: { !"SFHG".contains($0) }) {
      throw .invalidMap("`\(tiles[bad])` is not a tile (use S, F, H, G)", column: bad % columns + 1)
    }
    guard tiles.count(where: { $0 == "S" }) == 1 else {
      throw .invalidMap("the map needs exactly one start `S`")
    }
    let layout = GridLayout(rows: rows, columns: columns, tiles: tiles, moves: moves)
    let start = tiles.firstIndex(of: "S")!
    let isTerminal = tiles.map { $0 == "G" || $0 == "H" }
    let model = TabularModel(stateCount: tiles.count, actionCount: 4, isTerminal: isTerminal) {
      state, action in
      if isTerminal[state] {
        return [.init(probability: 1, nextState: state, reward: 0, terminates: true)]
      }
      guard isSlippery else {
        return [outcome(from: state, direction: action, probability: 1, layout: layout)]
      }
      return [(action + 3) % 4, action, (action + 1) % 4].map { direction in
        let probability = direction == action ? successRate : (1 - successRate) / 2
        return outcome(from: state, direction: direction, probability: probability, layout: layout)
      }
    }
    var names = ["start": start]
    if let goal = tiles.firstIndex(of: "G") { names["goal"] = goal }
    return TabularEnvironment(
      name: "frozenlake", model: model, actionNames: actionNames, startStates: [start],
      timeLimit: map == map8x8 ? 200 : 100, layout: layout, stateNames: names,
      drawing: { GridDrawing.draw(layout, agentAt: $0) })
  }

  private static func outcome(
    from state: Int, direction: Int, probability: Double, layout: GridLayout
  ) -> TabularModel.Outcome {
    let (row, column) = layout.cell(of: state)
    let move = moves[direction]!
    let (newRow, newColumn) = GridDrawing.clamp(
      row + move.row, column + move.column, rows: layout.rows, columns: layout.columns)
    let next = newRow * layout.columns + newColumn
    let tile = layout.tiles[next]
    return .init(
      probability: probability, nextState: next, reward: tile == "G" ? 1 : 0,
      terminates: tile == "G" || tile == "H")
  }
}
