import Foundation
import Testing

@testable import NeuralNet

@Suite struct LayerTanhTests {
  /// The error of `value` against the C library's tanh, in units of the C result's last place.
  private func ulps(_ value: Double, from x: Double) -> Double {
    let reference = Foundation.tanh(x)
    return abs(value - reference) / reference.ulp
  }

  @Test func agreesWithTheCLibraryToAFewUnitsInTheLastPlace() {
    var inputs: [Double] = [
      0, -0.0, 1e-300, 1e-8, -1e-8, 0.17, 0.1733, 0.35, 1, -1, 5, 19.06, 20, 25, -700,
    ]
    var x = -21.0
    while x <= 21 {
      inputs.append(x)
      x += 0.000_731
    }
    var values = inputs
    values.withUnsafeMutableBufferPointer { LayerTanh.apply(to: $0) }
    var worst = 0.0
    for (input, value) in zip(inputs, values) {
      worst = max(worst, ulps(value, from: input))
      #expect(value.sign == input.sign, "tanh(\(input)) = \(value)")
    }
    #expect(worst <= 3, "worst error \(worst) ulp")
  }

  @Test func saturatesAndKeepsNaN() {
    var values: [Double] = [.infinity, -.infinity, 1e300, .nan, 3]
    values.withUnsafeMutableBufferPointer { LayerTanh.apply(to: $0) }
    #expect(values[0] == 1)
    #expect(values[1] == -1)
    #expect(values[2] == 1)
    #expect(values[3].isNaN)
    #expect(abs(values[4] - Foundation.tanh(3)) <= 4 * Foundation.tanh(3).ulp)
  }
}
