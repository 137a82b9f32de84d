extension DenseLayer {
  /// y = W x + b for `rows` samples at once.
  ///
  /// `x` holds `rows × inputs` values and `y` receives `rows × outputs`, one
  /// sample after another. Every output is b[k] + x[0]·w[0,k] + x[1]·w[1,k] + …
  /// summed in that order, whatever the number of rows, so a sample gives the
  /// same bits alone as in a batch.
  func forward(
    parameters: UnsafePointer<Float>, x: UnsafePointer<Float>, y: UnsafeMutablePointer<Float>,
    rows: Int
  ) {
    switch layout {
    case .byInput: forwardByInput(parameters, x, y, rows)
    case .byOutput: forwardByOutput(parameters, x, y, rows)
    }
  }

  /// Outputs eight at a time: x[j] times input j's contiguous outgoing weights, for every j.
  private func forwardByInput(
    _ parameters: UnsafePointer<Float>, _ x: UnsafePointer<Float>,
    _ y: UnsafeMutablePointer<Float>, _ rows: Int
  ) {
    let w = parameters + weights
    let b = parameters + biases
    let width = Lanes.scalarCount
    let vectorEnd = outputs - outputs % width
    for row in 0..<rows {
      let xRow = x + row * inputs
      let yRow = y + row * outputs
      var column = 0
      // Four vectors of outputs at once: four independent chains of additions.
      while column + 4 * width <= vectorEnd {
        var a0 = Lanes.load(b + column)
        var a1 = Lanes.load(b + column + width)
        var a2 = Lanes.load(b + column + 2 * width)
        var a3 = Lanes.load(b + column + 3 * width)
        var wj = w + column
        for j in 0..<inputs {
          let xj = Lanes(repeating: xRow[j])
          a0 += xj * Lanes.load(wj)
          a1 += xj * Lanes.load(wj + width)
          a2 += xj * Lanes.load(wj + 2 * width)
          a3 += xj * Lanes.load(wj + 3 * width)
          wj += outputs
        }
        a0.store(to: yRow + column)
        a1.store(to: yRow + column + width)
        a2.store(to: yRow + column + 2 * width)
        a3.store(to: yRow + column + 3 * width)
        column += 4 * width
      }
      while column < vectorEnd {
        var a = Lanes.load(b + column)
        var wj = w + column
        for j in 0..<inputs {
          a += Lanes(repeating: xRow[j]) * Lanes.load(wj)
          wj += outputs
        }
        a.store(to: yRow + column)
        column += width
      }
      while column < outputs {
        var sum = b[column]
        for j in 0..<inputs { sum += xRow[j] * w[j * outputs + column] }
        yRow[column] = sum
        column += 1
      }
    }
  }

  /// Each output as one dot product over its contiguous incoming weights.
  private func forwardByOutput(
    _ parameters: UnsafePointer<Float>, _ x: UnsafePointer<Float>,
    _ y: UnsafeMutablePointer<Float>, _ rows: Int
  ) {
    let w = parameters + weights
    let b = parameters + biases
    for row in 0..<rows {
      let xRow = x + row * inputs
      for k in 0..<outputs {
        y[row * outputs + k] = Self.dot(w + k * inputs, xRow, count: inputs) + b[k]
      }
    }
  }

  /// Σ a[i]·b[i]: eight partial sums over the vector part, added lane by lane, then the rest.
  @inline(__always)
  static func dot(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, count: Int) -> Float {
    let width = Lanes.scalarCount
    var lanes = Lanes()
    var index = 0
    while index + width <= count {
      lanes += Lanes.load(a + index) * Lanes.load(b + index)
      index += width
    }
    var sum = lanes.total
    while index < count {
      sum += a[index] * b[index]
      index += 1
    }
    return sum
  }
}
