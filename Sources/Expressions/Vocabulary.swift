/// The names the language gives a meaning of its own, which no demo id may take.
public enum Vocabulary {
  /// What a demo's results are read through: `q(s, a)`, `pi(s, a)`, `v(s)`, the
  /// learning `curve`, the greedy `path`, `rms` error and the `returns` view's values.
  public static let builtIns: Set<String> = ["q", "pi", "v", "curve", "path", "rms", "returns"]

  /// Why `name` cannot be a demo's id, if it cannot: a keyword, a built-in, the
  /// form `demo1` that numbers demos without ids, or not a name at all.
  public static func problem(withID name: String) -> String? {
    if Keyword(rawValue: name) != nil || builtIns.contains(name) {
      return "`\(name)` means something in expressions, so it cannot be a demo's id"
    }
    guard isName(name) else {
      return
        "`\(name)` is not a name: use letters, digits and `-` between them (`lake`, `cliff-walk`)"
    }
    if isDemoNumber(name) {
      return "`\(name)` is how demos without ids are numbered, so it cannot be an id"
    }
    return nil
  }

  /// Whether `name` is `demo` and a number from 1 (`demo3`).
  public static func isDemoNumber(_ name: String) -> Bool {
    demoNumber(name) != nil
  }

  /// The number in `demo3` (3), if `name` has that form.
  public static func demoNumber(_ name: String) -> Int? {
    guard name.hasPrefix("demo"), let number = Int(name.dropFirst(4)), number >= 1,
      String(number) == name.dropFirst(4)
    else { return nil }
    return number
  }

  /// Whether the lexer reads `text` as one name.
  public static func isName(_ text: String) -> Bool {
    guard let tokens = try? Lexer(text).tokens(), tokens.count == 2,
      case .name(let name) = tokens[0].kind
    else { return false }
    return name == text
  }
}
