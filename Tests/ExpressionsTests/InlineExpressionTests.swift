import Expressions
import Testing

/// An inline value's code span: an expression, then an optional format after `:`.
@Suite struct InlineExpressionTests {
  @Test(arguments: [
    (0.54213, ".2f", "0.54"),
    (0.545, ".2f", "0.55"),
    (-0.545, ".2f", "-0.55"),
    (-0.0001, ".2f", "0.00"),
    (801.349, ".1f", "801.3"),
    (12.5, "d", "13"),
    (0.5421, "%", "54%"),
    (0.5421, ".1%", "54.2%"),
    (3, ".0f", "3"),
    (0.001, ".3f", "0.001"),
  ])
  func formatsWriteNumbersAsAuthorsAsk(number: Double, suffix: String, written: String) throws {
    #expect(try ValueFormat(parsing: suffix).write(number) == written)
  }

  @Test func anAutomaticValueIsLeftToTheValuesOwnText() throws {
    let format = try InlineExpression(parsing: "lake.v(start)").format
    #expect(format == .automatic)
    #expect(format.write(0.5) == nil)
  }

  @Test func theFirstColonStartsTheFormat() throws {
    let parsed = try InlineExpression(parsing: "lake.q(start, left):.3f")
    #expect(parsed.expression.bracketed == "lake.q(start, left)")
    #expect(parsed.format == .fixed(decimals: 3))
  }

  static func failure(_ source: String) -> (message: String, at: String)? {
    ExpressionParserTests.failure(source) { text throws(ExpressionError) in
      _ = try InlineExpression(parsing: text)
    }
  }

  @Test func mistakesArePointedAtInTheSpan() {
    #expect(Self.failure("lake.v(start):.2x")?.message == "`.2x` is not a format")
    #expect(Self.failure("lake.v(start):.2x")?.at == ".2x")
    #expect(Self.failure("lake.v(start):")?.message == "nothing follows `:`")
    #expect(Self.failure("lake.v(start):.20f")?.message == "at most 12 decimals")
    #expect(Self.failure(":.2f")?.message == "an inline value needs an expression")
    #expect(Self.failure("lake.v(start) +:.2f")?.message == "the expression ends too soon")
    #expect(Self.failure("lake.v(start $ 1)")?.at == "$")
    #expect(Self.failure("lake.v(start):.-1f")?.message == "`.-1f` is not a format")
  }
}
