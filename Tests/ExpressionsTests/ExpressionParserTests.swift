import Expressions
import Testing

/// The expression language of inline values and claims, as the parser reads it.
@Suite struct ExpressionParserTests {
  static func read(_ text: String) throws -> String {
    try ExpressionParser.parse(text).bracketed
  }

  @Test(arguments: [
    ("1 + 2 * 3", "(1 + (2 * 3))"),
    ("(1 + 2) * 3", "((1 + 2) * 3)"),
    ("a - b - c", "((a - b) - c)"),
    ("8 / 2 / 2", "((8 / 2) / 2)"),
    ("-x * 2", "((-x) * 2)"),
    ("a < b and c >= d or not e", "(((a < b) and (c >= d)) or (not e))"),
    ("not a < b", "(not (a < b))"),
    ("q(start, jump) > q(start, left)", "(q(start, jump) > q(start, left))"),
    ("q-learning.q(start, jump)", "q-learning.q(start, jump)"),
    ("curve.last(100).mean", "curve.last(100).mean"),
    ("lake.v(start)", "lake.v(start)"),
    ("jump in argmax q(start)", "(jump in (argmax q(start)))"),
    ("jump == argmax q(start)", "(jump == (argmax q(start)))"),
    ("max q(start) - min q(start)", "((max q(start)) - (min q(start)))"),
    ("abs(v(goal) - 1) < 0.01", "((abs (v(goal) - 1)) < 0.01)"),
    ("q(start, left) ≈ 0.54 ± 0.01", "(q(start, left) ≈ 0.54 ± 0.01)"),
    ("q(start, left) ~= 0.54 +- 0.01", "(q(start, left) ≈ 0.54 ± 0.01)"),
    ("x + 1 ≈ 2 ± 0.1 and y", "(((x + 1) ≈ 2 ± 0.1) and y)"),
    (
      "path.length <= 6 and path.visits(edge-row)", "((path.length <= 6) and path.visits(edge-row))"
    ),
    ("a ≤ b", "(a <= b)"),
    ("a ≠ b", "(a != b)"),
    ("1e-3 < 2.5E2", "(0.001 < 250)"),
    ("true or false", "(true or false)"),
  ])
  func readsWhatAnAuthorWrites(text: String, reading: String) throws {
    #expect(try Self.read(text) == reading)
  }

  /// The error's message, and the text it points at, when `read` fails on `text`.
  static func failure(
    _ text: String,
    reading read: (String) throws(ExpressionError) -> Void = { _ = try ExpressionParser.parse($0) }
  ) -> (message: String, at: String)? {
    do throws(ExpressionError) {
      try read(text)
      return nil
    } catch {
      let bytes = Array(text.utf8)
      let at = String(decoding: bytes[error.span.clamped(to: 0..<bytes.count)], as: UTF8.self)
      return (error.message, at)
    }
  }

  @Test func mistakesArePointedAtTheCharacters() {
    #expect(Self.failure("a-b")?.message == nil)  // one name, not a subtraction
    #expect(Self.failure("a -b")?.message == "write subtraction with spaces around `-`")
    #expect(Self.failure("a -b")?.at == "-")
    #expect(Self.failure("a < b < c")?.message == "comparisons do not chain")
    #expect(Self.failure("a < b < c")?.at == "<")
    #expect(Self.failure("q(start, jump")?.message == "`(` is not closed")
    #expect(Self.failure("q(start, jump")?.at == "(start, jump")
    #expect(Self.failure("x ≈ 0.5")?.message == "`≈` needs a tolerance")
    #expect(Self.failure("x ≈ 0.5")?.at == "≈ 0.5")
    #expect(
      Self.failure("v(start) v(goal)")?.message == "unexpected name `v` after a complete expression"
    )
    #expect(Self.failure("v(start) v(goal)")?.at == "v")
    #expect(Self.failure("1 +")?.message == "the expression ends too soon")
    #expect(Self.failure("")?.message == "the expression is empty")
    #expect(Self.failure("   ")?.message == "the expression is empty")
    #expect(Self.failure("a $ b")?.message == "`$` is not part of the expression language")
    #expect(Self.failure("a $ b")?.at == "$")
    #expect(Self.failure("curve.")?.message == "`.` must be followed by a name")
    #expect(Self.failure("2x")?.message == "a number runs into a name here")
    #expect(Self.failure("a and")?.message == "the expression ends too soon")
    #expect(Self.failure("(a")?.message == "`(` is not closed")
    #expect(Self.failure(")")?.message == "unexpected `)`")
  }

  /// A hostile lesson cannot exhaust the stack: length and nesting are bounded.
  @Test func depthAndLengthAreBounded() {
    let deep = String(repeating: "(", count: 20_000) + "1" + String(repeating: ")", count: 20_000)
    #expect(Self.failure(deep)?.message.hasPrefix("the expression is too long") == true)
    let nested = String(repeating: "(", count: 40) + "1" + String(repeating: ")", count: 40)
    #expect(Self.failure(nested)?.message == "the expression nests too deeply (at most 32 levels)")
    #expect(Self.failure(String(repeating: "not ", count: 40) + "true") != nil)
    let fine = String(repeating: "(", count: 10) + "1" + String(repeating: ")", count: 10)
    #expect(Self.failure(fine) == nil)
  }

  @Test func aFunctionAfterTheDemosNameIsExplained() {
    do {
      _ = try ExpressionParser.parse("lake.argmax q(start)")
      Issue.record("`lake.argmax q(start)` parsed")
    } catch {
      #expect(error.hint == "`argmax` goes before what it reads: `argmax lake.q(start)`")
    }
  }

  @Test func spansCoverWhatTheyName() throws {
    let text = "π ≈ lake.v(start) ± 0.1"
    #expect(Self.failure(text)?.at == "π")
    let expression = try ExpressionParser.parse("q(start, jump) > 1")
    guard case .binary(_, let left, let right, let span) = expression else {
      Issue.record("not a comparison")
      return
    }
    #expect(left.span == 0..<14)
    #expect(right.span == 17..<18)
    #expect(span == 0..<18)
  }

  @Test func keywordsAreNotNames() {
    #expect(Keyword.allCases.map(\.rawValue).contains("argmax"))
    #expect(Self.failure("and")?.message == "unexpected `and`")
  }
}
