import RLCore
import Testing

@Suite struct EpisodeLogTests {
  @Test func solvedMeansTheLastWindowAveragesAtLeastTheThreshold() {
    var log = EpisodeLog()
    for _ in 0..<99 { log.record(return: 500, length: 500) }
    #expect(!log.isSolved(threshold: 475))  // fewer than 100 episodes
    log.record(return: 500, length: 500)
    #expect(log.isSolved(threshold: 475))
    log.record(return: 0, length: 10)
    // The window now holds 99 × 500 + 0: a mean of 495.
    #expect(log.isSolved(threshold: 475))
    #expect(!log.isSolved(threshold: 496))
    #expect(log.totalSteps == 100 * 500 + 10)
    #expect(log.meanReturn(over: 95..<200) == 2500.0 / 6)
  }
}
