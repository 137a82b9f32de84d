/// Text made of runs that each have a style; measured and wrapped in terminal columns.
public struct StyledText: Hashable, Sendable {
  /// One run of text in one style.
  ///
  /// Its text never holds control characters: they are written as visible
  /// escapes (``VisibleText``), so no text shown this way can act on a terminal.
  public struct Run: Hashable, Sendable {
    /// The text.
    public fileprivate(set) var text: String
    /// Its style.
    public var style: TextStyle

    /// Creates a run.
    public init(_ text: String, style: TextStyle = .plain) {
      self.text = VisibleText.escapingControls(text)
      self.style = style
    }
  }

  /// The runs, in order.
  public var runs: [Run]

  /// Creates text from runs.
  public init(_ runs: [Run] = []) {
    self.runs = runs
  }

  /// Creates text of one run.
  public init(_ text: String, style: TextStyle = .plain) {
    self.runs = text.isEmpty ? [] : [Run(text, style: style)]
  }

  /// Appends a run, merging it with the last one when the styles match.
  public mutating func append(_ text: String, style: TextStyle = .plain) {
    guard !text.isEmpty else { return }
    if let last = runs.last, last.style == style {
      runs[runs.count - 1].text += VisibleText.escapingControls(text)
    } else {
      runs.append(Run(text, style: style))
    }
  }

  /// Appends other text.
  public mutating func append(_ other: StyledText) {
    for run in other.runs { append(run.text, style: run.style) }
  }

  /// The text without styles.
  public var plainText: String { runs.map(\.text).joined() }

  /// The width in terminal columns.
  public var width: Int { runs.reduce(0) { $0 + DisplayWidth.of($1.text) } }

  /// The text with every run's style laid over `style`.
  public func styled(_ style: TextStyle) -> StyledText {
    StyledText(runs.map { Run($0.text, style: style.merged(with: $0.style)) })
  }

  /// The text with escape codes when `colors` is on, plain otherwise.
  public func rendered(colors: Bool) -> String {
    guard colors else { return plainText }
    var result = ""
    for run in runs {
      let escape = run.style.escapeSequence
      result += escape.isEmpty ? run.text : escape + run.text + TextStyle.reset
    }
    return result
  }

  /// The text cut to at most `width` columns (whole characters only).
  public func truncated(toWidth width: Int) -> StyledText {
    var result = StyledText()
    var used = 0
    for run in runs {
      var kept = ""
      for character in run.text {
        let characterWidth = DisplayWidth.of(character)
        guard used + characterWidth <= width else {
          if !kept.isEmpty { result.append(kept, style: run.style) }
          return result
        }
        kept.append(character)
        used += characterWidth
      }
      result.append(kept, style: run.style)
    }
    return result
  }

  /// Splits into lines of exactly `width` columns (the last shorter), keeping every
  /// space: for code and drawings, where spaces line things up.
  public func cut(width: Int) -> [StyledText] {
    let width = max(width, 1)
    var lines: [StyledText] = []
    var line = StyledText()
    var used = 0
    for run in runs {
      for character in run.text {
        let characterWidth = DisplayWidth.of(character)
        if used + characterWidth > width, used > 0 {
          lines.append(line)
          line = StyledText()
          used = 0
        }
        line.append(String(character), style: run.style)
        used += characterWidth
      }
    }
    return lines + [line]
  }

  /// Splits into lines no wider than `width` columns, breaking at spaces where it can.
  ///
  /// Explicit newlines always break. A word wider than the line is cut. A word
  /// may span several runs (`a` in italics then `,`): it is never split between them.
  public func wrapped(width: Int) -> [StyledText] {
    let width = max(width, 1)
    var lines: [StyledText] = []
    var line = StyledText()
    var lineWidth = 0
    var pendingSpace: TextStyle?
    var word = StyledText()
    var wordWidth = 0

    func breakLine() {
      lines.append(line)
      line = StyledText()
      lineWidth = 0
      pendingSpace = nil
    }
    func flushWord() {
      guard !word.runs.isEmpty else { return }
      let spaceWidth = pendingSpace == nil || lineWidth == 0 ? 0 : 1
      if lineWidth > 0, lineWidth + spaceWidth + wordWidth > width { breakLine() }
      if let space = pendingSpace, lineWidth > 0 {
        line.append(" ", style: space)
        lineWidth += 1
      }
      pendingSpace = nil
      for run in word.runs {
        for character in run.text {
          let characterWidth = DisplayWidth.of(character)
          if lineWidth + characterWidth > width, lineWidth > 0 { breakLine() }
          line.append(String(character), style: run.style)
          lineWidth += characterWidth
        }
      }
      word = StyledText()
      wordWidth = 0
    }
    for run in runs {
      for character in run.text {
        switch character {
        case "\n":
          flushWord()
          breakLine()
        case " ":
          flushWord()
          if lineWidth > 0 { pendingSpace = run.style }
        default:
          word.append(String(character), style: run.style)
          wordWidth += DisplayWidth.of(character)
        }
      }
    }
    flushWord()
    if !line.runs.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }
}

extension StyledText {
  /// This text with every occurrence of `needle` (ignoring case) in `style` laid
  /// over its own: a search's matches.
  public func highlighting(_ needle: String, style: TextStyle) -> StyledText {
    let wanted = needle.map { $0.lowercased() }
    let characters = runs.flatMap { run in run.text.map { ($0, run.style) } }
    guard !wanted.isEmpty, characters.count >= wanted.count else { return self }
    var marked = [Bool](repeating: false, count: characters.count)
    let lowered = characters.map { $0.0.lowercased() }
    for start in 0...(characters.count - wanted.count)
    where lowered[start..<(start + wanted.count)].elementsEqual(wanted) {
      for index in start..<(start + wanted.count) { marked[index] = true }
    }
    guard marked.contains(true) else { return self }
    var text = StyledText()
    for (index, (character, own)) in characters.enumerated() {
      text.append(String(character), style: marked[index] ? own.merged(with: style) : own)
    }
    return text
  }
}
