import Foundation
import NeuralNet
import RLBookTestSupport
import RLCore
import Testing

@Suite struct NetworkTests {
  /// The loss ½‖output − target‖² at given parameters.
  static func loss(_ network: Network, _ input: [Double], _ target: [Double]) -> Double {
    var workspace = network.makeWorkspace()
    network.forward(input, workspace: &workspace)
    return zip(workspace.output, target).reduce(0) { $0 + 0.5 * ($1.0 - $1.1) * ($1.0 - $1.1) }
  }

  /// Central differences in Float are good to about 10⁻³ of the gradient's size with a step of 10⁻³.
  @Test(arguments: [Activation.tanh, .relu])
  func backwardMatchesFiniteDifferences(activation: Activation) {
    var generator = SeededGenerator(seed: 1)
    // 13 and 9 units: both weight layouts and vector tails; 2 outputs: the narrow layout.
    var network = Network(sizes: [3, 13, 9, 2], activation: activation, using: &generator)
    let input = [0.3, -0.7, 0.9]
    let target = [0.5, -1.0]
    var workspace = network.makeWorkspace()
    network.forward(input, workspace: &workspace)
    let outputGradient = zip(workspace.output, target).map { $0 - $1 }
    var gradient = network.makeGradient()
    network.backward(outputGradient: outputGradient, workspace: &workspace, gradient: &gradient)
    let step: Float = 1e-3
    for index in 0..<network.parameterCount {
      let original = network.parameters[index]
      network.parameters[index] = original + step
      let up = Self.loss(network, input, target)
      network.parameters[index] = original - step
      let down = Self.loss(network, input, target)
      network.parameters[index] = original
      let numeric = (up - down) / (2 * Double(step))
      #expect(abs(numeric - Double(gradient[index])) < 2e-3, "parameter \(index)")
    }
  }

  /// The forward pass against a plain Double loop over ``Network/weight(layer:output:input:)``,
  /// whatever each layer's layout.
  @Test func forwardComputesTheLayersProducts() {
    var generator = SeededGenerator(seed: 4)
    let network = Network(sizes: [5, 17, 3, 8, 1], activation: .tanh, using: &generator)
    let input = [0.2, -0.4, 0.9, -1.3, 0.05]
    var workspace = network.makeWorkspace()
    network.forward(input, workspace: &workspace)
    var values = input
    for layer in 0..<network.sizes.count - 1 {
      var next = [Double](repeating: 0, count: network.sizes[layer + 1])
      for output in next.indices {
        var sum = 0.0
        for inputIndex in values.indices {
          sum +=
            Double(network.weight(layer: layer, output: output, input: inputIndex))
            * values[inputIndex]
        }
        next[output] = layer == network.sizes.count - 2 ? sum : Foundation.tanh(sum)
      }
      values = next
    }
    // Biases start at zero, so the products alone give the outputs.
    #expect(abs(workspace.output[0] - values[0]) < 1e-5)
  }

  /// A sample gives the same bits alone as in a batch, and a batch's gradient
  /// is bit for bit the sum of its samples' gradients taken one after another.
  @Test(arguments: [Activation.tanh, .relu])
  func aBatchIsTheSamplesOneAfterAnother(activation: Activation) {
    var generator = SeededGenerator(seed: 5)
    let network = Network(sizes: [4, 24, 11, 3], activation: activation, using: &generator)
    let rows = 7
    let inputs = (0..<rows).map { _ in (0..<4).map { _ in generator.uniform(-2, 2) } }
    let gradients = (0..<rows).map { _ in (0..<3).map { _ in generator.uniform(-1, 1) } }
    var batch = network.makeWorkspace(batchSize: rows)
    for row in 0..<rows { batch.setInput(inputs[row], row: row) }
    network.forward(rows: rows, workspace: &batch)
    for row in 0..<rows { batch.setOutputGradient(gradients[row], row: row) }
    var batchGradient = network.makeGradient()
    network.backward(rows: rows, workspace: &batch, gradient: &batchGradient)

    var single = network.makeWorkspace()
    var singleGradient = network.makeGradient()
    for row in 0..<rows {
      network.forward(inputs[row], workspace: &single)
      for column in 0..<3 {
        #expect(Float(single.output[column]) == batch.output(row: row, column: column))
      }
      network.backward(
        outputGradient: gradients[row], workspace: &single, gradient: &singleGradient)
    }
    #expect(batchGradient == singleGradient)
  }

  @Test func adamFitsAFunction() {
    var generator = SeededGenerator(seed: 2)
    var network = Network(sizes: [1, 32, 1], activation: .tanh, using: &generator)
    var adam = Adam(parameterCount: network.parameterCount, learningRate: 0.003)
    var workspace = network.makeWorkspace()
    var gradient = network.makeGradient()
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

  @Test func sgdStepsAgainstTheGradient() {
    var parameters: [Float] = Array(repeating: 1, count: 10)
    var gradient: [Float] = (0..<10).map { Float($0) }
    var sgd = Optimizer(.sgd, parameterCount: 10, learningRate: 0.5)
    sgd.update(&parameters, gradient: &gradient, scale: 0.5)
    #expect(parameters == (0..<10).map { 1 - 0.25 * Float($0) })
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

/// The bits of a trained network, pinned on Linux x86-64: the lane width and
/// the order of every sum are fixed in the source, so this hash changes only
/// when the arithmetic does (another architecture may differ in the last bits).
@Suite struct NetworkBitsTests {
  @Test(.enabled(if: networkSnapshotsApply)) func trainingGivesTheSameBitsOnEveryX8664Machine() {
    var generator = SeededGenerator(seed: 7)
    var network = Network(sizes: [4, 16, 16, 2], activation: .tanh, using: &generator)
    var adam = Adam(parameterCount: network.parameterCount, learningRate: 0.01)
    var workspace = network.makeWorkspace(batchSize: 8)
    var gradient = network.makeGradient()
    for _ in 0..<300 {
      for row in 0..<8 {
        let input = (0..<4).map { _ in generator.uniform(-1, 1) }
        workspace.setInput(input, row: row)
        workspace.setOutputGradient([input[0] - input[1], 0.5], row: row)
      }
      network.forward(rows: 8, workspace: &workspace)
      network.backward(rows: 8, workspace: &workspace, gradient: &gradient)
      adam.update(&network.parameters, gradient: &gradient, scale: 1.0 / 8)
    }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a over the parameters' bit patterns
    for parameter in network.parameters {
      hash = (hash ^ UInt64(parameter.bitPattern)) &* 0x100_0000_01b3
    }
    #expect(hash == 0xc8ee_ad97_6a58_a8cc, "hash \(String(hash, radix: 16))")
  }
}
