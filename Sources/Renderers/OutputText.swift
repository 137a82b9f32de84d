import Lessons

/// Text for the parts of outputs that every text renderer writes the same way.
enum OutputText {
  /// A table cell: a number with its column's decimals, a word, or nothing.
  static func cell(_ cell: OutputTable.Cell, precision: Int) -> String {
    switch cell.value {
    case .number(let value): NumberText.fixed(value, digits: precision)
    case .integer(let value): String(value)
    case .text(let text): text
    case .empty: "–"
    }
  }

  /// A frame's caption: `t=3 · jump · reward +0.1 · so far 100.3 · 61 steps left`
  /// (the rewards collected up to here, not the return G_t still to come).
  static func caption(_ frame: OutputFrames.Frame) -> String {
    var parts = ["t=\(frame.step)"]
    if let action = frame.action { parts.append(action) }
    if let reward = frame.reward {
      parts.append("reward " + (reward >= 0 ? "+" : "") + NumberText.compact(reward))
    }
    parts.append("so far " + NumberText.compact(frame.total))
    if let remaining = frame.timeRemaining { parts.append("\(remaining) steps left") }
    return parts.joined(separator: " · ")
  }

  /// A line with numbers: each number in short form, in parentheses when it is
  /// negative and follows an operator (`0.9 × (−0.5)`), with a true minus sign.
  static func line(_ line: OutputLine) -> String {
    var text = ""
    for part in line.parts {
      switch part {
      case .text(let words): text += words
      case .number(let value):
        let number = NumberText.compact(value)
        let followsOperator = ["+ ", "− ", "× ", "-", "−"].contains { text.hasSuffix($0) }
        let signed = number.hasPrefix("-") ? "−" + number.dropFirst() : number
        text += number.hasPrefix("-") && followsOperator ? "(\(signed))" : signed
      }
    }
    return text
  }
}
