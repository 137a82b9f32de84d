public import TerminalUI

/// Lays out one screen of the presenter: a slide between margins, big enough for a
/// room, and a footer with a message on the left and the slide and clock on the right.
///
/// The presenter's counterpart of ``PageLayout``: a pure function of its inputs,
/// tested at any size without a terminal.
public struct SlideLayout: Sendable {
  /// The screen's width in columns.
  public var width: Int
  /// The screen's height in lines.
  public var height: Int

  /// A layout for a screen of `width` × `height`.
  public init(width: Int, height: Int) {
    self.width = max(1, width)
    self.height = max(1, height)
  }

  /// The widest a slide's text runs, in columns: a measure the back of a room
  /// can follow from line to line.
  public static let measure = 88

  /// The columns left blank at least on each side: a twelfth of the width, at least 2.
  public var sideMargin: Int { max(2, width / 12) }
  /// The columns before a slide's text: its measure is centred on the screen.
  public var margin: Int { max(sideMargin, (width - contentWidth) / 2) }
  /// The columns a slide's text is wrapped to: the screen less its side margins,
  /// at most ``measure``.
  public var contentWidth: Int { max(20, min(Self.measure, width - 2 * sideMargin)) }
  /// The columns a slide's heading may take: from the text's margin to the side margin.
  public var headingWidth: Int { max(contentWidth, width - margin - sideMargin) }
  /// The columns before the title slide's lines, which may use the whole width.
  public var titleIndent: Int { sideMargin }
  /// The lines between the top margin and the footer.
  public var bodyHeight: Int { max(3, height - 3) }

  /// How far a slide of these lines can scroll.
  public func overflow(of body: [StyledText]) -> Int { max(0, body.count - bodyHeight) }

  /// A heading in block letters when it fits, else in bold capitals. On a
  /// screen 40 lines or taller the letters are twice the size (five lines a
  /// row) when they take at most two rows.
  public func headingLines(_ text: String) -> [StyledText] {
    headingLines(text, width: headingWidth)
  }

  private func headingLines(_ text: String, width: Int) -> [StyledText] {
    let style = TextStyle(bold: true, color: .yellow)
    if height >= 40, let big = BlockLetters.lines(text, width: width, scale: 2), big.count <= 10 {
      return big.map { StyledText($0, style: style) }
    }
    guard let letters = BlockLetters.lines(text, width: width) else {
      return StyledText(text.uppercased(), style: style).wrapped(width: contentWidth)
    }
    return letters.map { StyledText($0, style: style) }
  }

  /// The lesson's title slide, centred vertically.
  /// Its lines go after ``titleIndent`` columns, not the text's margin.
  public func titleLines(title: String, description: String?, slideCount: Int) -> [StyledText] {
    var lines = headingLines(title, width: width - 2 * sideMargin) + [StyledText()]
    if let description {
      lines += StyledText(description, style: TextStyle(bold: true)).wrapped(width: contentWidth)
      lines.append(StyledText())
    }
    lines.append(
      StyledText(
        "\(slideCount) slides · → to begin · ? for the keys", style: TextStyle(dim: true)))
    let top = max(0, (bodyHeight - lines.count) / 2)
    return Array(repeating: StyledText(), count: top) + lines
  }

  /// The keys, as `?` shows them.
  public func helpLines() -> [StyledText] {
    [StyledText("KEYS", style: TextStyle(bold: true, color: .yellow)), StyledText()]
      + PresenterState.keys.map { keys, meaning in
        var line = StyledText(
          keys + String(repeating: " ", count: max(2, 18 - keys.count)),
          style: TextStyle(bold: true))
        line.append(meaning)
        return line
      }
  }

  /// The big progress panel shown while a demo trains: the percentage in block
  /// letters, a thick bar, and a caption.
  public func trainingPanel(fraction: Double, caption: String) -> [StyledText] {
    let width = contentWidth
    let filled = min(width, max(0, Int((fraction * Double(width)).rounded())))
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    let percent = "\(Int((fraction * 100).rounded()))%"
    let big = BlockLetters.lines(percent, width: width) ?? [percent]
    let green = TextStyle(color: .green)
    return [StyledText()] + big.map { StyledText($0, style: TextStyle(bold: true, color: .green)) }
      + [StyledText(bar, style: green), StyledText(bar, style: green)]
      + [StyledText(caption, style: TextStyle(bold: true))]
  }

  /// Exactly `height` lines, none wider than `width`: a blank line, the visible part
  /// of `body` (with `panel` over its end, if training) after `indent` columns
  /// (the margin unless given), a blank line and the footer. A slide with more
  /// below says so in the footer: `more ↓`.
  public func screen(
    body: [StyledText], panel: [StyledText]? = nil, scroll: Int, message: String,
    position: String, indent: Int? = nil
  ) -> [StyledText] {
    var body = body
    if let panel { body = Array(body.prefix(max(0, bodyHeight - panel.count))) + panel }
    let start = min(max(0, scroll), max(0, body.count - bodyHeight))
    var visible = Array(body.dropFirst(start).prefix(bodyHeight))
    let isMoreBelow = start + visible.count < body.count
    visible += Array(repeating: StyledText(), count: bodyHeight - visible.count)
    let indent = String(repeating: " ", count: indent ?? margin)
    var lines = [StyledText()]
    lines += visible.map { line in
      var indented = StyledText(indent)
      indented.append(line)
      return indented.truncated(toWidth: width)
    }
    lines += [
      StyledText(),
      footer(message: message, position: (isMoreBelow ? "more ↓   " : "") + position),
    ]
    return Array(lines.suffix(height))
  }

  /// The message on the left, in yellow; the position on the right.
  private func footer(message: String, position: String) -> StyledText {
    let room = max(0, width - margin - position.count - 2)
    var line = StyledText(String(repeating: " ", count: margin))
    let shown = StyledText(message, style: TextStyle(bold: true, color: .yellow)).truncated(
      toWidth: room)
    line.append(shown)
    line.append(
      String(repeating: " ", count: max(1, width - margin - shown.width - position.count - 1)))
    line.append(StyledText(position, style: TextStyle(bold: true)))
    return line.truncated(toWidth: width)
  }
}
