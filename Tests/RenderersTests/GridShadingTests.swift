import Foundation
import Lessons
import Renderers
import Testing

/// A grid's shading spans what was learned: terminal cells, whose 0 is a
/// definition, are drawn plain, and every tile stays readable in light and dark pages.
@Suite struct GridShadingTests {
  static let lesson = LessonParser(fileExists: { _ in true }).parse(
    "# Grid\n\n```rl\nenv: grid\nagent: value-iteration\n```\n", path: "grid.md")

  /// A corridor: a wall, two learned values, and an exit worth 0 by definition.
  static let result = DemoResult(
    outputs: [
      .grid(
        OutputGrid(
          title: "V", valueLabel: "V(s)", rows: 1, columns: 4,
          cells: [
            .init(tile: "#"), .init(tile: "S", value: 4), .init(tile: ".", value: 8),
            .init(tile: "+", value: 0, isTerminal: true),
          ]))
    ], provenance: Provenance(environment: "grid", agents: [], settings: []))

  @Test func theShadesSpanTheLearnedValuesOnly() throws {
    let grid = try #require(OutputGrid.valueRange(Self.result))
    #expect(grid == 4...8)
    let text = TerminalRenderer(width: 80).render(Self.lesson, results: [Self.result])
    #expect(text.contains("S 4.00░   . 8.00█"))
    #expect(text.contains("+ 0.00  "))
    #expect(text.contains("shade: ░ 4 … █ 8."))
  }

  @Test func unshadedTilesTakeThePagesTextColour() {
    let page = HTMLRenderer().article(Self.lesson, results: [Self.result])
    // The wall and the exit have no fill, so their letters follow the theme.
    #expect(page.components(separatedBy: "fill=\"none\" class=\"cell\"").count - 1 == 2)
    #expect(page.components(separatedBy: "class=\"tile bare\"").count - 1 == 2)
    #expect(
      page.contains(">4</text>") || page.contains(">4.0</text>") || page.contains(">4.00</text>"))
  }
}

/// A one-row level too wide for cells side by side is a strip of columns.
@Suite struct GridStripTests {
  static let values: [Double] = [
    1130, 1118, 0, 1040, 1050, 1049, 1059, 0, 1070, 1081, 1070, 0, 990, 1000, 1000, 0,
  ]
  static let tiles = Array("S.E..c._..cE...F").map(String.init)

  static func result() -> DemoResult {
    let cells = zip(tiles, values).map { tile, value in
      OutputGrid.Cell(tile: tile, value: value, isTerminal: "E_F".contains(tile))
    }
    return DemoResult(
      outputs: [
        .grid(OutputGrid(title: "V", valueLabel: "V(s)", rows: 1, columns: 16, cells: cells))
      ], provenance: Provenance(environment: "mario", agents: [], settings: []))
  }

  @Test func aSixteenTileLevelIsOneStripAtEightyColumns() throws {
    let text = TerminalRenderer(width: 79).render(GridShadingTests.lesson, results: [Self.result()])
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let letters = try #require(lines.firstIndex { $0.hasPrefix("   S    . E") })
    #expect(
      lines[letters + 1] == "1130 1118 0 1040 1050 1049 1059 0 1070 1081 1070 0 990 1000 1000 0")
    #expect(lines[letters + 2].hasPrefix("████ ████   ▒▒▒▒"))
    #expect(lines.allSatisfy { $0.count <= 79 })
  }

  @Test func aNarrowerScreenCutsTheStripIntoNamedPieces() {
    let text = TerminalRenderer(width: 40).render(GridShadingTests.lesson, results: [Self.result()])
    #expect(text.contains("tiles 0–8\n"))
    #expect(text.contains("tiles 9–15\n"))
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 40 })
  }
}

extension OutputGrid {
  /// The value range of the first grid of a result.
  static func valueRange(_ result: DemoResult) -> ClosedRange<Double>? {
    for output in result.outputs {
      if case .grid(let grid) = output { return grid.valueRange }
    }
    return nil
  }
}
