import Demos
import Lessons
import RLCore
import RLEnvironments
import Testing

/// `env: grid`: a grid world drawn in the block, solved exactly and checked at the character.
@Suite struct GridEnvironmentTests {
  /// The value of the start and the greedy arrows at it, by value iteration.
  static func solve(_ body: String) throws -> (value: Double, arrows: [String]) {
    let result = DemoBlocks.run(
      body + "\nagent: value-iteration\nshow: [value-grid, policy-arrows]")
    #expect(result.didRun, "\(result.diagnostics.map(\.located))")
    let values = try #require(result.grids.first)
    let arrows = try #require(result.grids.last)
    let start = try #require(values.cells.firstIndex { $0.tile == "S" })
    return (try #require(values.cells[start].value), arrows.cells[start].arrows)
  }

  @Test func aCorridorBetweenTwoExitsIsWorthTheBetterOne() throws {
    let corridor = "env: grid\nmap: \"-S+\"\nexits: {\"+\": 10, \"-\": -10}\ngamma: 0.5"
    let steady = try Self.solve(corridor + "\nnoise: 0")
    #expect(abs(steady.value - 10) < 1e-9)
    #expect(steady.arrows == ["→"])
    // 0.8 × 10 now, and 0.2 of the time a sideways move stays put: V = 8 + 0.2 γ V.
    let noisy = try Self.solve(corridor + "\nnoise: 0.2")
    #expect(abs(noisy.value - 8 / 0.9) < 1e-9)
  }

  /// CS188's BridgeGrid: a bridge of five tiles between two rows of −100, +1 behind
  /// the start and +10 across.
  static let bridge = """
    env: grid
    map: |
      #-----#
      aS....b
      #-----#
    exits: {"-": -100, "a": 1, "b": 10}
    gamma: 0.9
    """

  @Test func theBridgeIsCrossedOnlyWithoutNoise() throws {
    let steady = try Self.solve(Self.bridge + "\nnoise: 0")
    #expect(steady.arrows == ["→"])
    #expect(abs(steady.value - 10 * 0.9 * 0.9 * 0.9 * 0.9) < 1e-9)
    let noisy = try Self.solve(Self.bridge + "\nnoise: 0.2")
    // Heading back to +1 still slips sideways into −100 a fifth of the time.
    #expect(noisy.arrows == ["←"])
    #expect(abs(noisy.value - (0.8 * 1 + 0.2 * -100)) < 1e-9)
  }

  @Test func aListOfRowsDrawsTheSameGridAsABlock() throws {
    let block = try Self.solve(Self.bridge)
    let list = try Self.solve(
      "env: grid\nmap: [\"#-----#\", \"aS....b\", \"#-----#\"]\nexits: {\"-\": -100, \"a\": 1, \"b\": 10}\ngamma: 0.9"
    )
    #expect(block.value == list.value)
  }

  @Test func theDefaultIsRussellAndNorvigs4x3World() throws {
    let result = DemoBlocks.run("env: grid\nagent: value-iteration\nshow: value-grid\ngamma: 1")
    let grid = try #require(result.grids.first)
    #expect(grid.rows == 3 && grid.columns == 4)
    #expect(grid.cells.map(\.tile).joined() == "...+.#.-S...")
    // The wall is drawn, and holds no value.
    #expect(grid.cells[5].value == nil)
    #expect(result.provenance?["noise"] == "0.2")
    #expect(result.provenance?["exits"] == #"{"+": 1, "-": -1}"#)
  }

  @Test func learningAgentsTrainOnADrawnGrid() throws {
    let result = DemoBlocks.run(
      Self.bridge
        + "\nnoise: 0\nagent: q-learning\nepisodes: 400\nalpha: 0.5\nshow: [learning-curve, policy-arrows]"
    )
    #expect(result.didRun, "\(result.diagnostics.map(\.located))")
    #expect(result.charts.count == 1)
    #expect(result.grids.count == 1)
  }

  @Test func mistakesInTheDrawingArePointedAtTheCharacter() {
    let body = """
      env: grid
      map: |
        #######
        #...x+#
        #.#..#
        #S#.S.#
      exits: {"+": 10, "-": -10, "#": 3}
      agent: value-iteration
      """
    let problems = DemoBlocks.problems(body).map(\.located)
    #expect(
      problems == [
        "8:28: `#` cannot be an exit: # is a wall, . floor and S the start",
        "5:7: `x` in the map is not a tile: # is a wall, . floor, S the start, and the exits are `+`, `-`",
        "6:9: row 3 of the map has 6 tiles; the first row has 7",
        "7:7: the map has a second start `S`",
        "8:18: the exit `-` is not drawn in the map",
      ])
    let listed = DemoBlocks.problems(
      "env: grid\nmap: [\"S.\", \".?\"]\nexits: {\"+\": 1}\nagent: value-iteration")
    #expect(
      listed.map(\.located).first
        == "3:15: `?` in the map is not a tile: # is a wall, . floor, S the start, and the exits are `+`"
    )
  }

  @Test func settingsThatAreNotAGridAreLocatedErrors() {
    let cases: [(String, String)] = [
      ("map: \"...\"\nexits: {\"+\": 1}", "the map has no start `S`"),
      ("exits: {\"+\": ten}", "`exits.+` must be a number, not `ten`"),
      ("exits: {\"++\": 1}", "`++` in `exits` is not one character"),
      ("exits: [1, 2]", "`exits` must be a map from characters to numbers, not a list"),
      ("noise: 1.5", "`noise: 1.5` is out of range"),
    ]
    for (settings, message) in cases {
      let problems = DemoBlocks.problems("env: grid\nagent: value-iteration\n" + settings)
      #expect(problems.first?.message == message, "\(settings)")
      #expect(problems.first?.range != nil, "\(settings)")
    }
  }

  @Test func aHugeDrawingIsRefusedBeforeItIsBuilt() {
    let row = String(repeating: ".", count: 2000)
    let rows = (0..<300).map { $0 == 0 ? "S" + row.dropFirst() : row }
    let body =
      "env: grid\nagent: value-iteration\nmap: [" + rows.map { "\"\($0)\"" }.joined(separator: ", ")
      + "]"
    let problems = DemoBlocks.problems(body)
    #expect(problems.first?.message.contains("over the limit") == true)
  }
}
