/// Parses the TeX subset rlbook's lessons use into ``MathNode``s.
///
/// Tolerant by design: an unknown command is kept as written (`\foo`), an
/// unbalanced brace closes at the end, so a typo in a formula never hides the
/// rest of the lesson.
public struct TeXParser {
  let scalars: [Character]
  var position = 0
  /// How the cell being parsed ended, inside an environment.
  var cellEnd: CellEnd = .input
  /// The commands and environments read that this parser does not know, in order.
  var unknown: [String] = []

  /// What ends a cell of an environment.
  enum CellEnd {
    /// `&`: the next cell of the row.
    case cell
    /// `\\`: the next row.
    case row
    /// `\end{…}`: the environment.
    case end
    /// The end of the formula, or of the group the environment is in.
    case input
  }

  /// Parses `tex`.
  public static func parse(_ tex: String) -> [MathItem] {
    var parser = TeXParser(Array(tex))
    return parser.parseList(until: nil)
  }

  /// The commands and environments in `tex` that are not understood, each
  /// once, as written (`\\foo`, `\\begin{tikzcd}`): they are shown as source.
  public static func unknownCommands(in tex: String) -> [String] {
    var parser = TeXParser(Array(tex))
    _ = parser.parseList(until: nil)
    var seen: Set<String> = []
    return parser.unknown.filter { seen.insert($0).inserted }
  }

  init(_ characters: [Character]) {
    self.scalars = characters
  }

  var isAtEnd: Bool { position >= scalars.count }

  mutating func skipSpaces() -> Bool {
    var skipped = false
    while !isAtEnd, scalars[position].isWhitespace {
      position += 1
      skipped = true
    }
    return skipped
  }

  mutating func parseList(until terminator: Character?, inCell: Bool = false) -> [MathItem] {
    var items: [MathItem] = []
    cellEnd = .input
    while true {
      let space = skipSpaces()
      guard !isAtEnd else { break }
      let character = scalars[position]
      if let terminator, character == terminator {
        position += 1
        break
      }
      if inCell, let end = endOfCell() {
        cellEnd = end
        break
      }
      if character == "^" || character == "_" {
        position += 1
        let script = parseArgument()
        let base = items.popLast() ?? MathItem(.atom("", .ordinary), spaceBefore: space)
        items.append(attach(script, isSuper: character == "^", to: base))
        continue
      }
      if character == "'" {
        position += 1
        let base = items.popLast() ?? MathItem(.atom("", .ordinary))
        items.append(attach([MathItem(.atom("′", .ordinary))], isSuper: true, to: base))
        continue
      }
      if var item = parseAtom() {
        item.spaceBefore = space || item.spaceBefore
        items.append(item)
      }
    }
    return items
  }

  private func attach(_ script: [MathItem], isSuper: Bool, to base: MathItem) -> MathItem {
    if case .scripts(let inner, let sub, let sup) = base.node {
      if isSuper, sup == nil {
        return MathItem(.scripts(base: inner, sub: sub, sup: script), spaceBefore: base.spaceBefore)
      }
      if !isSuper, sub == nil {
        return MathItem(.scripts(base: inner, sub: script, sup: sup), spaceBefore: base.spaceBefore)
      }
    }
    let bare = MathItem(base.node)
    return MathItem(
      .scripts(base: bare, sub: isSuper ? nil : script, sup: isSuper ? script : nil),
      spaceBefore: base.spaceBefore)
  }

  /// A script or command argument: a braced group or a single token.
  mutating func parseArgument() -> [MathItem] {
    _ = skipSpaces()
    guard !isAtEnd else { return [] }
    if scalars[position] == "{" {
      position += 1
      return parseList(until: "}")
    }
    if scalars[position].isLetter || ("0"..."9").contains(scalars[position]) {
      // One letter or digit only: `x_ij` is x sub i, then j; `\frac16` is 1/6.
      let letter = scalars[position]
      position += 1
      return [MathItem(.atom(String(letter), .ordinary))]
    }
    return parseAtom().map { [$0] } ?? []
  }

  /// The raw text of a braced argument (`\text{…}`), without parsing it.
  mutating func rawArgument() -> String {
    _ = skipSpaces()
    guard !isAtEnd else { return "" }
    guard scalars[position] == "{" else {
      position += 1
      return String(scalars[position - 1])
    }
    position += 1
    var depth = 1
    var text = ""
    while !isAtEnd {
      let character = scalars[position]
      position += 1
      if character == "{" { depth += 1 }
      if character == "}" {
        depth -= 1
        if depth == 0 { break }
      }
      text.append(character)
    }
    return text
  }

  private mutating func parseAtom() -> MathItem? {
    let character = scalars[position]
    position += 1
    switch character {
    case "\\":
      return parseCommand()
    case "{":
      return MathItem(.group(parseList(until: "}")))
    case "}":
      return nil
    case "&":
      return MathItem(.atom(" ", .ordinary))
    case _ where character.isLetter:
      var word = String(character)
      while !isAtEnd, scalars[position].isLetter, scalars[position].isASCII == character.isASCII {
        word.append(scalars[position])
        position += 1
      }
      return MathItem(wordNode(word))
    case _ where character.isNumber:
      var number = String(character)
      while !isAtEnd, scalars[position].isNumber || scalars[position] == "." {
        if scalars[position] == ".",
          !(position + 1 < scalars.count && scalars[position + 1].isNumber)
        {
          break
        }
        number.append(scalars[position])
        position += 1
      }
      return MathItem(.atom(number, .ordinary))
    default:
      return MathItem(.atom(String(character), Self.characterClass(character)))
    }
  }

  private func wordNode(_ word: String) -> MathNode {
    if let (symbol, mathClass) = TeXSymbols.plainWords[word] { return .atom(symbol, mathClass) }
    if word.count > 1, TeXSymbols.operatorNames.contains(word) { return .atom(word, .operatorName) }
    return .atom(word, .ordinary)
  }

  static func characterClass(_ character: Character) -> MathClass {
    switch character {
    case "+", "-", "−", "*", "/", "×", "·": .binary
    case "=", "<", ">", "≤", "≥", "≠", "←", "→", "∈", ":": .relation
    case "(", "[": .opening
    case ")", "]": .closing
    case ",", ";": .punctuation
    default: .ordinary
    }
  }

  private mutating func parseCommand() -> MathItem? {
    guard !isAtEnd else { return MathItem(.atom("\\", .ordinary)) }
    var name = String(scalars[position])
    position += 1
    if name.first!.isLetter {
      while !isAtEnd, scalars[position].isLetter {
        name.append(scalars[position])
        position += 1
      }
      _ = skipSpaces()  // TeX: spaces after a control word are not text.
    }
    return command(named: name)
  }

  private mutating func command(named name: String) -> MathItem? {
    if let symbol = TeXSymbols.greek[name] ?? TeXSymbols.ordinaries[name] {
      return MathItem(.atom(symbol, .ordinary))
    }
    if let symbol = TeXSymbols.relations[name] { return MathItem(.atom(symbol, .relation)) }
    if let symbol = TeXSymbols.binaries[name] { return MathItem(.atom(symbol, .binary)) }
    if let (symbol, mathClass) = TeXSymbols.delimiters[name] {
      return MathItem(.atom(symbol, mathClass))
    }
    if let symbol = TeXSymbols.largeOperators[name] {
      return MathItem(.atom(symbol, .largeOperator))
    }
    if let space = TeXSymbols.spaces[name] { return MathItem(.atom(space, .ordinary)) }
    if let accent = TeXSymbols.accents[name] { return MathItem(.accent(parseArgument(), accent)) }
    if TeXSymbols.sizing.contains(name) {
      _ = skipSpaces()
      if !isAtEnd, scalars[position] == "." { position += 1 }
      if name == "middle", !isAtEnd, var bar = parseAtom() {
        // A delimiter in the middle of a pair spaces like a relation: ⟨a | b⟩.
        if case .atom(let symbol, _) = bar.node { bar.node = .atom(symbol, .relation) }
        return bar
      }
      return nil
    }
    if name == "arg", let next = peekCommand(), next == "max" || next == "min" {
      _ = skipSpaces()
      position += 1 + next.count
      _ = skipSpaces()
      return MathItem(.atom("arg" + next, .operatorName))
    }
    if TeXSymbols.operatorNames.contains(name) { return MathItem(.atom(name, .operatorName)) }
    switch name {
    case "frac", "dfrac", "tfrac":
      let numerator = parseArgument()
      return MathItem(.fraction(numerator, parseArgument()))
    case "sqrt":
      return MathItem(.root(parseArgument()))
    case "text", "textrm", "textit", "textbf", "textsf", "texttt", "mbox":
      return MathItem(.text(rawArgument()))
    case "operatorname":
      return MathItem(.atom(rawArgument(), .operatorName))
    case "mathrm", "mathit", "mathbf", "mathsf", "mathtt", "boldsymbol", "bm", "pmb":
      // Unicode has no upright or bold for every symbol: the argument is kept as math.
      return MathItem(.group(parseArgument()))
    case "mathbb":
      return MathItem(.atom(TeXSymbols.doubleStruck(rawArgument()), .ordinary))
    case "mathcal", "mathscr":
      return MathItem(.atom(TeXSymbols.script(rawArgument()), .ordinary))
    case "\\":
      return MathItem(.atom("\n", .ordinary))
    case "{", "}", "%", "$", "&", "#", "_":
      return MathItem(.atom(name, name == "{" ? .opening : name == "}" ? .closing : .ordinary))
    default:
      if let item = structure(named: name) { return item }
      unknown.append("\\" + name)
      return MathItem(.atom("\\" + name, .operatorName))
    }
  }

  private func peekCommand() -> String? {
    var index = position
    while index < scalars.count, scalars[index].isWhitespace { index += 1 }
    guard index < scalars.count, scalars[index] == "\\" else { return nil }
    index += 1
    var name = ""
    while index < scalars.count, scalars[index].isLetter {
      name.append(scalars[index])
      index += 1
    }
    return name
  }
}
