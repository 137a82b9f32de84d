import RLCore
import Testing

@Suite struct ActionSelectionTests {
  @Test func argmaxBreaksTiesUniformly() {
    var generator = SeededGenerator(seed: 5)
    var counts = [0, 0, 0, 0]
    for _ in 0..<30_000 { counts[ActionSelection.argmax([1, 3, 0, 3], using: &generator)] += 1 }
    #expect(counts[0] == 0)
    #expect(counts[2] == 0)
    #expect(abs(counts[1] - 15_000) < 500)
    #expect(abs(counts[3] - 15_000) < 500)
  }

  @Test func epsilonGreedyProbabilities() {
    let probabilities = ActionSelection.epsilonGreedyProbabilities([1, 3, 0, 3], epsilon: 0.2)
    #expect(probabilities == [0.05, 0.45, 0.05, 0.45])
  }

  @Test func epsilonGreedyExploresAtTheRightRate() {
    var generator = SeededGenerator(seed: 9)
    let values = [0.0, 1, 0, 0]
    var greedy = 0
    values.withUnsafeBufferPointer { buffer in
      for _ in 0..<40_000
      where ActionSelection.epsilonGreedy(buffer, epsilon: 0.1, using: &generator) == 1 {
        greedy += 1
      }
    }
    // 1 − ε + ε/4 = 0.925
    #expect(abs(Double(greedy) / 40_000 - 0.925) < 0.01)
  }

  @Test func softmaxIsStableAndNormalised() {
    let probabilities = ActionSelection.softmax([1000, 1001, 999])
    #expect(abs(probabilities.reduce(0, +) - 1) < 1e-12)
    #expect(probabilities[1] > probabilities[0])
    #expect(abs(probabilities[1] / probabilities[0] - 2.718281828459045) < 1e-9)
  }
}
