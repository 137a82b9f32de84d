import Demos
import Lessons
import MarkdownSyntax

/// `rl` blocks for tests: the fence is on line 1, so the body's first line is line 2.
enum DemoBlocks {
  /// The block with `body` as its YAML.
  static func spec(_ body: String) -> DemoSpec {
    let lesson = LessonParser(fileExists: { _ in true }).parse(
      "```rl\n" + body + "\n```\n", path: "test.md")
    return lesson.demos[0]
  }

  /// The diagnostics of validating `body`.
  static func problems(
    _ body: String, validator: DemoValidator = DemoValidator()
  ) -> [Diagnostic] {
    validator.validate(spec(body)).diagnostics
  }

  /// The plan of a valid block.
  static func plan(_ body: String, validator: DemoValidator = DemoValidator()) -> DemoPlan? {
    validator.validate(spec(body)).plan
  }

  /// Runs `body`.
  static func run(_ body: String, runner: DemoRunner = DemoRunner()) -> DemoResult {
    runner.run(spec(body))
  }
}

extension Diagnostic {
  /// `line:column: message`, for comparing against expectations in one string.
  var located: String {
    let place = range.map { "\($0.start.line):\($0.start.column): " } ?? ""
    return place + message
  }
}

extension DemoResult {
  /// The tables among the outputs.
  var tables: [OutputTable] {
    outputs.compactMap { if case .table(let table) = $0 { table } else { nil } }
  }

  /// The grids among the outputs.
  var grids: [OutputGrid] {
    outputs.compactMap { if case .grid(let grid) = $0 { grid } else { nil } }
  }

  /// The charts among the outputs.
  var charts: [OutputChart] {
    outputs.compactMap { if case .chart(let chart) = $0 { chart } else { nil } }
  }

  /// The episodes among the outputs.
  var episodes: [OutputFrames] {
    outputs.compactMap { if case .frames(let frames) = $0 { frames } else { nil } }
  }
}

extension OutputTable.Cell {
  /// The number in the cell, if it holds one.
  var number: Double? {
    if case .number(let value) = value { return value }
    return nil
  }

  /// The text in the cell, if it holds words.
  var text: String? {
    if case .text(let value) = value { return value }
    return nil
  }
}
