import NeuralNet
import RLAgents
import RLCore
import Testing

@Suite struct ReplayBufferTests {
  @Test func aMinibatchLoadsEachTransitionsStatesIntoItsRow() {
    var buffer = ReplayBuffer(capacity: 3, featureCount: 2)
    for step in 0..<5 {  // five into three: the first two are overwritten
      let value = Double(step)
      buffer.append(
        features: [value, -value], action: step % 2, reward: value / 10,
        nextFeatures: [value + 0.5, -value - 0.5], terminated: step == 4)
    }
    #expect(buffer.count == 3)
    var generator = SeededGenerator(seed: 0)
    let network = Network(sizes: [2, 3, 2], using: &generator)
    var states = network.makeWorkspace(batchSize: 4)
    var next = network.makeWorkspace(batchSize: 4)
    // Slot 0 holds step 3, slot 1 step 4, slot 2 step 2.
    var outcomes: [ReplayBuffer.Outcome] = []
    buffer.loadFeatures([1, 0, 2, 1], into: &states, nextInto: &next, outcomes: &outcomes)
    let stored = states.withInputs { Array($0) }
    let storedNext = next.withInputs { Array($0) }
    #expect(stored == [4, -4, 3, -3, 2, -2, 4, -4])
    #expect(storedNext == [4.5, -4.5, 3.5, -3.5, 2.5, -2.5, 4.5, -4.5])
    #expect(outcomes.map(\.action) == [0, 1, 0, 0])
    #expect(outcomes.map(\.reward) == [0.4, 0.3, 0.2, 0.4])
    #expect(outcomes.map(\.terminated) == [true, false, false, true])
  }
}
