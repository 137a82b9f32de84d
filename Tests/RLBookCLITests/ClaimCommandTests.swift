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

  @Test func theJSONReportHasEveryClaimAndItsSeeds() throws {
    let result = try check(["--json", "--seeds", "3"])
    #expect(result.status == 1)
    #expect(result.error.isEmpty || !result.error.contains("error:"))  // problems are in the report
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    let summary = try #require(report["summary"] as? [String: Any])
    #expect(summary["errors"] as? Int == 1)
    #expect(summary["seeds"] as? Int == 3)
    #expect(summary["claims"] as? Int == 3)
    #expect(summary["claimsHoldingOnEverySeed"] as? Int == 1)
    let lesson = try #require((report["lessons"] as? [[String: Any]])?.first)
    let claims = try #require(lesson["claims"] as? [[String: Any]])
    #expect(claims.map { $0["demo"] as? String } == ["lake", "lake", "demo2"])
    #expect(claims.map { $0["expression"] as? String }.last == "curve.mean > 0.8")
    #expect(claims[2]["name"] as? String == "lucky")
    #expect(claims[1]["holds"] as? Bool == false)
    #expect(claims[1]["holding"] as? [Int] == [])
    #expect(
      (claims[1]["failing"] as? [[String: Any]])?.first?["values"] as? String == "v(start) = 0.542")
    #expect(claims[0]["seeds"] as? [Int] == [0, 1, 2])
    let place = try #require(claims[1]["place"] as? [String: Any])
    #expect(place["line"] as? Int == 11 && place["column"] as? Int == 5)
    let problems = try #require(lesson["problems"] as? [[String: Any]])
    #expect(
      problems.contains { ($0["message"] as? String)?.contains("holds on 0 of 3 seeds") == true })
  }
}
