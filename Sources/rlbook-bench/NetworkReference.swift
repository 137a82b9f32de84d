import CVectorMath
import Foundation
import RLCore

/// A 4-64-64-2 tanh network written as bare `SIMD8<Float>` loops with every
/// size a constant: the floor that `Network`'s generality (any shape, two
/// weight layouts, workspaces, the `Double` boundary, the optimiser protocol)
/// is measured against, in the same run on the same machine.
///
/// It does the same work as the network workload: forward, backward of
/// ½(q₀ − x₀)², and an Adam step, online or over minibatches, with the same
/// weight layout (by input for the hidden layers, by output for the head). Its
/// tanh is Lambert's continued fraction to degree 7/6, cheaper than the
/// network's and less accurate, so the floor errs on the fast side.
struct BareNetwork {
  typealias V = SIMD8<Float>
  static let width = 8
  // Parameter layout: W1 (4 × 64, by input), b1, W2 (64 × 64, by input), b2, W3 (2 × 64, by output), b3.
  static let w1 = 0
  static let b1 = 256
  static let w2 = 320
  static let b2 = 4416
  static let w3 = 4480
  static let b3 = 4608
  static let count = 4610

  var parameters: [Float]
  var gradient = [Float](repeating: 0, count: count)
  var firstMoment = [Float](repeating: 0, count: count)
  var secondMoment = [Float](repeating: 0, count: count)
  var step = 0
  // Per-sample values, `rows` samples after one another.
  var x: [Float]
  var h1: [Float]
  var h2: [Float]
  var q: [Float]
  var dq: [Float]
  var dh1: [Float]
  var dh2: [Float]

  init(rows: Int, using generator: inout SeededGenerator) {
    parameters = (0..<Self.count).map { _ in Float(generator.gaussian() * 0.2) }
    for index in Self.b1..<Self.w2 { parameters[index] = 0 }
    for index in Self.b2..<Self.w3 { parameters[index] = 0 }
    x = [Float](repeating: 0, count: rows * 4)
    h1 = [Float](repeating: 0, count: rows * 64)
    h2 = [Float](repeating: 0, count: rows * 64)
    q = [Float](repeating: 0, count: rows * 2)
    dq = [Float](repeating: 0, count: rows * 2)
    dh1 = [Float](repeating: 0, count: rows * 64)
    dh2 = [Float](repeating: 0, count: rows * 64)
  }

  @inline(__always) static func load(_ p: UnsafePointer<Float>) -> V {
    UnsafeRawPointer(p).loadUnaligned(as: V.self)
  }
  @inline(__always) static func store(_ v: V, _ p: UnsafeMutablePointer<Float>) {
    UnsafeMutableRawPointer(p).storeBytes(of: v, as: V.self)
  }
  @inline(__always) static func total(_ v: V) -> Float {
    let half = v.lowHalf + v.highHalf
    return (half.lowHalf + half.highHalf).sum()
  }
  @inline(__always) static func tanh(_ v: V) -> V {
    let x = v.replacing(with: 9, where: v .> 9).replacing(with: -9, where: v .< -9)
    let x2 = x * x
    let numerator = x * (135_135 + x2 * (17_325 + x2 * (378 + x2)))
    let denominator = 135_135 + x2 * (62_370 + x2 * (3_150 + x2 * 28))
    let t = numerator / denominator
    return t.replacing(with: 1, where: t .> 1).replacing(with: -1, where: t .< -1)
  }

  /// Forward, backward and gradient for `rows` samples already in `x`, then one Adam step.
  @inline(__always)
  mutating func update(rows: Int) {
    parameters.withUnsafeBufferPointer { pb in
      gradient.withUnsafeMutableBufferPointer { gb in
        x.withUnsafeBufferPointer { xb in
          h1.withUnsafeMutableBufferPointer { h1b in
            h2.withUnsafeMutableBufferPointer { h2b in
              dh1.withUnsafeMutableBufferPointer { dh1b in
                dh2.withUnsafeMutableBufferPointer { dh2b in
                  Self.pass(
                    rows: rows, p: pb.baseAddress!, g: gb.baseAddress!, x: xb.baseAddress!,
                    h1: h1b.baseAddress!, h2: h2b.baseAddress!, dh1: dh1b.baseAddress!,
                    dh2: dh2b.baseAddress!)
                }
              }
            }
          }
        }
      }
    }
    adam(scale: 1 / Float(rows))
  }

  @inline(__always)
  static func pass(
    rows: Int, p: UnsafePointer<Float>, g: UnsafeMutablePointer<Float>, x: UnsafePointer<Float>,
    h1: UnsafeMutablePointer<Float>, h2: UnsafeMutablePointer<Float>,
    dh1: UnsafeMutablePointer<Float>, dh2: UnsafeMutablePointer<Float>
  ) {
    for r in 0..<rows {
      let xr = x + r * 4
      let h1r = h1 + r * 64
      let h2r = h2 + r * 64
      for c in stride(from: 0, to: 64, by: 8) {
        var a = load(p + b1 + c)
        for j in 0..<4 { a += V(repeating: xr[j]) * load(p + w1 + j * 64 + c) }
        store(tanh(a), h1r + c)
      }
      for c in stride(from: 0, to: 64, by: 32) {
        var a0 = load(p + b2 + c)
        var a1 = load(p + b2 + c + 8)
        var a2 = load(p + b2 + c + 16)
        var a3 = load(p + b2 + c + 24)
        for j in 0..<64 {
          let s = V(repeating: h1r[j])
          let w = p + w2 + j * 64 + c
          a0 += s * load(w)
          a1 += s * load(w + 8)
          a2 += s * load(w + 16)
          a3 += s * load(w + 24)
        }
        store(tanh(a0), h2r + c)
        store(tanh(a1), h2r + c + 8)
        store(tanh(a2), h2r + c + 16)
        store(tanh(a3), h2r + c + 24)
      }
      var q0 = V()
      var q1 = V()
      for c in stride(from: 0, to: 64, by: 8) {
        let h = load(h2r + c)
        q0 += load(p + w3 + c) * h
        q1 += load(p + w3 + 64 + c) * h
      }
      // ∂½(q₀ − x₀)²/∂q = (q₀ − x₀, 0).
      let d0 = total(q0) + p[b3] - xr[0]
      _ = total(q1) + p[b3 + 1]
      g[b3] += d0
      // δ₂ = (W3ᵀ dq) ⊙ (1 − h₂²), and W3's gradient.
      let dh2r = dh2 + r * 64
      let s0 = V(repeating: d0)
      for c in stride(from: 0, to: 64, by: 8) {
        let h = load(h2r + c)
        store(load(g + w3 + c) + s0 * h, g + w3 + c)
        store(s0 * load(p + w3 + c) * (1 - h * h), dh2r + c)
      }
      // δ₁[j] = (W2[j, ·] · δ₂) (1 − h₁[j]²).
      let dh1r = dh1 + r * 64
      for j in stride(from: 0, to: 64, by: 4) {
        var a0 = V()
        var a1 = V()
        var a2 = V()
        var a3 = V()
        for c in stride(from: 0, to: 64, by: 8) {
          let d = load(dh2r + c)
          a0 += load(p + w2 + j * 64 + c) * d
          a1 += load(p + w2 + (j + 1) * 64 + c) * d
          a2 += load(p + w2 + (j + 2) * 64 + c) * d
          a3 += load(p + w2 + (j + 3) * 64 + c) * d
        }
        dh1r[j] = total(a0) * (1 - h1r[j] * h1r[j])
        dh1r[j + 1] = total(a1) * (1 - h1r[j + 1] * h1r[j + 1])
        dh1r[j + 2] = total(a2) * (1 - h1r[j + 2] * h1r[j + 2])
        dh1r[j + 3] = total(a3) * (1 - h1r[j + 3] * h1r[j + 3])
      }
    }
    // Bias gradients, then the weight gradients as blocked products over the samples.
    for c in stride(from: 0, to: 64, by: 8) {
      var a = load(g + b2 + c)
      var b = load(g + b1 + c)
      for r in 0..<rows {
        a += load(dh2 + r * 64 + c)
        b += load(dh1 + r * 64 + c)
      }
      store(a, g + b2 + c)
      store(b, g + b1 + c)
    }
    for j in 0..<64 {
      for c in stride(from: 0, to: 64, by: 32) {
        let target = g + w2 + j * 64 + c
        var a0 = load(target)
        var a1 = load(target + 8)
        var a2 = load(target + 16)
        var a3 = load(target + 24)
        for r in 0..<rows {
          let s = V(repeating: h1[r * 64 + j])
          let d = dh2 + r * 64 + c
          a0 += s * load(d)
          a1 += s * load(d + 8)
          a2 += s * load(d + 16)
          a3 += s * load(d + 24)
        }
        store(a0, target)
        store(a1, target + 8)
        store(a2, target + 16)
        store(a3, target + 24)
      }
    }
    for j in 0..<4 {
      for c in stride(from: 0, to: 64, by: 8) {
        var a = load(g + w1 + j * 64 + c)
        for r in 0..<rows { a += V(repeating: x[r * 4 + j]) * load(dh1 + r * 64 + c) }
        store(a, g + w1 + j * 64 + c)
      }
    }
  }

  /// Adam (β₁ 0.9, β₂ 0.999, ε 10⁻⁸, rate 10⁻³), then the gradient zeroed.
  @inline(__always)
  mutating func adam(scale: Float) {
    step += 1
    let size = Float(
      1e-3 * (1 - pow(0.999, Double(step))).squareRoot() / (1 - pow(0.9, Double(step))))
    parameters.withUnsafeMutableBufferPointer { pb in
      gradient.withUnsafeMutableBufferPointer { gb in
        firstMoment.withUnsafeMutableBufferPointer { mb in
          secondMoment.withUnsafeMutableBufferPointer { vb in
            let (p, g, m, v) = (pb.baseAddress!, gb.baseAddress!, mb.baseAddress!, vb.baseAddress!)
            var i = 0
            while i + 8 <= Self.count {
              let grad = Self.load(g + i) * scale
              let newM = 0.9 * Self.load(m + i) + 0.1 * grad
              let newV = 0.999 * Self.load(v + i) + 0.001 * grad * grad
              Self.store(newM, m + i)
              Self.store(newV, v + i)
              Self.store(Self.load(p + i) - size * newM / (rlbook_sqrt8(newV) + 1e-8), p + i)
              Self.store(V(), g + i)
              i += 8
            }
            while i < Self.count {
              let grad = g[i] * scale
              m[i] = 0.9 * m[i] + 0.1 * grad
              v[i] = 0.999 * v[i] + 0.001 * grad * grad
              p[i] -= size * m[i] / (v[i].squareRoot() + 1e-8)
              g[i] = 0
              i += 1
            }
          }
        }
      }
    }
  }
}

extension Workloads {
  /// The bare loop's updates of 4-64-64-2, on the same regression and random inputs as
  /// ``networkUpdates(sizes:batch:optimizer:samples:)``.
  static func bareNetworkUpdates(batch: Int, samples: Int, floorOf name: String) -> Measurement {
    var measurement = measure("\(name), bare loop (reference)", unit: "samples") {
      var generator = SeededGenerator(seed: 0)
      var network = BareNetwork(rows: batch, using: &generator)
      for _ in 0..<samples / batch {
        for index in 0..<batch * 4 { network.x[index] = Float(generator.uniform(-1, 1)) }
        // Constant sizes, so that the compiler specialises the loops as a hand-written one would be.
        switch batch {
        case 1: network.update(rows: 1)
        case 32: network.update(rows: 32)
        default: network.update(rows: batch)
        }
      }
      blackHole(network.parameters)
      return Double(samples / batch * batch)
    }
    measurement.floorOf = name
    return measurement
  }
}
