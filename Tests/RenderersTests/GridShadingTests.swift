import Foundation
import Lessons
import Testing

@testable import Renderers

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

  @Test func unshadedTilesTakeThePagesTextColourAndShadedOnesTheInkThatContrasts() {
    let page = HTMLRenderer().article(Self.lesson, results: [Self.result])
    // The wall is plain and the exit a hazard (nothing pays to reach it): no fill
    // of their own, so their letters follow the theme.
    #expect(page.contains("class=\"cell plain\"/>"))
    #expect(page.contains("class=\"cell hazard\"/>"))
    #expect(page.components(separatedBy: "class=\"tile big ink\"").count - 1 == 2)
    // The lowest value is dark blue, under white; the highest light yellow, under black.
    #expect(
      page.contains(
        "fill=\"#26468c\"/><text x=\"84\" y=\"23\" text-anchor=\"middle\" class=\"tile ink-light\">S</text>"
      ))
    #expect(page.contains("class=\"value ink-dark\">8</text>"))
    #expect(page.contains(">4</text>"))
  }

  /// WCAG 2's ratios: the ink picked for every shade of the scale reads at 4.5:1 or better.
  @Test func everyShadeGetsInkWithEnoughContrast() {
    for step in 0...20 {
      let shade = HTMLRenderer.heat(Double(step) / 20)
      let luminance = HTMLRenderer.relativeLuminance(shade)
      let ratio =
        HTMLRenderer.ink(on: shade) == "ink-dark"
        ? (luminance + 0.05) / 0.05 : 1.05 / (luminance + 0.05)
      #expect(ratio >= 4.5, "\(shade): \(ratio)")
    }
    #expect(HTMLRenderer.relativeLuminance("#ffffff") == 1)
    #expect(HTMLRenderer.relativeLuminance("#000000") == 0)
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
