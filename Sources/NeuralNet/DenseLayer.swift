/// One dense layer's place in a network's parameter array, and how its weights are laid out.
///
/// The layout is picked so that every inner loop is a contiguous
/// multiply-add over ``Lanes``:
/// - a layer with at least eight outputs stores its weights **by input**
///   (`w[j · outputs + k]`, input j's outgoing weights side by side), so the
///   forward pass adds x[j] · w[j, ·] to all outputs eight at a time;
/// - a narrower layer (a value head, two action logits) stores them **by
///   output** (`w[k · inputs + j]`), so each output is one dot product over
///   its inputs.
///
/// Biases follow the weights.
struct DenseLayer: Sendable {
  /// How a layer's weights are ordered in memory.
  enum Layout: Sendable {
    /// `w[j · outputs + k]`: each input's outgoing weights are contiguous.
    case byInput
    /// `w[k · inputs + j]`: each output's incoming weights are contiguous.
    case byOutput
  }

  /// Values in.
  let inputs: Int
  /// Values out.
  let outputs: Int
  /// Where the weights start in the parameter array.
  let weights: Int
  /// The layout of the weights.
  let layout: Layout

  /// A layer of `inputs` × `outputs` whose parameters start at `offset`.
  init(inputs: Int, outputs: Int, offset: Int) {
    self.inputs = inputs
    self.outputs = outputs
    weights = offset
    layout = outputs >= Lanes.scalarCount ? .byInput : .byOutput
  }

  /// Where the biases start.
  var biases: Int { weights + inputs * outputs }
  /// The number of parameters: weights and biases.
  var parameterCount: Int { inputs * outputs + outputs }
  /// Where the parameters after this layer start.
  var end: Int { biases + outputs }

  /// The index of the weight from input `input` to output `output`.
  func weightIndex(output: Int, input: Int) -> Int {
    switch layout {
    case .byInput: weights + input * outputs + output
    case .byOutput: weights + output * inputs + input
    }
  }
}
