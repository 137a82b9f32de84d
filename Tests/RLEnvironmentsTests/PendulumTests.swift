import RLEnvironments
import Testing

@Suite struct PendulumTests {
  /// The reference trajectory from θ = 1, θ̇ = −0.5: (torque, reward, θ, θ̇) after each step.
  static let reference: [(Double, Double, Double, Double)] = [
    (2.0, -1.0290000001899897, 1.021555161930296, 0.4311032386059225),
    (-2.0, -1.0661599492900746, 1.060094857985617, 0.7707939211064221),
    (0.5, -1.1834634348208812, 1.1350996234849788, 1.500095309987234),
    (3.0, -1.5174797493302996, 1.2591009973920773, 2.4800274781419676),
    (-0.25, -2.200451450870614, 1.4169204347999373, 3.156388748157203),
    (0.0, -3.0039425115029834, 1.6117967889481055, 3.8975270829633635),
    (1.0, -4.11796062515421, 1.8516416280509125, 4.7968967820561375),
    (-1.0, -5.730598592548584, 2.12001727307403, 5.367512900462345),
    (2.0, -7.379492711985206, 2.435377848024889, 6.307211499017182),
    (-3.0, -9.913156952173782, 2.7600743690166487, 6.4939304198351975),
  ]

  @Test func reproducesTheReferenceTrajectory() {
    var pendulum = Pendulum(theta: 1.0, thetaDot: -0.5)
    for (index, (torque, reward, theta, thetaDot)) in Self.reference.enumerated() {
      let actual = pendulum.step(torque: torque)
      #expect(abs(actual - reward) <= 1e-6, "step \(index + 1)")
      #expect(abs(pendulum.theta - theta) <= 1e-9, "step \(index + 1)")
      #expect(abs(pendulum.thetaDot - thetaDot) <= 1e-9, "step \(index + 1)")
    }
  }

  @Test func drawsTheAngle() {
    #expect(Pendulum(theta: 0, thetaDot: 0).draw() == "↑  θ 0.0°  θ̇ 0.0")
    #expect(Pendulum(theta: Double.pi / 2, thetaDot: 1.234).draw() == "←  θ 90.0°  θ̇ 1.23")
    #expect(Pendulum(theta: -Double.pi / 2, thetaDot: 0).draw().hasPrefix("→"))
  }

  @Test func normalizesAnglesLikePython() {
    #expect(Pendulum.normalize(0) == 0)
    #expect(abs(Pendulum.normalize(3 * Double.pi / 2) - (-Double.pi / 2)) < 1e-12)
    #expect(abs(Pendulum.normalize(-3 * Double.pi / 2) - Double.pi / 2) < 1e-12)
    #expect(Pendulum.normalize(Double.pi) == -Double.pi)
  }

  @Test func speedIsClippedAndEpisodesAreCutOff() {
    var pendulum = Pendulum(theta: 3, thetaDot: 7.9)
    for _ in 0..<200 { pendulum.step(torque: 2) }
    #expect(abs(pendulum.thetaDot) <= 8)
    #expect(pendulum.isTruncated)
  }
}
