import Foundation
import Testing

/// Inline values in prose, as `run` (text, Markdown, JSON) and `render` write them.
@Suite struct InlineValueCommandTests {
  static let lesson = """
    # Worth

    The start is worth `{rl} lake.v(start):.2f`, and `{rl} argmax lake.q(start)` is best there.
    Code stays code: `lake.v(start)`.

    ```rl
    id: lake
    env: frozenlake
    agent: value-iteration
    gamma: 0.99
    show: value-grid
    ```
    """

  /// Runs `arguments` on a temporary copy of the lesson (its path appended).
  func run(_ arguments: [String]) throws -> CLITests.Result {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rlbook-values-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("worth.md")
    try Self.lesson.write(to: file, atomically: true, encoding: .utf8)
    var arguments = arguments
    if let out = arguments.firstIndex(of: "--out") {
      arguments[out + 1] = directory.appendingPathComponent(arguments[out + 1]).path
    }
    var result = try CLITests().run(arguments + [file.path])
    if let out = arguments.firstIndex(of: "--out") {
      let page = URL(fileURLWithPath: arguments[out + 1]).appendingPathComponent("worth.html")
      result.output = try String(contentsOf: page, encoding: .utf8)
    }
    return result
  }

  @Test func everyFormatShowsTheComputedNumber() throws {
    let text = try run(["run", "--width", "80"])
    #expect(text.status == 0, "\(text.error)")
    #expect(text.output.contains("The start is worth 0.54, and left is best there."))
    #expect(text.output.contains("Code stays code: lake.v(start)."))
    let markdown = try run(["run", "--format", "markdown"])
    #expect(markdown.output.contains("The start is worth 0.54, and left is best there."))
    #expect(markdown.output.contains("Code stays code: `lake.v(start)`."))
    let json = try run(["run", "--format", "json"])
    #expect(json.output.contains(#""type": "value","#))
    #expect(json.output.contains(#""expression": "lake.v(start):.2f","#))
    #expect(json.output.contains(#""value": "0.54","#))
    let html = try run(["render", "--out", "site"])
    #expect(html.status == 0, "\(html.error)")
    #expect(html.output.contains(#"<span class="rl-value" title="lake.v(start):.2f">0.54</span>"#))
  }

  @Test func changingASettingChangesTheWords() throws {
    let undiscounted = try run(["run", "--set", "gamma=1"])
    #expect(undiscounted.output.contains("The start is worth 0.82"))
    let markdown = try run(["run", "--format", "markdown", "--set", "gamma=1"])
    #expect(markdown.output.contains("The start is worth 0.82"))
  }

  @Test func withoutTrainingTheSpanIsKept() throws {
    let markdown = try run(["run", "--format", "markdown", "--no-demos"])
    #expect(markdown.output.contains("The start is worth `{rl} lake.v(start):.2f`"))
  }
}
