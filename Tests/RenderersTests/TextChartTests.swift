import Lessons
import Testing

@testable import Renderers

/// Charts laid out in characters: axes, labels, markers and braille lines.
@Suite struct TextChartTests {
  private let rising = OutputChart(
    title: "Return", xLabel: "episode", yLabel: "return",
    series: [OutputChart.Series(name: "td0", x: [0, 50, 100], y: [0, 5, 10])])

  @Test func axesCarryTheRangeAndTheLegendNamesTheSeries() {
    let lines = TextChart(rising, width: 40, height: 5).plainLines
    #expect(lines[0] == "return")
    #expect(lines[1].hasPrefix("10 ┤"))
    #expect(lines[3].hasPrefix(" 5 ┤"))
    #expect(lines[5].hasPrefix(" 0 ┤"))
    #expect(lines[6].hasPrefix("   └┬"))
    #expect(lines[7].contains("0") && lines[7].contains("50") && lines[7].hasSuffix("100  episode"))
    #expect(lines[8] == "    ● td0")
  }

  @Test func markersSitAtTheirPoints() {
    let lines = TextChart(rising, width: 40, height: 5).plainLines
    #expect(lines[5].dropFirst(4).first == "●")  // (0, 0): bottom left
    #expect(lines[1].last == "●")  // (100, 10): top right
  }

  @Test func brailleJoinsThePointsIntoALine() {
    let chart = TextChart(rising, width: 40, height: 5, style: .braille)
    let plot = chart.lines[1...5].map { Array($0.dropFirst(4)) }
    // Every plot column holds some dots of the diagonal, and nothing else is drawn.
    for column in plot[0].indices {
      let dotted = plot.filter {
        (0x2801...0x28FF).contains($0[column].character.unicodeScalars.first!.value)
      }
      #expect(dotted.count >= 1)
    }
    #expect(plot.allSatisfy { $0.allSatisfy { $0.character == " " || $0.series == 0 } })
    #expect(chart.plainLines.last == "    ━ td0")
  }

  @Test func bandsAreDottedAroundTheLine() {
    let banded = OutputChart(
      title: "", xLabel: "episode", yLabel: "return",
      series: [
        OutputChart.Series(name: "a", x: [0, 1], y: [0, 0], lower: [-1, -1], upper: [1, 1])
      ])
    let lines = TextChart(banded, width: 30, height: 5).plainLines
    #expect(lines[1].contains("·") && lines[5].contains("·"))
    #expect(lines[3].contains("●"))
  }

  @Test(arguments: [40, 60, 79])
  func everyLineFitsTheWidthWithManySeries(width: Int) {
    let names = ["epsilon-greedy (epsilon 0)", "epsilon-greedy (epsilon 0.01)", "epsilon 0.1"]
    let chart = OutputChart(
      title: "Return", xLabel: "episode", yLabel: "return",
      series: names.map { OutputChart.Series(name: $0, x: [0, 1000, 2000], y: [-353.5, 0, 12]) })
    for style in [TextChart.Style.markers, .braille] {
      let lines = TextChart(chart, width: width, height: 6, style: style).plainLines
      #expect(lines.allSatisfy { $0.count <= width }, "\(lines)")
      #expect(lines.contains { $0.hasSuffix("2000  episode") })
    }
  }

  @Test func brailleLinesDifferByDashesNotOnlyColour() {
    let flat = OutputChart(
      title: "Return", xLabel: "episode", yLabel: "return",
      series: [0.0, 5, 10].enumerated().map { index, y in
        OutputChart.Series(name: "s\(index)", x: [0, 100], y: [y, y])
      })
    let chart = TextChart(flat, width: 60, height: 6, style: .braille)
    let drawn = (0..<3).map { series in
      chart.lines.flatMap { $0 }.filter { $0.series == series && $0.character != "━" }.count
    }
    // Solid, dashed (half the cells), dotted.
    #expect(drawn[0] > drawn[1] && drawn[1] > 0 && drawn[2] > 0 && drawn[2] < drawn[0])
    #expect(chart.plainLines.last?.hasSuffix("━ s0   ╍ s1   ┉ s2") == true)
  }
}
