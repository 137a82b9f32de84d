import Expressions
public import Lessons
public import MarkdownSyntax

/// A demo's `expect:` claims, checked against its results: what `rlbook check`
/// proves about a lesson's words. Claims are never shown to a reader.
public enum ClaimChecker {
  /// One claim as the block writes it.
  public struct Claim: Hashable, Sendable {
    /// Its short name, when `expect` is a map.
    public var name: String?
    /// The expression's text.
    public var text: String
    /// The YAML it was read from, for locating its characters.
    public var source: YAMLValue

    /// Where the characters `span` of the claim's text are.
    func range(_ span: Range<Int>) -> SourceRange {
      source.range(line: 0, byteOffset: span.lowerBound, length: span.count)
    }

    /// Where the whole claim is.
    public var wholeRange: SourceRange { range(0..<text.utf8.count) }

    /// How a report names it: `claim \`optimal\`` or the claim itself.
    public var title: String { name.map { "claim `\($0)`" } ?? "`\(text)`" }
  }

  /// The block's claims, and what is wrong with how `expect` is written.
  public static func claims(of spec: DemoSpec) -> (claims: [Claim], problems: [Diagnostic]) {
    guard let entry = spec["expect"] else { return ([], []) }
    let hint = "`expect` is a list of claims, `[v(start) > 0.5]`, or a map of names to claims"
    var claims: [Claim] = []
    var problems: [Diagnostic] = []
    let items: [(String?, YAMLValue)]
    switch entry.value.kind {
    case .map(let entries): items = entries.map { ($0.key, $0.value) }
    case .list(let values): items = values.map { (nil, $0) }
    case .scalar: items = [(nil, entry.value)]
    case .null: items = []
    }
    if items.isEmpty {
      problems.append(.error("`expect` holds no claims", hint: hint, at: entry.value.range))
    }
    for (name, value) in items {
      guard let text = value.text else {
        problems.append(
          .error(
            "a claim is one expression, not \(value.kindDescription)", hint: hint, at: value.range))
        continue
      }
      claims.append(Claim(name: name, text: text, source: value))
    }
    return (claims, problems)
  }

  /// What became of one claim on one result.
  public enum Outcome: Hashable, Sendable {
    /// It is true.
    case holds
    /// It is false; `readings` are the values it compared.
    case fails(readings: String)
    /// It does not read or evaluate (or is not true or false).
    case invalid(Diagnostic)
  }

  /// Each claim of `spec` evaluated on `result`, in the block's order.
  public static func outcomes(for spec: DemoSpec, result: DemoResult) -> [(Claim, Outcome)] {
    let evaluator = ExpressionEvaluator(values: result.values)
    return claims(of: spec).claims.map { claim in
      do throws(ExpressionError) {
        let expression = try ExpressionParser.parse(claim.text)
        let value = try evaluator.evaluate(expression)
        guard case .boolean(let holds) = value else {
          return (
            claim,
            .invalid(
              .error(
                "\(claim.title) is \(value.kind) (\(value.text)), not true or false",
                hint: "a claim compares: `v(start) > 0.5`", at: claim.range(expression.span)))
          )
        }
        return (
          claim,
          holds
            ? .holds
            : .fails(readings: readings(in: expression, of: claim.text, evaluator: evaluator))
        )
      } catch {
        return (
          claim, .invalid(.error(error.message, hint: error.hint, at: claim.range(error.span)))
        )
      }
    }
  }

  /// Every claim that does not read, does not evaluate, or is false of `result`,
  /// as an error at the claim; nothing when they all hold.
  public static func diagnostics(for spec: DemoSpec, result: DemoResult) -> [Diagnostic] {
    let problems = claims(of: spec).problems
    guard result.didRun else { return problems }
    return problems
      + outcomes(for: spec, result: result).compactMap { claim, outcome in
        switch outcome {
        case .holds: return nil
        case .invalid(let diagnostic): return diagnostic
        case .fails(let readings):
          return .error(
            "\(claim.title) does not hold" + (readings.isEmpty ? "" : ": " + readings),
            hint: "the demo's output is what the lesson's words must say",
            at: claim.wholeRange)
        }
      }
  }

  /// The values a false claim compares: `q(start, jump) = 801.3, q(start, right) = 716.9`.
  static func readings(in expression: Expression, of text: String, evaluator: ExpressionEvaluator)
    -> String
  {
    var parts: [String] = []
    func visit(_ node: Expression) {
      switch node {
      case .call, .member, .name:
        guard let value = try? evaluator.evaluate(node) else { return }
        if case .name = value { return }
        let written = String(decoding: Array(text.utf8)[node.span], as: UTF8.self)
        parts.append("\(written) = \(value.text)")
      case .prefix(_, let operand, _):
        if case .prefix(.argmax, _, _) = node, let value = try? evaluator.evaluate(node) {
          let written = String(decoding: Array(text.utf8)[node.span], as: UTF8.self)
          parts.append("\(written) = \(value.text)")
        } else {
          visit(operand)
        }
      case .binary(_, let left, let right, _):
        visit(left)
        visit(right)
      case .approximately(let value, let target, let tolerance, _):
        visit(value)
        visit(target)
        visit(tolerance)
      case .number, .boolean:
        break
      }
    }
    visit(expression)
    return parts.uniqued().joined(separator: ", ")
  }
}
