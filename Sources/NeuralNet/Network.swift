public import RLCore

/// A small fully connected network: dense layers with one activation for the
/// hidden layers and a linear output, all parameters in one contiguous array.
///
/// Written for reinforcement learning's small, frequent updates: a forward
/// pass writes into a preallocated ``Workspace``, a backward pass adds the
/// gradient of a loss into a preallocated gradient array, and no call
/// allocates. Weights are stored row by row (`out × in`), then the biases,
/// layer after layer.
public struct Network: Sendable {
  /// Layer sizes, input first: `[4, 64, 64, 2]`.
  public let sizes: [Int]
  /// The hidden layers' activation (the output layer is linear).
  public let activation: Activation
  /// Every weight and bias.
  public var parameters: [Double]
  /// Where each layer's weights start in `parameters`; its biases follow them.
  @usableFromInline let offsets: [Int]

  /// A network with weights drawn for the activation (He for ReLU, Xavier for tanh) and zero biases.
  ///
  /// `outputScale` multiplies the last layer's initial weights (small values
  /// start policies near uniform).
  public init(
    sizes: [Int], activation: Activation = .tanh, outputScale: Double = 1,
    using generator: inout SeededGenerator
  ) {
    precondition(
      sizes.count >= 2 && sizes.allSatisfy { $0 > 0 }, "a network needs positive layer sizes")
    self.sizes = sizes
    self.activation = activation
    var offsets: [Int] = []
    var count = 0
    for layer in 0..<sizes.count - 1 {
      offsets.append(count)
      count += sizes[layer] * sizes[layer + 1] + sizes[layer + 1]
    }
    self.offsets = offsets
    var parameters = [Double](repeating: 0, count: count)
    for layer in 0..<sizes.count - 1 {
      let fanIn = Double(sizes[layer])
      let fanOut = Double(sizes[layer + 1])
      let isOutput = layer == sizes.count - 2
      var scale =
        activation == .relu ? (2 / fanIn).squareRoot() : (2 / (fanIn + fanOut)).squareRoot()
      if isOutput { scale = (1 / fanIn).squareRoot() * outputScale }
      for index in offsets[layer]..<offsets[layer] + sizes[layer] * sizes[layer + 1] {
        parameters[index] = generator.gaussian() * scale
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

  /// Buffers for one forward and backward pass; make one per network and reuse it.
  public struct Workspace: Sendable {
    /// Each layer's outputs, the input first.
    public var activations: [[Double]]
    /// Gradients with respect to each layer's outputs.
    @usableFromInline var deltas: [[Double]]

    /// The last layer's outputs.
    public var output: [Double] { activations[activations.count - 1] }
  }

  /// A workspace sized for this network.
  public func makeWorkspace() -> Workspace {
    Workspace(
      activations: sizes.map { [Double](repeating: 0, count: $0) },
      deltas: sizes.map { [Double](repeating: 0, count: $0) })
  }

  /// Runs the network on `input`; the result is `workspace.output`.
  public func forward(_ input: [Double], workspace: inout Workspace) {
    precondition(
      input.count == inputSize,
      "the input has \(input.count) values; the network takes \(inputSize)")
    for index in 0..<input.count { workspace.activations[0][index] = input[index] }
    parameters.withUnsafeBufferPointer { parameters in
      for layer in 0..<sizes.count - 1 {
        let inputs = sizes[layer]
        let outputs = sizes[layer + 1]
        let weights = offsets[layer]
        let biases = weights + inputs * outputs
        let activation: Activation = layer == sizes.count - 2 ? .identity : self.activation
        workspace.activations[layer].withUnsafeBufferPointer { x in
          workspace.activations[layer + 1].withUnsafeMutableBufferPointer { y in
            for row in 0..<outputs {
              y[row] =
                Self.dot(
                  parameters.baseAddress! + weights + row * inputs, x.baseAddress!, count: inputs)
                + parameters[biases + row]
            }
            activation.apply(to: y)
          }
        }
      }
    }
  }

  /// Adds the gradient of the loss to `gradient`, given ∂loss/∂output for the last forward pass.
  public func backward(
    outputGradient: [Double], workspace: inout Workspace, gradient: inout [Double]
  ) {
    let last = sizes.count - 1
    for index in 0..<sizes[last] { workspace.deltas[last][index] = outputGradient[index] }
    parameters.withUnsafeBufferPointer { parameters in
      gradient.withUnsafeMutableBufferPointer { gradient in
        for layer in stride(from: last - 1, through: 0, by: -1) {
          let inputs = sizes[layer]
          let outputs = sizes[layer + 1]
          let weights = offsets[layer]
          let biases = weights + inputs * outputs
          let deltaOut = workspace.deltas[layer + 1]
          workspace.activations[layer].withUnsafeBufferPointer { x in
            for row in 0..<outputs {
              let delta = deltaOut[row]
              gradient[biases + row] += delta
              if delta == 0 { continue }
              Self.addScaled(
                x.baseAddress!, times: delta, to: gradient.baseAddress! + weights + row * inputs,
                count: inputs)
            }
          }
          guard layer > 0 else { break }
          // Gradient with respect to this layer's inputs, through the hidden activation.
          workspace.deltas[layer].withUnsafeMutableBufferPointer { deltaIn in
            for column in 0..<inputs { deltaIn[column] = 0 }
            for row in 0..<outputs {
              let delta = deltaOut[row]
              if delta == 0 { continue }
              Self.addScaled(
                parameters.baseAddress! + weights + row * inputs, times: delta,
                to: deltaIn.baseAddress!,
                count: inputs)
            }
            for column in 0..<inputs {
              deltaIn[column] *= activation.derivative(output: workspace.activations[layer][column])
            }
          }
        }
      }
    }
  }

  /// y[i] += a·x[i], four lanes at a time.
  @inlinable
  static func addScaled(
    _ x: UnsafePointer<Double>, times a: Double, to y: UnsafeMutablePointer<Double>, count: Int
  ) {
    let scale = SIMD4(repeating: a)
    let source = UnsafeRawPointer(x)
    let target = UnsafeMutableRawPointer(y)
    var index = 0
    while index + 4 <= count {
      let offset = index * MemoryLayout<Double>.stride
      let sum =
        target.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
        + scale * source.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
      target.storeBytes(of: sum, toByteOffset: offset, as: SIMD4<Double>.self)
      index += 4
    }
    while index < count {
      y[index] += a * x[index]
      index += 1
    }
  }

  /// Σ a[i]·b[i], four lanes at a time.
  @inlinable
  static func dot(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, count: Int) -> Double {
    var lanes = SIMD4<Double>()
    var index = 0
    while index + 4 <= count {
      let x = UnsafeRawPointer(a + index).loadUnaligned(as: SIMD4<Double>.self)
      let y = UnsafeRawPointer(b + index).loadUnaligned(as: SIMD4<Double>.self)
      lanes += x * y
      index += 4
    }
    var sum = lanes.sum()
    while index < count {
      sum += a[index] * b[index]
      index += 1
    }
    return sum
  }
}
