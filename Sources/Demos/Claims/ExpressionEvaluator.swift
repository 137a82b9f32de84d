public import Expressions
public import Lessons

/// Evaluates expressions on a demo's ``DemoValues``: results already computed,
/// so evaluating never trains. Every mistake is an ``ExpressionError`` at the
/// characters responsible, with a hint listing what the demo has.
public struct ExpressionEvaluator: Sendable {
  /// The values read.
  public let values: DemoValues

  /// In prose, the lesson's demos by every name they answer to (`lake`, `demo2`):
  /// each chain starts with one, and is read in that demo's values.
  private let demos: [String: DemoValues]?

  /// An evaluator of `values`, as an `rl` block's `expect:` reads them.
  public init(values: DemoValues) {
    self.values = values
    demos = nil
  }

  /// An evaluator for prose, where every chain names its demo (`lake.v(start)`):
  /// `demos` holds each demo's values under each name it answers to.
  public init(demos: [String: DemoValues]) {
    values = DemoValues()
    self.demos = demos
  }

  /// What `expression` computes.
  public func evaluate(_ expression: Expression) throws(ExpressionError) -> ExpressionValue {
    switch try term(expression) {
    case .value(let value): return value
    case .curve(let curve, _): return .series(curve)
    default:
      throw ExpressionError(
        "this names a part of the demo, not a value", hint: shows, at: expression.span)
    }
  }

  /// A value, or something that becomes one once called or taken a member of.
  enum Term {
    case value(ExpressionValue)
    case agent(Int)
    /// Several variants of a sweep that share a name (`q-learning`), to be told
    /// apart by their swept setting.
    case variants([Int])
    /// `epsilon` among variants, to be called with a value: `epsilon(0.1)`.
    case sweep(String, among: [Int])
    case function(Function, agent: Int?)
    case path(DemoValues.Path)
    /// An agent's learning curve, and its band across runs when there are several.
    case curve([Double], band: [Double]?)
    /// `path.visits`, to be called with a state.
    case visits(DemoValues.Path)
    /// `series.first` or `series.last`, to be called with a count.
    case slice([Double], fromEnd: Bool)
  }

  /// The demo's built-in readings.
  enum Function: String {
    case q, pi, v, curve, rms, path, returns
  }

  private func term(_ expression: Expression) throws(ExpressionError) -> Term {
    if let demos { if let term = try lessonTerm(expression, demos: demos) { return term } }
    switch expression {
    case .number(let value, _): return .value(.number(value))
    case .boolean(let value, _): return .value(.boolean(value))
    case .name(let name, let span): return try bound(name, agent: nil, span: span)
    case .member(let base, let name, let span):
      return try member(of: try term(base), name, span: span, base: base)
    case .call(let callee, let arguments, let span):
      let called = try term(callee)
      if case .sweep(let key, let among) = called {
        return .agent(try variant(key, among: among, arguments, span: span))
      }
      return .value(try call(called, arguments, span: span, callee: callee))
    case .prefix(let operation, let operand, _):
      return .value(try prefix(operation, try evaluate(operand), operand: operand))
    case .binary(let operation, let left, let right, _):
      return .value(try binary(operation, left, right))
    case .approximately(let value, let target, let tolerance, _):
      let measured = try number(value)
      let wanted = try number(target)
      let allowed = try number(tolerance)
      return .value(.boolean(abs(measured - wanted) <= abs(allowed)))
    }
  }

  /// In prose, a chain read in the values of the demo it starts with; `nil` for
  /// what is not a chain.
  private func lessonTerm(_ expression: Expression, demos: [String: DemoValues])
    throws(ExpressionError) -> Term?
  {
    switch expression {
    case .name(let name, let span):
      guard demos[name] == nil else {
        throw ExpressionError(
          "`\(name)` is a demo, not a value", hint: "name one of its values: `\(name).v(start)`",
          at: span)
      }
      return .value(.name(name))
    case .member, .call:
      guard let head = expression.chainHeads.first, let values = demos[head.name],
        let rest = expression.removingHead
      else {
        let span = expression.chainHeads.first?.span ?? expression.span
        throw ExpressionError(
          "this names no demo of the lesson",
          hint: "start with a demo's id: `lake.v(start)`; the demos are "
            + demos.keys.sorted().joined(separator: ", "), at: span)
      }
      return .value(try ExpressionEvaluator(values: values).evaluate(rest))
    default:
      return nil
    }
  }

  /// A name: an agent, a built-in (for `agent` when given), or a name as written.
  private func bound(_ name: String, agent: Int?, span: Range<Int>) throws(ExpressionError) -> Term
  {
    if agent == nil, let index = values.agents.firstIndex(where: { $0.name == name }) {
      return .agent(index)
    }
    if agent == nil {
      let same = values.agents.indices.filter { values.agents[$0].kind == name }
      if same.count == 1 { return .agent(same[0]) }
      if !same.isEmpty { return .variants(same) }
      let swept = values.agents.indices.filter { values.agents[$0].sweep?.key == name }
      if !swept.isEmpty { return .sweep(name, among: swept) }
    }
    if let function = Function(rawValue: name) {
      if function == .returns { return .function(.returns, agent: nil) }
      let chosen: Int
      if let agent { chosen = agent } else { chosen = try onlyAgent(for: function, span: span) }
      if function == .curve {
        let curve = try series(function, agent: chosen, span: span)
        return .curve(curve, band: values.agents[chosen].band)
      }
      if function == .rms {
        return .value(.series(try series(function, agent: chosen, span: span)))
      }
      if function == .path {
        guard let path = values.agents[chosen].path else {
          throw ExpressionError(
            "this demo shows no greedy path", hint: "add `rollout` to `show`; " + shows, at: span)
        }
        return .path(path)
      }
      return .function(function, agent: chosen)
    }
    guard agent == nil else {
      throw ExpressionError("an agent has no `\(name)`", hint: shows, at: span)
    }
    return .value(.name(name))
  }

  private func onlyAgent(for function: Function, span: Range<Int>) throws(ExpressionError) -> Int {
    guard values.agents.count == 1 else {
      let written = values.agents.indices.map {
        "`\(reference(toAgent: $0)).\(function.rawValue)`"
      }
      throw ExpressionError(
        values.agents.isEmpty
          ? "this demo has no agent"
          : "this demo has several agents: say whose `\(function.rawValue)`",
        hint: written.isEmpty ? nil : "write " + written.joined(separator: " or "), at: span)
    }
    return 0
  }

  private func series(_ function: Function, agent: Int, span: Range<Int>) throws(ExpressionError)
    -> [Double]
  {
    let values =
      function == .curve ? self.values.agents[agent].curve : self.values.agents[agent].rms
    guard let values, !values.isEmpty else {
      throw ExpressionError(
        function == .curve
          ? "this demo has no learning curve" : "this demo has no RMS error (`metric: rms-error`)",
        hint: shows, at: span)
    }
    return values
  }

  private func member(of base: Term, _ name: String, span: Range<Int>, base expression: Expression)
    throws(ExpressionError) -> Term
  {
    switch base {
    case .agent(let index): return try bound(name, agent: index, span: span)
    case .variants(let indices):
      let swept = indices.filter { values.agents[$0].sweep?.key == name }
      guard swept.isEmpty else { return .sweep(name, among: swept) }
      throw ExpressionError(
        "several runs of this agent differ in a setting: say which", hint: shows, at: span)
    case .path(let path):
      switch name {
      case "length": return .value(.number(Double(path.length)))
      case "return": return .value(.number(path.total))
      case "visits": return .visits(path)
      default:
        throw ExpressionError(
          "a path has no `\(name)`", hint: "a path has `length`, `return` and `visits(state)`",
          at: span)
      }
    case .curve(let curve, let band):
      guard name == "band" else {
        return try member(of: .value(.series(curve)), name, span: span, base: expression)
      }
      guard let band else {
        throw ExpressionError(
          "the band is the spread across runs, and this demo has one run",
          hint: "add `runs: 5` to the block", at: span)
      }
      return .value(.series(band))
    case .value(.series(let series)):
      guard !series.isEmpty else {
        throw ExpressionError("the series is empty", at: expression.span)
      }
      switch name {
      case "mean": return .value(.number(series.reduce(0, +) / Double(series.count)))
      case "max": return .value(.number(series.max()!))
      case "min": return .value(.number(series.min()!))
      case "final": return .value(.number(series.last!))
      case "length": return .value(.number(Double(series.count)))
      case "first", "last": return .slice(series, fromEnd: name == "last")
      default:
        throw ExpressionError(
          "a series has no `\(name)`",
          hint: "a series has `mean`, `max`, `min`, `final`, `length`, `first(n)` and `last(n)`"
            + "; a curve also has `band`",
          at: span)
      }
    default:
      throw ExpressionError("`\(name)` cannot be taken of this", hint: shows, at: span)
    }
  }

  /// The variant among `among` whose swept `key` has the value the one argument names.
  private func variant(
    _ key: String, among: [Int], _ arguments: [Expression], span: Range<Int>
  ) throws(ExpressionError) -> Int {
    let written = among.compactMap { values.agents[$0].sweep?.value }
    let hint = "its values are " + written.joined(separator: ", ")
    guard arguments.count == 1 else {
      throw ExpressionError(
        "`\(key)` takes one value: `\(key)(\(written.first ?? "0.1"))`", hint: hint, at: span)
    }
    let wanted = try evaluate(arguments[0])
    let found = among.first { index in
      guard let value = values.agents[index].sweep?.value else { return false }
      switch wanted {
      case .number(let number): return Double(value).map { abs($0 - number) < 1e-12 } ?? false
      case .name(let name): return value == name
      default: return false
      }
    }
    guard let found else {
      throw ExpressionError(
        "no run with \(key) \(wanted.text)", hint: hint, at: arguments[0].span)
    }
    return found
  }
}
