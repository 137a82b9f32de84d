public import RLCore

/// A small fully connected network in `Float`: dense layers with one
/// activation for the hidden layers and a linear output, all parameters in
/// one contiguous array.
///
/// Written for reinforcement learning's small, frequent updates: a forward
/// pass writes into a preallocated ``Workspace``, a backward pass adds the
/// gradient of a loss into a preallocated gradient array, and no call
/// allocates. Each layer's weights are laid out for the vector unit (see
/// `DenseLayer`), then its biases, layer after layer. A batch of samples goes
/// through as one blocked matrix product (``forward(rows:workspace:)`` and
/// ``backward(rows:workspace:gradient:)``); one sample alone gives the same
/// bits as it would in a batch.
///
/// Features, outputs and the gradients of losses are `Double` at the
/// boundary, as the environments and losses are; everything inside is `Float`.
public struct Network: Sendable {
  /// Layer sizes, input first: `[4, 64, 64, 2]`.
  public let sizes: [Int]
  /// The hidden layers' activation (the output layer is linear).
  public let activation: Activation
  /// Every weight and bias.
  public var parameters: [Float]
  let layers: [DenseLayer]

  /// A network with weights drawn for the activation (He for ReLU, Xavier for tanh) and zero biases.
  ///
  /// `outputScale` multiplies the last layer's initial weights (small values
  /// start policies near uniform). The weights are drawn output by output,
  /// input by input, whatever their layout in memory.
  public init(
    sizes: [Int], activation: Activation = .tanh, outputScale: Double = 1,
    using generator: inout SeededGenerator
  ) {
    precondition(
      sizes.count >= 2 && sizes.allSatisfy { $0 > 0 }, "a network needs positive layer sizes")
    self.sizes = sizes
    self.activation = activation
    var layers: [DenseLayer] = []
    for index in 0..<sizes.count - 1 {
      layers.append(
        DenseLayer(
          inputs: sizes[index], outputs: sizes[index + 1], offset: layers.last?.end ?? 0))
    }
    self.layers = layers
    var parameters = [Float](repeating: 0, count: layers.last!.end)
    for (index, layer) in layers.enumerated() {
      let fanIn = Double(layer.inputs)
      let fanOut = Double(layer.outputs)
      var scale =
        activation == .relu ? (2 / fanIn).squareRoot() : (2 / (fanIn + fanOut)).squareRoot()
      if index == layers.count - 1 { scale = (1 / fanIn).squareRoot() * outputScale }
      for output in 0..<layer.outputs {
        for input in 0..<layer.inputs {
          parameters[layer.weightIndex(output: output, input: input)] = Float(
            generator.gaussian() * scale)
        }
      }
    }
    self.parameters = parameters
  }

  /// The number of parameters.
  public var parameterCount: Int { parameters.count }
  /// The input size.
  public var inputSize: Int { sizes[0] }
  /// The output size.
  public var outputSize: Int { sizes[sizes.count - 1] }

  /// A zero gradient, one entry per parameter.
  public func makeGradient() -> [Float] {
    [Float](repeating: 0, count: parameterCount)
  }

  /// A workspace for batches of up to `batchSize` samples; make one per network and reuse it.
  public func makeWorkspace(batchSize: Int = 1) -> Workspace {
    Workspace(sizes: sizes, capacity: batchSize)
  }

  /// The weight from input `input` of layer `layer` (0 is the first dense layer) to its output `output`.
  public func weight(layer: Int, output: Int, input: Int) -> Float {
    parameters[layers[layer].weightIndex(output: output, input: input)]
  }

  /// Runs the network on one input; the result is `workspace.output`.
  public func forward(_ input: [Double], workspace: inout Workspace) {
    workspace.setInput(input, row: 0)
    forward(rows: 1, workspace: &workspace)
    workspace.copyOutput()
  }

  /// Adds the gradient of the loss to `gradient`, given ∂loss/∂output for the
  /// last one-sample ``forward(_:workspace:)``.
  public func backward(
    outputGradient: [Double], workspace: inout Workspace, gradient: inout [Float]
  ) {
    workspace.setOutputGradient(outputGradient, row: 0)
    backward(rows: 1, workspace: &workspace, gradient: &gradient)
  }

  /// Runs the network on the first `rows` inputs set with ``Workspace/setInput(_:row:)``.
  public func forward(rows: Int, workspace: inout Workspace) {
    precondition(
      rows >= 0 && rows <= workspace.capacity,
      "the workspace holds \(workspace.capacity) samples, not \(rows)")
    precondition(workspace.sizes == sizes, "the workspace was made for another network")
    let offsets = workspace.offsets
    parameters.withUnsafeBufferPointer { parameters in
      workspace.values.withUnsafeMutableBufferPointer { values in
        let p = parameters.baseAddress!
        let v = values.baseAddress!
        for (index, layer) in layers.enumerated() {
          let y = v + offsets[index + 1]
          layer.forward(parameters: p, x: v + offsets[index], y: y, rows: rows)
          if index < layers.count - 1 { activation.apply(to: y, count: rows * layer.outputs) }
        }
      }
    }
  }

  /// Adds the gradient of the loss over the first `rows` samples of the last
  /// ``forward(rows:workspace:)`` to `gradient`, given the output gradients set
  /// with ``Workspace/setOutputGradient(_:row:)``.
  public func backward(rows: Int, workspace: inout Workspace, gradient: inout [Float]) {
    precondition(
      rows >= 0 && rows <= workspace.capacity,
      "the workspace holds \(workspace.capacity) samples, not \(rows)")
    precondition(workspace.sizes == sizes, "the workspace was made for another network")
    precondition(gradient.count == parameterCount, "one gradient per parameter")
    let offsets = workspace.offsets
    parameters.withUnsafeBufferPointer { parameters in
      gradient.withUnsafeMutableBufferPointer { gradient in
        workspace.values.withUnsafeBufferPointer { values in
          workspace.deltas.withUnsafeMutableBufferPointer { deltas in
            let p = parameters.baseAddress!
            let v = values.baseAddress!
            let d = deltas.baseAddress!
            for index in layers.indices.reversed() {
              let layer = layers[index]
              let deltaIn = index > 0 ? d + offsets[index] : nil
              layer.backward(
                parameters: p, x: v + offsets[index], deltaOut: d + offsets[index + 1],
                deltaIn: deltaIn, gradient: gradient.baseAddress!, rows: rows)
              if let deltaIn {
                activation.multiplyDerivative(
                  deltaIn, outputs: v + offsets[index], count: rows * layer.inputs)
              }
            }
          }
        }
      }
    }
  }
}
