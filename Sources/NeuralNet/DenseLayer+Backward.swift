extension DenseLayer {
  /// Adds the gradient of the loss with respect to the layer's weights and
  /// biases to `gradient`, and writes the gradient with respect to its inputs
  /// into `deltaIn` (before the previous layer's activation), for `rows`
  /// samples at once.
  ///
  /// `x` is the layer's input (`rows × inputs`), `deltaOut` the gradient with
  /// respect to its outputs (`rows × outputs`). A batch is one blocked matrix
  /// product: each block of the gradient stays in registers while the samples
  /// stream past it, and the samples are added in order, so the sums are
  /// those of a loop over samples.
  func backward(
    parameters: UnsafePointer<Float>, x: UnsafePointer<Float>, deltaOut: UnsafePointer<Float>,
    deltaIn: UnsafeMutablePointer<Float>?, gradient: UnsafeMutablePointer<Float>, rows: Int
  ) {
    // The biases' gradient: Σ over samples of 1 · δ (multiplying by 1 is exact).
    withUnsafePointer(to: Float(1)) { one in
      Self.accumulate(
        into: gradient + biases, count: outputs, rows: rows,
        scale: one, scaleStride: 0, vector: deltaOut, vectorStride: outputs)
    }
    switch layout {
    case .byInput:
      for j in 0..<inputs {
        // Input j's row of the gradient: Σ over samples of x[j] · δ.
        Self.accumulate(
          into: gradient + weights + j * outputs, count: outputs, rows: rows,
          scale: x + j, scaleStride: inputs, vector: deltaOut, vectorStride: outputs)
      }
      if let deltaIn { inputDeltasByInput(parameters + weights, deltaOut, deltaIn, rows) }
    case .byOutput:
      for k in 0..<outputs {
        // Output k's row of the gradient: Σ over samples of δ[k] · x.
        Self.accumulate(
          into: gradient + weights + k * inputs, count: inputs, rows: rows,
          scale: deltaOut + k, scaleStride: outputs, vector: x, vectorStride: inputs)
      }
      if let deltaIn { inputDeltasByOutput(parameters + weights, deltaOut, deltaIn, rows) }
    }
  }

  /// target[i] += Σ over rows r of scale[r · scaleStride] · vector[r · vectorStride + i], for i < count.
  ///
  /// Four vectors of the target are held in registers while the rows go by.
  @inline(__always)
  static func accumulate(
    into target: UnsafeMutablePointer<Float>, count: Int, rows: Int,
    scale: UnsafePointer<Float>, scaleStride: Int, vector: UnsafePointer<Float>, vectorStride: Int
  ) {
    let width = Lanes.scalarCount
    let vectorEnd = count - count % width
    var i = 0
    while i + 4 * width <= vectorEnd {
      var g0 = Lanes.load(target + i)
      var g1 = Lanes.load(target + i + width)
      var g2 = Lanes.load(target + i + 2 * width)
      var g3 = Lanes.load(target + i + 3 * width)
      for row in 0..<rows {
        let s = Lanes(repeating: scale[row * scaleStride])
        let v = vector + row * vectorStride + i
        g0 += s * Lanes.load(v)
        g1 += s * Lanes.load(v + width)
        g2 += s * Lanes.load(v + 2 * width)
        g3 += s * Lanes.load(v + 3 * width)
      }
      g0.store(to: target + i)
      g1.store(to: target + i + width)
      g2.store(to: target + i + 2 * width)
      g3.store(to: target + i + 3 * width)
      i += 4 * width
    }
    while i < vectorEnd {
      var g = Lanes.load(target + i)
      for row in 0..<rows {
        g +=
          Lanes(repeating: scale[row * scaleStride]) * Lanes.load(vector + row * vectorStride + i)
      }
      g.store(to: target + i)
      i += width
    }
    while i < count {
      var sum = target[i]
      for row in 0..<rows { sum += scale[row * scaleStride] * vector[row * vectorStride + i] }
      target[i] = sum
      i += 1
    }
  }

  /// δin[j] = Σₖ w[j, k] · δ[k]: dot products over input j's contiguous weights, four inputs at a time.
  private func inputDeltasByInput(
    _ w: UnsafePointer<Float>, _ deltaOut: UnsafePointer<Float>,
    _ deltaIn: UnsafeMutablePointer<Float>, _ rows: Int
  ) {
    let width = Lanes.scalarCount
    let vectorEnd = outputs - outputs % width
    for row in 0..<rows {
      let d = deltaOut + row * outputs
      let target = deltaIn + row * inputs
      var j = 0
      while j + 4 <= inputs {
        let w0 = w + j * outputs
        let w1 = w0 + outputs
        let w2 = w1 + outputs
        let w3 = w2 + outputs
        var a0 = Lanes()
        var a1 = Lanes()
        var a2 = Lanes()
        var a3 = Lanes()
        var c = 0
        while c < vectorEnd {
          let dv = Lanes.load(d + c)
          a0 += Lanes.load(w0 + c) * dv
          a1 += Lanes.load(w1 + c) * dv
          a2 += Lanes.load(w2 + c) * dv
          a3 += Lanes.load(w3 + c) * dv
          c += width
        }
        var s0 = a0.total
        var s1 = a1.total
        var s2 = a2.total
        var s3 = a3.total
        while c < outputs {
          s0 += w0[c] * d[c]
          s1 += w1[c] * d[c]
          s2 += w2[c] * d[c]
          s3 += w3[c] * d[c]
          c += 1
        }
        target[j] = s0
        target[j + 1] = s1
        target[j + 2] = s2
        target[j + 3] = s3
        j += 4
      }
      while j < inputs {
        target[j] = Self.dot(w + j * outputs, d, count: outputs)
        j += 1
      }
    }
  }

  /// δin = Σₖ δ[k] · w[k, ·]: output k's contiguous weights scaled and added, for each k in order.
  private func inputDeltasByOutput(
    _ w: UnsafePointer<Float>, _ deltaOut: UnsafePointer<Float>,
    _ deltaIn: UnsafeMutablePointer<Float>, _ rows: Int
  ) {
    let width = Lanes.scalarCount
    let vectorEnd = inputs - inputs % width
    for row in 0..<rows {
      let d = deltaOut + row * outputs
      let target = deltaIn + row * inputs
      var j = 0
      while j < vectorEnd {
        var a = Lanes()
        for k in 0..<outputs { a += Lanes(repeating: d[k]) * Lanes.load(w + k * inputs + j) }
        a.store(to: target + j)
        j += width
      }
      while j < inputs {
        var sum: Float = 0
        for k in 0..<outputs { sum += d[k] * w[k * inputs + j] }
        target[j] = sum
        j += 1
      }
    }
  }
}
