import NeuralNet
import RLCore

extension Workloads {
  /// Updates of a CartPole-sized network on a regression (output 0 should
  /// equal input 0): forward, backward and an optimiser step, one sample at a
  /// time (`batch` 1) or as minibatches through the batch passes.
  static func networkUpdates(
    sizes: [Int], batch: Int = 1, optimizer method: Optimizer.Method = .adam, samples: Int
  ) -> Measurement {
    let shape = sizes.map(String.init).joined(separator: "-")
    let label = batch == 1 ? "online updates" : "updates, batches of \(batch)"
    let optimizerLabel = method == .adam ? "" : " (\(method.rawValue))"
    return measure("network \(shape) \(label)\(optimizerLabel)", unit: "samples") {
      var generator = SeededGenerator(seed: 0)
      var network = Network(sizes: sizes, activation: .tanh, using: &generator)
      var optimizer = Optimizer(
        method, parameterCount: network.parameterCount, learningRate: 1e-3)
      var workspace = network.makeWorkspace(batchSize: batch)
      var gradient = network.makeGradient()
      var outputGradient = [Double](repeating: 0, count: sizes.last!)
      var input = [Double](repeating: 0, count: sizes[0])
      var targets = [Float](repeating: 0, count: batch)
      for _ in 0..<samples / batch {
        if batch == 1 {
          for index in input.indices { input[index] = generator.uniform(-1, 1) }
          network.forward(input, workspace: &workspace)
          _ = Loss.squaredError(
            output: workspace.output, index: 0, target: input[0], gradient: &outputGradient)
          network.backward(
            outputGradient: outputGradient, workspace: &workspace, gradient: &gradient)
        } else {
          for row in 0..<batch {
            for index in input.indices { input[index] = generator.uniform(-1, 1) }
            workspace.setInput(input, row: row)
            targets[row] = Float(input[0])
          }
          network.forward(rows: batch, workspace: &workspace)
          for row in 0..<batch {
            workspace.setOutputGradient(
              workspace.output(row: row, column: 0) - targets[row], row: row, column: 0)
          }
          network.backward(rows: batch, workspace: &workspace, gradient: &gradient)
        }
        optimizer.update(&network.parameters, gradient: &gradient, scale: 1 / Double(batch))
      }
      blackHole(network.parameters)
      return Double(samples / batch * batch)
    }
  }
}
