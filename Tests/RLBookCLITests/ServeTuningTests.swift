import Foundation
import RLBookTestSupport
import Testing

/// `rlbook serve` checks tuning exercises by retraining, over loopback: the
/// page's token, its own origin, settings validated like `--set`.
extension CLITests {
  /// A POST of a tuning as a served page's script sends it, with its `Host` and `Origin`.
  private static func tuning(
    _ settings: String, token: String, port: UInt16, host: String? = nil, origin: String? = nil,
    exercise: String = "edge"
  ) throws -> (status: Int, json: [String: Any]) {
    let host = host ?? "127.0.0.1:\(port)"
    let origin = origin ?? "http://\(host)"
    let body =
      "token=\(token)&page=lesson.html&exercise=\(exercise)&settings="
      + settings.replacing("=", with: "%3D").replacing(" ", with: "+")
    let response = try rawRequest(
      port: port,
      "POST /_rlbook/tune HTTP/1.1\r\nHost: \(host)\r\nOrigin: \(origin)\r\n"
        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.utf8.count)\r\n\r\n"
        + body)
    let status = Int(response.dropFirst(9).prefix(3)) ?? 0
    let payload = response.components(separatedBy: "\r\n\r\n").dropFirst().joined()
    let json =
      (try? JSONSerialization.jsonObject(with: Data(payload.utf8))) as? [String: Any]
      ?? ["text": payload]
    return (status, json)
  }

  /// The token in a served page.
  private static func token(in page: String) throws -> String {
    let match = try #require(page.firstMatch(of: #/body\.set\("token", "([0-9a-f]{32})"\)/#))
    return String(match.1)
  }

  @Test func serveChecksATuningByRetraining() async throws {
    let folder = try temporaryFolder("serve-tuning")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Fixtures.text("tuning-demo.md").write(
      to: folder.appendingPathComponent("lesson.md"), atomically: true, encoding: .utf8)
    let served = try await serve([folder.path], logIn: folder)
    defer { served.stop() }
    let port = served.port
    let page = try Self.rawRequest(port: port, "GET /lesson.html HTTP/1.1\r\n\r\n")
    #expect(page.contains("<form class=\"tune\" hidden=\"hidden\" data-page=\"lesson.html\">"))
    let token = try Self.token(in: page)

    let wrong = try Self.tuning("epsilon=0.1", token: token, port: port)
    #expect(wrong.status == 200)
    #expect(wrong.json["verdict"] as? String == "wrong")
    #expect(
      wrong.json["message"] as? String
        == "The goal is not met on seed 0: argmax sarsa.q(24) = {up}.")
    #expect((wrong.json["output"] as? String)?.contains("<figure class=\"output\">") == true)
    let right = try Self.tuning("epsilon=0", token: token, port: port)
    #expect(right.json["verdict"] as? String == "right")
    #expect(right.json["message"] as? String == "Right: the goal is met on all 2 seeds.")
    let outputs = [right, wrong].map { $0.json["output"] as? String }
    #expect(outputs[0] != outputs[1])

    // Settings out of range, over the demo limits, or not the exercise's: nothing trains.
    let refused: [(String, String)] = [
      ("epsilon=2", "`epsilon: 2` is out of range (epsilon must be from 0 to 1)"),
      ("episodes=100000000", "is over the limit of 100,000 episodes"),
      ("alpha=0.1", "this exercise lets you change `epsilon`, `episodes`, not `alpha`"),
      ("epsilon", "`epsilon` is not a setting"),
    ]
    for (settings, message) in refused {
      let answer = try Self.tuning(settings, token: token, port: port)
      #expect(answer.status == 400, "\(settings)")
      #expect(answer.json["verdict"] as? String == "invalid")
      #expect((answer.json["message"] as? String)?.contains(message) == true, "\(answer.json)")
    }
    let unknown = try Self.tuning("epsilon=0", token: token, port: port, exercise: "nope")
    #expect(unknown.status == 404)

    // Another site's page, a DNS-rebinding page, a made-up token: refused before training.
    let crossSite = try Self.tuning(
      "epsilon=0", token: token, port: port, origin: "http://evil.example")
    let rebinding = try Self.tuning(
      "epsilon=0", token: token, port: port, host: "evil.example:\(port)")
    let madeUp = try Self.tuning("epsilon=0", token: String(repeating: "a", count: 32), port: port)
    let statuses: [Int] = [crossSite.status, rebinding.status, madeUp.status]
    #expect(statuses == [403, 403, 403])
    let log = try String(contentsOf: served.log, encoding: .utf8)
    // Only settings that read as this exercise's reach the engine (whose validator refuses
    // the range and the limits); the rest are refused on reading, the refusals above at once.
    #expect(log.components(separatedBy: "training edge of").count - 1 == 4)
  }

  /// The page's own form and script, in a browser: type ε, press the button, read the verdict.
  @Test(
    .enabled(if: ProcessInfo.processInfo.environment["RLBOOK_RELEASE_TESTS"] == "1"),
    .enabled(if: Chromium.isInstalled))
  func chromiumTunesInAServedPage() async throws {
    let folder = try temporaryFolder("serve-chromium")
    defer { try? FileManager.default.removeItem(at: folder) }
    let script = """
      // The page keeps a reload stream open, which would stop virtual time: not in this probe.
      window.EventSource = function () { return { addEventListener: function () {} }; };
      window.addEventListener("load", function () {
        var form = document.querySelector("#exercise-edge form.tune"), seen = [form.hidden ? "hidden" : "shown"];
        var output = form.querySelector("output");
        function check(value, then) {
          form.elements.epsilon.value = value;
          form.requestSubmit();
          var wait = setInterval(function () {
            if (output.className) { clearInterval(wait); seen.push(output.textContent); then(); }
          }, 50);
        }
        check("0.1", function () {
          check("0", function () {
            seen.push(document.querySelector("#exercise-edge div.retrained svg") ? "retrained" : "none");
            document.body.setAttribute("data-verdicts", seen.join(" | "));
          });
        });
      });
      """
    // GFM's tag filter disarms a lesson's <script> even under --allow-html, so
    // the probe runs from an image that fails to load.
    let encoded = Data(script.utf8).base64EncodedString()
    let probe = "\n\n<img src=\"/missing.png\" onerror=\"eval(atob('\(encoded)'))\">\n"
    try (Fixtures.text("tuning-demo.md") + probe).write(
      to: folder.appendingPathComponent("lesson.md"), atomically: true, encoding: .utf8)
    let served = try await serve([folder.path, "--allow-html"], logIn: folder)
    defer { served.stop() }
    let browser = try Chromium.run(
      served.base + "/lesson.html", ["--virtual-time-budget=60000", "--dump-dom"])
    #expect(browser.status == 0, "\(browser.error)")
    let verdicts = try #require(
      browser.output.firstMatch(of: #/data-verdicts="([^"]*)"/#).map { String($0.1) })
    #expect(
      verdicts
        == "shown | The goal is not met on seed 0: argmax sarsa.q(24) = {up}. | Right: the goal is met on all 2 seeds. | retrained"
    )
  }
}
