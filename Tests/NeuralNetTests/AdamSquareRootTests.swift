import Testing

@testable import NeuralNet

@Suite struct AdamSquareRootTests {
  @Test func agreesWithTheExactSquareRootToAFewUnitsInTheLastPlace() {
    var worst = 0.0
    var v = 1e-199
    while v < 1e30 {
      let lanes = SIMD4(v, v * 1.1, v * 1.37, v * 1.9)
      let roots = Adam.squareRoot(lanes)
      for lane in 0..<4 {
        let exact = lanes[lane].squareRoot()
        worst = max(worst, abs(roots[lane] - exact) / exact.ulp)
      }
      v *= 2.3
    }
    #expect(worst <= 2, "worst error \(worst) ulp")
    #expect(Adam.squareRoot(SIMD4(0, 1e-250, 4, 1)) == SIMD4(0, 0, 2, 1))
  }
}
