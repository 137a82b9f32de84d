/// Where a chain of names, members and calls starts: `lake` in `lake.v(start)`,
/// `v` in `v(start)`, `left` in `left`.
public struct ChainHead: Hashable, Sendable {
  /// The first name of the chain.
  public var name: String
  /// Where that name is.
  public var span: Range<Int>
  /// Whether a member or a call follows it (`lake.v`, `v(start)`), rather than
  /// it standing alone (`left`).
  public var isFollowed: Bool
}

extension Expression {
  /// The head of every chain in the expression, leftmost first. Inside a chain,
  /// its calls' arguments are not searched: they are read in the chain's scope.
  public var chainHeads: [ChainHead] {
    switch self {
    case .number, .boolean: return []
    case .name(let name, let span): return [ChainHead(name: name, span: span, isFollowed: false)]
    case .member, .call:
      guard var head = chainRoot else { return [] }
      head.isFollowed = true
      return [head]
    case .prefix(_, let operand, _): return operand.chainHeads
    case .binary(_, let left, let right, _): return left.chainHeads + right.chainHeads
    case .approximately(let value, let target, let tolerance, _):
      return value.chainHeads + target.chainHeads + tolerance.chainHeads
    }
  }

  /// The name a member or call chain starts from.
  private var chainRoot: ChainHead? {
    switch self {
    case .name(let name, let span): ChainHead(name: name, span: span, isFollowed: false)
    case .member(let base, _, _), .call(let base, _, _): base.chainRoot
    default: nil
    }
  }

  /// This chain without its first name: `v(start)` for `lake.v(start)`; `nil`
  /// when nothing follows the name, or when this is not a chain.
  public var removingHead: Expression? {
    switch self {
    case .member(.name, let name, let span):
      let length = name.utf8.count
      return .name(name, span: max(span.lowerBound, span.upperBound - length)..<span.upperBound)
    case .member(let base, let name, let span):
      return base.removingHead.map { .member($0, name, span: span) }
    case .call(let callee, let arguments, let span):
      return callee.removingHead.map { .call($0, arguments, span: span) }
    default:
      return nil
    }
  }
}
