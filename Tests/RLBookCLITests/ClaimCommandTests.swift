import Foundation
import Testing

/// `rlbook check` proves a lesson's claims, on its seed and, with `--seeds`, on more.
@Suite struct ClaimCommandTests {
  static let lesson = """
    # Claims

    ```rl
    id: lake
    env: frozenlake
    agent: value-iteration
    gamma: 0.99
    show: value-grid
    expect:
      - v(start) ≈ 0.542 ± 0.001
      - v(start) > 0.9
    ```

    ```rl
    env: bandit
    agent: epsilon-greedy
    episodes: 20
    show: learning-curve
    expect:
      lucky: curve.mean > 0.8
    ```
    """

  func check(_ arguments: [String]) throws -> CLITests.Result {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rlbook-claims-\(UUID().uuidString).md")
    try Self.lesson.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    return try CLITests().run(["check", "--no-cache"] + arguments + [file.path])
  }

  @Test func aFalseClaimFailsTheCheckAtItsLine() throws {
    let result = try check([])
    #expect(result.status == 1)
    #expect(result.error.contains(":11:5: error: `v(start) > 0.9` does not hold: v(start) = 0.542"))
    #expect(result.output.contains("1 lesson, 2 demos, 1 error"))
  }

  @Test func withSeedsEachClaimSaysOnHowManyItHolds() throws {
    let result = try check(["--seeds", "10"])
    #expect(result.error.contains("`v(start) > 0.9` holds on 0 of 10 seeds"))
    #expect(result.error.contains("claim `lucky` holds on"))
    #expect(result.output.contains("claims on 10 seeds: 1 of 3 hold on every seed"))
    let strict = try check(["--seeds", "3", "--strict"])
    #expect(strict.status == 1)
    let misuse = try check(["--require", "2"])
    #expect(misuse.status != 0 && misuse.error.contains("--require and --strict go with --seeds N"))
  }
}
