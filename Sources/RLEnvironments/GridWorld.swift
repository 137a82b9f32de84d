public import RLCore

/// Sutton & Barto's grid worlds of chapters 3 and 4.
///
/// Actions north, south, east, west (0–3). Moving off the grid leaves the state unchanged.
public enum GridWorld {
  /// Which grid world.
  public enum Layout: String, CaseIterable, Sendable {
    /// Example 3.5: 5x5; every action in A (0,1) gives +10 and jumps to A′ (4,1),
    /// every action in B (0,3) gives +5 and jumps to B′ (2,3); off-grid moves −1;
    /// otherwise 0. A continuing task (use γ = 0.9).
    case example35 = "example-3.5"
    /// Example 4.1: 4x4; the two corners are terminal; −1 on every move (use γ = 1).
    case example41 = "example-4.1"
  }

  /// Action names.
  public static let actionNames = ["north", "south", "east", "west"]

  private static let moves: [(row: Int, column: Int)?] = [(-1, 0), (1, 0), (0, 1), (0, -1)]

  /// Episodes of training agents are cut off after this many steps (the book's tasks have no limit).
  public static let timeLimit = 100

  /// The grid world for a layout.
  public static func make(_ layout: Layout = .example35) -> TabularEnvironment {
    switch layout {
    case .example35: example35()
    case .example41: example41()
    }
  }

  private static func example35() -> TabularEnvironment {
    let size = 5
    let (a, aPrime, b, bPrime) = (1, 21, 3, 13)
    var tiles = [Character](repeating: ".", count: size * size)
    tiles[a] = "A"
    tiles[aPrime] = "a"
    tiles[b] = "B"
    tiles[bPrime] = "b"
    let layout = GridLayout(rows: size, columns: size, tiles: tiles, moves: moves)
    let model = TabularModel(
      stateCount: size * size, actionCount: 4,
      isTerminal: Array(repeating: false, count: size * size)
    ) { state, action in
      if state == a {
        return [.init(probability: 1, nextState: aPrime, reward: 10, terminates: false)]
      }
      if state == b {
        return [.init(probability: 1, nextState: bPrime, reward: 5, terminates: false)]
      }
      let (next, isOffGrid) = move(state, action, size: size)
      return [.init(probability: 1, nextState: next, reward: isOffGrid ? -1 : 0, terminates: false)]
    }
    return TabularEnvironment(
      name: "gridworld", model: model, actionNames: actionNames,
      startStates: Array(0..<size * size),
      timeLimit: timeLimit, layout: layout,
      // A′ and B′ are drawn `a` and `b`, and expressions name them so (`v(a)`).
      stateNames: ["A": a, "A'": aPrime, "a": aPrime, "B": b, "B'": bPrime, "b": bPrime],
      drawing: { GridDrawing.draw(layout, agentAt: $0) })
  }

  private static func example41() -> TabularEnvironment {
    let size = 4
    let terminals = [0, size * size - 1]
    var tiles = [Character](repeating: ".", count: size * size)
    for terminal in terminals { tiles[terminal] = "T" }
    let layout = GridLayout(rows: size, columns: size, tiles: tiles, moves: moves)
    let isTerminal = (0..<size * size).map { terminals.contains($0) }
    let model = TabularModel(stateCount: size * size, actionCount: 4, isTerminal: isTerminal) {
      state, action in
      if isTerminal[state] {
        return [.init(probability: 1, nextState: state, reward: 0, terminates: true)]
      }
      let (next, _) = move(state, action, size: size)
      return [.init(probability: 1, nextState: next, reward: -1, terminates: isTerminal[next])]
    }
    return TabularEnvironment(
      name: "gridworld", model: model, actionNames: actionNames,
      startStates: Array(1..<size * size - 1),
      timeLimit: timeLimit, layout: layout, stateNames: [:],
      drawing: { GridDrawing.draw(layout, agentAt: $0) })
  }

  /// The state after a move on a square grid, and whether the move tried to leave it.
  private static func move(_ state: Int, _ action: Int, size: Int) -> (Int, Bool) {
    let move = moves[action]!
    let row = state / size + move.row
    let column = state % size + move.column
    guard (0..<size).contains(row), (0..<size).contains(column) else { return (state, true) }
    return (row * size + column, false)
  }
}
