import Lessons

/// Outputs as JSON: every number at full precision, for tools and tests.
enum OutputJSON {
  static func value(of output: Output) -> JSONValue {
    switch output {
    case .table(let table):
      return .object(
        [
          ("kind", .string("table")),
          ("title", .string(table.title)),
          (
            "columns",
            .array(
              table.columns.map { column in
                .object([
                  ("header", .string(column.header)),
                  ("unit", column.unit.map(JSONValue.string) ?? .null),
                  ("precision", .int(column.precision)),
                  ("numeric", .bool(column.isNumeric)),
                ])
              })
          ),
          ("rows", .array(table.rows.map { .array($0.map(value(of:))) })),
          ("notes", .array(table.notes.map(JSONValue.string))),
        ] + steps(table.steps))
    case .grid(let grid):
      return .object([
        ("kind", .string("grid")),
        ("title", .string(grid.title)),
        ("valueLabel", grid.valueLabel.map(JSONValue.string) ?? .null),
        ("rows", .int(grid.rows)),
        ("columns", .int(grid.columns)),
        (
          "cells",
          .array(
            grid.cells.map { cell in
              .object([
                ("tile", .string(cell.tile)),
                ("value", cell.value.map(JSONValue.double) ?? .null),
                ("arrows", .array(cell.arrows.map(JSONValue.string))),
                ("terminal", .bool(cell.isTerminal)),
              ])
            })
        ),
        ("notes", .array(grid.notes.map(JSONValue.string))),
      ])
    case .chart(let chart):
      return .object([
        ("kind", .string("chart")),
        ("title", .string(chart.title)),
        ("xLabel", .string(chart.xLabel)),
        ("yLabel", .string(chart.yLabel)),
        (
          "series",
          .array(
            chart.series.map { series in
              .object([
                ("name", .string(series.name)),
                ("x", numbers(series.x)),
                ("y", numbers(series.y)),
                ("lower", series.lower.map(numbers) ?? .null),
                ("upper", series.upper.map(numbers) ?? .null),
              ])
            })
        ),
        ("notes", .array(chart.notes.map(JSONValue.string))),
      ])
    case .frames(let frames):
      return .object(
        [
          ("kind", .string("frames")),
          ("title", .string(frames.title)),
          (
            "frames",
            .array(
              frames.frames.map { frame in
                .object([
                  ("step", .int(frame.step)),
                  ("picture", .array(frame.picture.map(JSONValue.string))),
                  ("action", frame.action.map(JSONValue.string) ?? .null),
                  ("reward", frame.reward.map(JSONValue.double) ?? .null),
                  ("total", .double(frame.total)),
                  ("timeRemaining", frame.timeRemaining.map(JSONValue.int) ?? .null),
                ])
              })
          ),
          ("ending", .string(frames.ending)),
        ] + steps(frames.steps))
    case .message(let message):
      return .object([("kind", .string("message")), ("text", .string(message))])
    }
  }

  static func value(of provenance: Provenance) -> JSONValue {
    .object([
      ("env", provenance.environment.map(JSONValue.string) ?? .null),
      ("agents", .array(provenance.agents.map(JSONValue.string))),
      // A setting of one agent is keyed by it: `reinforce.lr`.
      (
        "settings",
        .object(
          provenance.settings.map { item in
            (item.agent.map { "\($0).\(item.key)" } ?? item.key, .string(item.value))
          })
      ),
    ])
  }

  /// `steps`, when an output spells its rows or frames out; nothing otherwise.
  private static func steps(_ steps: [OutputStep]) -> [(String, JSONValue)] {
    guard !steps.isEmpty else { return [] }
    let values = steps.map { step in
      JSONValue.object([
        ("title", .string(step.title)),
        ("picture", .array(step.picture.map(JSONValue.string))),
        ("choice", step.choice.map { value(of: .table($0)) } ?? .null),
        (
          "stages",
          .array(
            step.stages.map { stage in
              .array(
                stage.parts.map { part in
                  switch part {
                  case .text(let text): .string(text)
                  case .number(let number): .double(number)
                  }
                })
            })
        ),
      ])
    }
    return [("steps", .array(values))]
  }

  private static func value(of cell: OutputTable.Cell) -> JSONValue {
    let value: JSONValue =
      switch cell.value {
      case .number(let number): .double(number)
      case .integer(let number): .int(number)
      case .text(let text): .string(text)
      case .empty: .null
      }
    return cell.isHighlighted ? .object([("value", value), ("highlighted", .bool(true))]) : value
  }

  private static func numbers(_ values: [Double]) -> JSONValue {
    .array(values.map(JSONValue.double))
  }
}
