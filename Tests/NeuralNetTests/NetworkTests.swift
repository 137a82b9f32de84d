import Foundation
import NeuralNet
import RLCore
import Testing

@Suite struct NetworkTests {
  /// The loss ½‖output − target‖² at given parameters.
  static func loss(_ network: Network, _ input: [Double], _ target: [Double]) -> Double {
    var workspace = network.makeWorkspace()
    network.forward(input, workspace: &workspace)
    return zip(workspace.output, target).reduce(0) { $0 + 0.5 * ($1.0 - $1.1) * ($1.0 - $1.1) }
  }

  @Test(arguments: [Activation.tanh, .relu])
  func backwardMatchesFiniteDifferences(activation: Activation) {
    var generator = SeededGenerator(seed: 1)
    var network = Network(sizes: [3, 5, 4, 2], activation: activation, using: &generator)
    let input = [0.3, -0.7, 0.9]
    let target = [0.5, -1.0]
    var workspace = network.makeWorkspace()
    network.forward(input, workspace: &workspace)
    let outputGradient = zip(workspace.output, target).map { $0 - $1 }
    var gradient = [Double](repeating: 0, count: network.parameterCount)
    network.backward(outputGradient: outputGradient, workspace: &workspace, gradient: &gradient)
    let step = 1e-6
    for index in 0..<network.parameterCount {
      let original = network.parameters[index]
      network.parameters[index] = original + step
      let up = Self.loss(network, input, target)
      network.parameters[index] = original - step
      let down = Self.loss(network, input, target)
      network.parameters[index] = original
      let numeric = (up - down) / (2 * step)
      #expect(abs(numeric - gradient[index]) < 1e-6, "parameter \(index)")
    }
  }

  @Test func adamFitsAFunction() {
    var generator = SeededGenerator(seed: 2)
    var network = Network(sizes: [1, 32, 1], activation: .tanh, using: &generator)
    var adam = Adam(parameterCount: network.parameterCount, learningRate: 0.003)
    var workspace = network.makeWorkspace()
    var gradient = [Double](repeating: 0, count: network.parameterCount)
    var outputGradient = [0.0]
    func meanError() -> Double {
      (0..<50).map { i -> Double in
        let x = Double(i) / 50 * 6 - 3
        network.forward([x], workspace: &workspace)
        return abs(workspace.output[0] - sin(x))
      }.reduce(0, +) / 50
    }
    let before = meanError()
    for _ in 0..<40_000 {
      let x = generator.uniform(-3, 3)
      network.forward([x], workspace: &workspace)
      _ = Loss.squaredError(
        output: workspace.output, index: 0, target: sin(x), gradient: &outputGradient)
      network.backward(outputGradient: outputGradient, workspace: &workspace, gradient: &gradient)
      adam.update(&network.parameters, gradient: &gradient)
    }
    #expect(before > 0.3)
    #expect(meanError() < 0.05)
    #expect(gradient.allSatisfy { $0 == 0 })
  }

  @Test func policyGradientLossRaisesTheChosenActionWhenTheWeightIsPositive() {
    var gradient = [0.0, 0.0, 0.0]
    let logits = [0.1, 0.5, -0.2]
    let (_, logProbability) = Loss.policyGradient(
      logits: logits, action: 2, weight: 1, gradient: &gradient)
    let probabilities = ActionSelection.softmax(logits)
    #expect(abs(logProbability - log(probabilities[2])) < 1e-12)
    #expect(abs(gradient[2] - (probabilities[2] - 1)) < 1e-12)
    #expect(abs(gradient[0] - probabilities[0]) < 1e-12)
    #expect(abs(gradient.reduce(0, +)) < 1e-12)
  }

  @Test func gaussianPolicyGradientMatchesFiniteDifferences() {
    var gradient = [0.0, 0.0]
    let output = [0.3, -0.4]
    _ = Loss.gaussianPolicyGradient(output: output, action: 1.1, weight: 2, gradient: &gradient)
    var scratch = [0.0, 0.0]
    for index in 0..<2 {
      var up = output
      var down = output
      up[index] += 1e-6
      down[index] -= 1e-6
      let lossUp = Loss.gaussianPolicyGradient(
        output: up, action: 1.1, weight: 2, gradient: &scratch
      ).loss
      let lossDown = Loss.gaussianPolicyGradient(
        output: down, action: 1.1, weight: 2, gradient: &scratch
      ).loss
      #expect(abs((lossUp - lossDown) / 2e-6 - gradient[index]) < 1e-6)
    }
  }

  @Test func huberIsLinearFarFromTheTarget() {
    var gradient = [0.0, 0.0]
    #expect(Loss.huber(output: [0, 5], index: 1, target: 0, gradient: &gradient) == 4.5)
    #expect(gradient == [0, 1])
    #expect(Loss.huber(output: [0, 0.5], index: 1, target: 0, gradient: &gradient) == 0.125)
    #expect(gradient == [0, 0.5])
  }

  @Test func sameSeedSameNetwork() {
    var first = SeededGenerator(seed: 3)
    var second = SeededGenerator(seed: 3)
    #expect(
      Network(sizes: [4, 8, 2], using: &first).parameters
        == Network(sizes: [4, 8, 2], using: &second).parameters)
  }
}
