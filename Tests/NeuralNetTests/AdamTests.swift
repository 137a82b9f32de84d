import Testing

@testable import NeuralNet

@Suite struct AdamTests {
  @Test func theVectorSquareRootIsTheCorrectlyRoundedOne() {
    var values: [Float] = [
      0, -0.0, .leastNonzeroMagnitude, .leastNormalMagnitude, 1, 2, 4, .infinity,
    ]
    var v: Float = 1e-38
    while v < 1e38 {
      values.append(v)
      values.append(v.nextUp)
      v *= 1.37
    }
    while values.count % 8 != 0 { values.append(9) }
    for start in stride(from: 0, to: values.count, by: 8) {
      var lanes = Lanes()
      for lane in 0..<8 { lanes[lane] = values[start + lane] }
      let roots = lanes.squareRootOfLanes()
      for lane in 0..<8 {
        #expect(roots[lane] == lanes[lane].squareRoot(), "√\(lanes[lane])")
      }
    }
    #expect(Lanes(repeating: -1).squareRootOfLanes()[0].isNaN)
  }

  /// Thirteen parameters: eight go through the vector loop, five through the
  /// scalar tail; both must compute Adam's step the same way, bit for bit.
  @Test func theVectorLoopAndTheScalarTailAgreeBitForBit() {
    let values: [Float] = [0.5, -1.25, 3, 1e-6, -7, 0.1, 2e-3, 40]
    var parameters = values + Array(values[0..<5])
    let gradients: [Float] = [0.3, -2, 1e-4, 5, -0.07, 0.9, -3e-5, 12]
    var adam = Adam(parameterCount: 13, learningRate: 0.01)
    for step in 0..<50 {
      var gradient = (gradients + Array(gradients[0..<5])).map { $0 * Float(step % 7 + 1) }
      adam.update(&parameters, gradient: &gradient, scale: 0.5)
      #expect(gradient.allSatisfy { $0 == 0 })
    }
    for index in 0..<5 { #expect(parameters[index] == parameters[8 + index]) }
  }

  @Test func theFirstStepMovesEachParameterByTheLearningRate() {
    // After one step the bias-corrected m̂/√v̂ is ±1 for every nonzero gradient (ε is
    // added to the uncorrected √v, as in the paper's efficient form, and is negligible here).
    var parameters: [Float] = Array(repeating: 1, count: 11)
    var gradient: [Float] = [1, -2, 0.5, 8, -0.25, 3, 0.3, -1, 2, 4, -6]
    var adam = Adam(parameterCount: 11, learningRate: 0.1)
    adam.update(&parameters, gradient: &gradient)
    for (parameter, sign) in zip(parameters, [1, -1, 1, 1, -1, 1, 1, -1, 1, 1, -1] as [Float]) {
      #expect(abs(parameter - (1 - 0.1 * sign)) < 1e-5)
    }
  }
}
