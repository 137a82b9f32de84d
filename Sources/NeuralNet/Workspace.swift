extension Network {
  /// Buffers for forward and backward passes over up to ``capacity`` samples.
  ///
  /// Each layer's values (the input first) and the gradients with respect to
  /// them are stored sample after sample in one contiguous array.
  public struct Workspace: Sendable {
    /// The layer sizes of the network it was made for.
    public let sizes: [Int]
    /// How many samples one pass can take.
    public let capacity: Int
    /// Where each layer's block starts in ``values`` and ``deltas``.
    let offsets: [Int]
    /// Every layer's outputs, the input first.
    var values: [Float]
    /// The gradients with respect to each layer's outputs.
    var deltas: [Float]
    /// The outputs of the last one-sample forward pass.
    public private(set) var output: [Double]

    init(sizes: [Int], capacity: Int) {
      precondition(capacity > 0, "a workspace needs room for at least one sample")
      self.sizes = sizes
      self.capacity = capacity
      var offsets: [Int] = []
      var total = 0
      for size in sizes {
        offsets.append(total)
        total += size * capacity
      }
      self.offsets = offsets
      values = [Float](repeating: 0, count: total)
      deltas = [Float](repeating: 0, count: total)
      output = [Double](repeating: 0, count: sizes[sizes.count - 1])
    }

    private var outputSize: Int { sizes[sizes.count - 1] }

    /// Sets sample `row`'s input.
    public mutating func setInput(_ input: [Double], row: Int) {
      precondition(
        input.count == sizes[0],
        "the input has \(input.count) values; the network takes \(sizes[0])")
      precondition(row >= 0 && row < capacity, "row \(row) is outside the workspace")
      let base = row * sizes[0]
      for index in 0..<input.count { values[base + index] = Float(input[index]) }
    }

    /// Calls `body` with the inputs, `capacity × inputSize` values, sample after sample.
    public mutating func withInputs<Result>(
      _ body: (UnsafeMutableBufferPointer<Float>) throws -> Result
    ) rethrows -> Result {
      try values.withUnsafeMutableBufferPointer { values in
        try body(UnsafeMutableBufferPointer(rebasing: values[0..<capacity * sizes[0]]))
      }
    }

    /// Copies the first `rows` inputs of `other`, a workspace for a network with the same input size.
    public mutating func copyInputs(from other: Workspace, rows: Int) {
      precondition(other.sizes[0] == sizes[0], "the inputs differ in size")
      precondition(rows <= capacity && rows <= other.capacity, "more rows than the workspace holds")
      for index in 0..<rows * sizes[0] { values[index] = other.values[index] }
    }

    /// Output `column` of sample `row` after the last batch forward pass.
    public func output(row: Int, column: Int) -> Float {
      values[offsets[offsets.count - 1] + row * outputSize + column]
    }

    /// Sets ∂loss/∂output for sample `row` (one value per output).
    public mutating func setOutputGradient(_ gradient: [Double], row: Int) {
      precondition(gradient.count == outputSize, "one gradient per output")
      let base = offsets[offsets.count - 1] + row * outputSize
      for index in 0..<outputSize { deltas[base + index] = Float(gradient[index]) }
    }

    /// Sets ∂loss/∂output for sample `row`: `value` on output `column`, zero on the others.
    public mutating func setOutputGradient(_ value: Float, row: Int, column: Int) {
      let base = offsets[offsets.count - 1] + row * outputSize
      for index in 0..<outputSize { deltas[base + index] = index == column ? value : 0 }
    }

    /// Copies sample 0's outputs into ``output``.
    mutating func copyOutput() {
      let base = offsets[offsets.count - 1]
      for index in 0..<outputSize { output[index] = Double(values[base + index]) }
    }
  }
}
