import Foundation
import Testing

@testable import NeuralNet

@Suite struct LayerTanhTests {
  /// The error of `value` against the exact tanh (in Double), in units of the last place of the
  /// correctly rounded Float.
  private func ulps(_ value: Float, from x: Float) -> Double {
    let reference = Foundation.tanh(Double(x))
    return abs(Double(value) - reference) / Double(Float(reference).ulp)
  }

  private func layerTanh(_ inputs: [Float]) -> [Float] {
    var values = inputs
    values.withUnsafeMutableBufferPointer { LayerTanh.apply(to: $0.baseAddress!, count: $0.count) }
    return values
  }

  @Test func isWithinThreeUnitsInTheLastPlaceEverywhere() {
    var inputs: [Float] = [
      0, -0.0, 1e-38, 1e-30, 1e-8, -1e-8, 1e-4, 0.17, 0.1733, 0.35, 1, -1, 5, 8.9, 9.01, 10, 25,
    ]
    // Every step of 2⁻¹⁴ over −12 … 12 (about 400,000 inputs), and a geometric sweep near 0.
    var x: Float = -12
    while x <= 12 {
      inputs.append(x)
      x += 1.0 / 16_384
    }
    var small: Float = 1e-20
    while small < 1 {
      inputs.append(small)
      inputs.append(-small)
      small *= 1.01
    }
    let values = layerTanh(inputs)
    var worst = 0.0
    var worstInput: Float = 0
    for (input, value) in zip(inputs, values) {
      let error = ulps(value, from: input)
      if error > worst { (worst, worstInput) = (error, input) }
      #expect(value.sign == input.sign || value == 0, "tanh(\(input)) = \(value)")
      #expect(abs(value) <= 1, "tanh(\(input)) = \(value)")
    }
    #expect(worst <= 3, "worst error \(worst) ulp at \(worstInput)")
  }

  @Test func saturatesAndKeepsNaN() {
    let values = layerTanh([.infinity, -.infinity, 1e30, .nan, 3, 0.5, -2, 7, 0.25])
    #expect(values[0] == 1)
    #expect(values[1] == -1)
    #expect(values[2] == 1)
    #expect(values[3].isNaN)
    #expect(abs(Double(values[4]) - Foundation.tanh(3)) <= 3 * Double(Float(0.995).ulp))
    // The ninth value goes through the partial last vector.
    #expect(abs(Double(values[8]) - Foundation.tanh(0.25)) <= 3 * Double(Float(0.245).ulp))
  }
}
