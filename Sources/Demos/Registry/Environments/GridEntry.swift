import Lessons
import MarkdownSyntax
import RLCore
import RLEnvironments

extension EnvironmentEntry {
  /// A grid world the lesson draws, as CS188's grid worlds are drawn.
  static let grid: EnvironmentEntry = {
    let map = Hyperparameter(
      "map", .rows(form: "rows of # (wall) . (floor) S (start) and the exits' characters"),
      default: .texts(["...+", ".#.-", "S..."]),
      "the grid, one row per line (a block `|` or a list); the default is Russell & Norvig's 4x3")
    let exits = Hyperparameter(
      "exits", .legend(-1e6...1e6), default: .legend([LegendEntry("+", 1), LegendEntry("-", -1)]),
      "each exit's character and the reward for entering it, which ends the episode")
    let noise = Hyperparameter(
      "noise", .real(0...1), default: 0.2,
      "the probability that a move goes to one side or the other (half each) instead")
    let livingReward = Hyperparameter(
      "living-reward", .real(-1e6...1e6), default: 0,
      "the reward of every step that does not enter an exit")
    return EnvironmentEntry(
      "grid",
      "a grid world drawn in the block (CS188's): walls, a start, exits with rewards, noise",
      kind: .tabular, defaultEpisodes: 500, hasMap: true,
      settings: [map, exits, noise, livingReward],
      notes: [
        "Entering an exit pays its reward and ends the episode; every other step pays the living reward; a move into a wall or off the map stays put.",
        "CS188's grid worlds pay an exit through one more action, `exit`, which delays every exit reward by a step: its values are γ times these.",
      ],
      sizeBeforeBuilding: { settings in
        let rows = settings.texts(map)
        return rows.count * (rows.map(\.count).max() ?? 0)
      },
      check: { settings in GridCheck(settings: settings, map: map, exits: exits).diagnostics },
      make: { entry, settings, _ in
        let legend = settings.legend(exits)
        let environment = try DrawnGrid.make(
          rows: settings.texts(map).map(Array.init),
          exits: Dictionary(legend.map { ($0.symbol, $0.value) }) { first, _ in first },
          noise: settings.real(noise), livingReward: settings.real(livingReward))
        var world = DemoWorld.tabular(entry, environment)
        if let layout = environment.layout, let drawn = world.map {
          // Walls are cells, not states: nothing to draw on them.
          world.map = drawn.without(
            cells: layout.tiles.indices.filter {
              layout.tiles[$0] == DrawnGrid.wall
            })
        }
        return world
      })
  }()
}

/// A drawn grid's map and legend checked against each other, each problem at its character.
private struct GridCheck {
  let settings: DemoSettings
  let map: Hyperparameter
  let exits: Hyperparameter

  var diagnostics: [Diagnostic] {
    let rows = settings.texts(map).map(Array.init)
    let legend = settings.legend(exits)
    var found: [Diagnostic] = []
    for (index, entry) in legend.enumerated() where DrawnGrid.reserved.contains(entry.symbol) {
      found.append(
        .error(
          "`\(entry.symbol)` cannot be an exit: # is a wall, . floor and S the start",
          hint: "draw exits with other characters, such as + and -", at: legendKey(index)))
    }
    let exitRewards = Dictionary(legend.map { ($0.symbol, $0.value) }) { first, _ in first }
    for problem in DrawnGrid.problems(rows: rows, exits: exitRewards) {
      found.append(diagnostic(problem, rows: rows, legend: legend))
    }
    let drawn = Set(rows.joined())
    for (index, entry) in legend.enumerated()
    where !drawn.contains(entry.symbol) && !DrawnGrid.reserved.contains(entry.symbol) {
      found.append(
        .warning(
          "the exit `\(entry.symbol)` is not drawn in the map",
          hint: "draw it, or take it out of `exits`", at: legendKey(index)))
    }
    return found
  }

  private func diagnostic(_ problem: DrawnGrid.Problem, rows: [[Character]], legend: [LegendEntry])
    -> Diagnostic
  {
    switch problem {
    case .empty:
      return .error("the map has no rows", hint: "draw at least one row", at: mapRange)
    case .raggedRow(let row, let length, let expected):
      return .error(
        "row \(row + 1) of the map has \(length) tiles; the first row has \(expected)",
        hint: "every row needs the same length; use # for walls",
        at: at(row: row, column: min(length, expected), in: rows))
    case .noStart:
      return .error("the map has no start `S`", hint: "draw one S on a floor cell", at: mapRange)
    case .secondStart(let row, let column):
      return .error(
        "the map has a second start `S`", hint: "a grid has one start",
        at: at(row: row, column: column, in: rows))
    case .unknownTile(let row, let column, let tile):
      let named = legend.filter { !DrawnGrid.reserved.contains($0.symbol) }
        .map { "`\($0.symbol)`" }.joined(separator: ", ")
      return .error(
        "`\(tile)` in the map is not a tile: # is a wall, . floor, S the start, and the exits are \(named.isEmpty ? "none" : named)",
        hint: "add it to `exits` with its reward, as `\"\(tile)\": 1`",
        at: at(row: row, column: column, in: rows))
    }
  }

  private var mapRange: SourceRange? { settings.ranges[map.name] }

  /// Where the character at `column` of `row` is written.
  private func at(row: Int, column: Int, in rows: [[Character]]) -> SourceRange? {
    guard let source = settings.sources[map.name] else { return mapRange }
    let offset = String(rows[row].prefix(column)).utf8.count
    let length = rows[row].indices.contains(column) ? String(rows[row][column]).utf8.count : 1
    if case .list(let items) = source.kind, items.indices.contains(row) {
      return items[row].range(line: 0, byteOffset: offset, length: length)
    }
    return source.range(line: row, byteOffset: offset, length: length)
  }

  /// Where the legend's entry `index` is written.
  private func legendKey(_ index: Int) -> SourceRange? {
    guard case .map(let entries)? = settings.sources[exits.name]?.kind,
      entries.indices.contains(index)
    else { return settings.ranges[exits.name] }
    return entries[index].keyRange
  }
}
