import Demos
import Lessons
import Testing

/// `w`: a demo's training replayed, each frame the same run stopped earlier.
@Suite struct ReplayTests {
  private func replay(_ body: String, frames: Int) throws(ReplayProblem) -> [ReplayFrame] {
    var shown: [ReplayFrame] = []
    try DemoRunner().replay(DemoBlocks.spec(body), frames: frames) { frame in
      shown.append(frame)
      return true
    }
    return shown
  }

  @Test func eachFrameIsTheFullRunStoppedEarlier() throws {
    let body =
      "env: cliff\nagent: q-learning\nepisodes: 200\nalpha: 0.5\nsmooth: 1\nshow: value-grid"
    let frames = try replay(body, frames: 10)
    #expect(frames.map(\.episodes) == Array(stride(from: 20, through: 200, by: 20)))
    #expect(frames.allSatisfy { $0.totalEpisodes == 200 })
    let curves = frames.map { $0.result.charts.first?.series.first?.y ?? [] }
    #expect(curves.map(\.count) == frames.map(\.episodes))
    for curve in curves { #expect(Array(curves.last!.prefix(curve.count)) == curve) }
    let full = DemoBlocks.run(body)
    #expect(frames.last?.result.grids == full.grids)
    #expect(frames.first?.result.grids != full.grids)
    #expect(frames.last?.result.provenance?["episodes"] == "200")
    #expect(frames.first?.result.provenance?["episodes"] == "20")
  }

  @Test func stoppingEndsTheReplay() throws {
    var count = 0
    try DemoRunner().replay(
      DemoBlocks.spec("env: cliff\nagent: sarsa\nepisodes: 100\nshow: q-table"), frames: 10
    ) { _ in
      count += 1
      return count < 3
    }
    #expect(count == 3)
  }

  @Test func exactMethodsAndBrokenBlocksHaveNothingToReplay() {
    #expect(throws: ReplayProblem.self) {
      try replay("env: frozenlake\nagent: value-iteration\nshow: value-grid", frames: 5)
    }
    do {
      _ = try replay("env: cliff\nagent: q-learning\ngama: 0.9", frames: 5)
      Issue.record("a block with a typo replayed")
    } catch {
      #expect(error.description.contains("gama"))
    }
  }
}
