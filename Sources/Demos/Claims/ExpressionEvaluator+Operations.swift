import Expressions
import Lessons
import RLCore

extension ExpressionEvaluator {
  /// What the demo has, for hints: `this demo shows: q-learning.q, q-learning.v, curve`.
  var shows: String {
    var parts: [String] = []
    let prefix = values.agents.count > 1
    for (index, agent) in values.agents.enumerated() {
      let name = prefix ? reference(toAgent: index) + "." : ""
      if agent.q != nil { parts.append(name + "q") }
      if agent.pi != nil { parts.append(name + "pi") }
      if agent.v != nil { parts.append(name + "v") }
      if agent.curve != nil { parts.append(name + "curve") }
      if agent.rms != nil { parts.append(name + "rms") }
      if agent.path != nil { parts.append(name + "path") }
    }
    if !values.returns.isEmpty { parts.append("returns") }
    return parts.isEmpty
      ? "this demo shows nothing to compute with"
      : "this demo shows: " + parts.joined(separator: ", ")
  }

  /// How an expression names the agent at `index`: `sarsa`, or a sweep's
  /// variant by its setting, `epsilon(0.1)` or `q-learning.epsilon(0.1)`.
  func reference(toAgent index: Int) -> String {
    let agent = values.agents[index]
    guard let sweep = agent.sweep else { return agent.name }
    let kinds = Set(values.agents.map(\.kind))
    return (kinds.count > 1 ? agent.kind + "." : "") + "\(sweep.key)(\(sweep.value))"
  }

  func call(
    _ callee: Term, _ arguments: [Expression], span: Range<Int>, callee expression: Expression
  )
    throws(ExpressionError) -> ExpressionValue
  {
    switch callee {
    case .function(let function, let agent):
      if function == .returns {
        let gamma = try number(try single(arguments, span: span, what: "a γ"))
        guard let pair = values.returns.first(where: { abs($0[0] - gamma) < 1e-12 }) else {
          let gammas = values.returns.map { ExpressionValue.write($0[0]) }.joined(separator: ", ")
          throw ExpressionError(
            "this demo has no return for γ = \(ExpressionValue.write(gamma))",
            hint: gammas.isEmpty ? shows : "its γ are " + gammas, at: span)
        }
        return .number(pair[1])
      }
      return try reading(function, agent: agent ?? 0, arguments, span: span)
    case .visits(let path):
      let state = try stateIndex(try single(arguments, span: span, what: "a state"))
      return .boolean(path.states.contains(state))
    case .slice(let series, let fromEnd):
      let count = try number(try single(arguments, span: span, what: "a count"))
      guard count >= 1, count == count.rounded() else {
        throw ExpressionError("a count of episodes is a whole number from 1", at: arguments[0].span)
      }
      let taken = Int(min(count, Double(series.count)))
      return .series(fromEnd ? Array(series.suffix(taken)) : Array(series.prefix(taken)))
    default:
      throw ExpressionError("this cannot be called", hint: shows, at: expression.span)
    }
  }

  /// `q(s)`, `q(s, a)`, `pi(s)`, `pi(s, a)`, `v(s)`.
  private func reading(
    _ function: Function, agent index: Int, _ arguments: [Expression], span: Range<Int>
  ) throws(ExpressionError) -> ExpressionValue {
    let agent = values.agents[index]
    let table: [[Double]]? =
      switch function {
      case .q: agent.q
      case .pi: agent.pi
      default: agent.v.map { $0.map { [$0] } }
      }
    guard let table else {
      throw ExpressionError(
        "\(agent.name) has no \(function.rawValue)", hint: shows, at: span)
    }
    guard (1...(function == .v ? 1 : 2)).contains(arguments.count) else {
      throw ExpressionError(
        function == .v
          ? "`v` takes a state: `v(start)`"
          : "`\(function.rawValue)` takes a state and maybe an action: `\(function.rawValue)(start, left)`",
        at: span)
    }
    let row = table[try stateIndex(arguments[0])]
    if function == .v { return .number(row[0]) }
    let labels = row.count == values.actions.count ? values.actions : ["mean", "deviation"]
    guard arguments.count == 2 else { return .row(labels: labels, values: row) }
    let action = try actionIndex(arguments[1], labels: labels)
    return .number(row[action])
  }

  private func single(_ arguments: [Expression], span: Range<Int>, what: String)
    throws(ExpressionError) -> Expression
  {
    guard arguments.count == 1 else {
      throw ExpressionError("this takes one argument, \(what)", at: span)
    }
    return arguments[0]
  }

  /// A state written by a name the views print (`start`, `goal`) or an index.
  func stateIndex(_ expression: Expression) throws(ExpressionError) -> Int {
    let written: String
    switch expression {
    case .name(let name, _): written = name
    case .number(let value, _) where value == value.rounded(): written = String(Int(value))
    default:
      throw ExpressionError("a state is a name or an index", at: expression.span)
    }
    guard let index = values.stateNames[written] else {
      let names = values.stateNames.keys.filter { Int($0) == nil }.sorted()
      throw ExpressionError(
        "this demo has no state `\(written)`",
        hint: names.isEmpty
          ? "its states are numbered from 0 to \(max(0, values.states.count - 1))"
          : "its states are numbered, or named "
            + names.prefix(12).map { "`\($0)`" }.joined(separator: ", "),
        at: expression.span)
    }
    return index
  }

  private func actionIndex(_ expression: Expression, labels: [String]) throws(ExpressionError)
    -> Int
  {
    if case .name(let name, _) = expression, let index = labels.firstIndex(of: name) {
      return index
    }
    if case .number(let value, _) = expression, value == value.rounded(),
      labels.indices.contains(Int(value))
    {
      return Int(value)
    }
    throw ExpressionError(
      "no action `\(expression.bracketed)`",
      hint: "the actions are " + labels.map { "`\($0)`" }.joined(separator: ", "),
      at: expression.span)
  }

  func number(_ expression: Expression) throws(ExpressionError) -> Double {
    let value = try evaluate(expression)
    guard case .number(let number) = value else {
      throw ExpressionError(
        "a number is needed here, and this is \(value.kind)",
        hint: value.isRow ? "pick one value: `q(start, left)`, or `max q(start)`" : nil,
        at: expression.span)
    }
    return number
  }

  private func boolean(_ expression: Expression) throws(ExpressionError) -> Bool {
    let value = try evaluate(expression)
    guard case .boolean(let flag) = value else {
      throw ExpressionError(
        "true or false is needed here, and this is \(value.kind)", at: expression.span)
    }
    return flag
  }

  func prefix(_ operation: PrefixOperator, _ value: ExpressionValue, operand: Expression)
    throws(ExpressionError) -> ExpressionValue
  {
    switch (operation, value) {
    case (.negate, .number(let number)): return .number(-number)
    case (.abs, .number(let number)): return .number(Swift.abs(number))
    case (.not, .boolean(let flag)): return .boolean(!flag)
    case (.argmax, .row(let labels, let numbers)):
      let best = numbers.max() ?? 0
      return .names(
        Set(zip(labels, numbers).filter { best - $0.1 <= ActionSelection.tieTolerance }.map(\.0)))
    case (.max, .row(_, let numbers)) where !numbers.isEmpty,
      (.max, .series(let numbers)) where !numbers.isEmpty:
      return .number(numbers.max()!)
    case (.min, .row(_, let numbers)) where !numbers.isEmpty,
      (.min, .series(let numbers)) where !numbers.isEmpty:
      return .number(numbers.min()!)
    default:
      throw ExpressionError(
        "`\(operation.rawValue)` does not apply to \(value.kind)",
        hint: operation == .argmax ? "argmax takes a row: `argmax q(start)`" : nil, at: operand.span
      )
    }
  }

  func binary(_ operation: BinaryOperator, _ left: Expression, _ right: Expression)
    throws(ExpressionError) -> ExpressionValue
  {
    switch operation {
    case .and, .or:
      let first = try boolean(left)
      let second = try boolean(right)
      return .boolean(operation == .and ? first && second : first || second)
    case .plus, .minus, .times, .divide:
      let (a, b) = (try number(left), try number(right))
      switch operation {
      case .plus: return .number(a + b)
      case .minus: return .number(a - b)
      case .times: return .number(a * b)
      default:
        guard b != 0 else { throw ExpressionError("division by zero", at: right.span) }
        return .number(a / b)
      }
    case .less, .lessOrEqual, .greater, .greaterOrEqual:
      let (a, b) = (try number(left), try number(right))
      switch operation {
      case .less: return .boolean(a < b)
      case .lessOrEqual: return .boolean(a <= b)
      case .greater: return .boolean(a > b)
      default: return .boolean(a >= b)
      }
    case .equal, .notEqual:
      let equal = try same(
        try evaluate(left), try evaluate(right), at: left.span.lowerBound..<right.span.upperBound)
      return .boolean(operation == .equal ? equal : !equal)
    case .in:
      let (item, collection) = (try evaluate(left), try evaluate(right))
      switch (item, collection) {
      case (.name(let name), .names(let names)): return .boolean(names.contains(name))
      case (.name(let name), .row(let labels, _)): return .boolean(labels.contains(name))
      default:
        throw ExpressionError(
          "`in` asks whether a name is among names, not \(item.kind) among \(collection.kind)",
          hint: "for example `jump in argmax q(start)`",
          at: left.span.lowerBound..<right.span.upperBound)
      }
    }
  }

  /// `==`: numbers exactly, a name and a set when the set is just that name,
  /// two rows when they have the same labels and the same numbers (the Q-values
  /// of two states that look alike through a window).
  private func same(_ a: ExpressionValue, _ b: ExpressionValue, at span: Range<Int>)
    throws(ExpressionError) -> Bool
  {
    switch (a, b) {
    case (.name(let name), .names(let names)), (.names(let names), .name(let name)):
      return names == [name]
    case (.number, .number), (.boolean, .boolean), (.name, .name), (.names, .names), (.row, .row):
      return a == b
    default:
      throw ExpressionError("\(a.kind) cannot equal \(b.kind)", at: span)
    }
  }
}

extension ExpressionValue {
  var isRow: Bool {
    if case .row = self { return true }
    return false
  }
}
