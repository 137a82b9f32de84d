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
}
