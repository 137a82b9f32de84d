import TerminalUI

/// How a callout kind looks: its icon, its label and its colour.
struct CalloutStyle {
  var icon: String
  var label: String
  var color: TextStyle.Color

  /// The style of an Obsidian callout kind (unknown kinds look like notes).
  init(kind: String) {
    let label = kind.prefix(1).uppercased() + kind.dropFirst()
    switch kind {
    case "tip", "hint", "idea":
      self.init(icon: "💡", label: label, color: .green)
    case "warning", "caution", "attention":
      self.init(icon: "⚠", label: label, color: .yellow)
    case "danger", "error", "failure", "fail", "missing", "bug":
      self.init(icon: "✖", label: label, color: .red)
    case "important":
      self.init(icon: "❗", label: label, color: .magenta)
    case "success", "check", "done":
      self.init(icon: "✔", label: label, color: .green)
    case "question", "help", "faq":
      self.init(icon: "?", label: label, color: .yellow)
    case "example":
      self.init(icon: "▸", label: label, color: .magenta)
    case "quote", "cite":
      self.init(icon: "❝", label: label, color: .white)
    case "abstract", "summary", "tldr":
      self.init(icon: "≡", label: label, color: .cyan)
    case "todo":
      self.init(icon: "☐", label: label, color: .blue)
    default:
      self.init(icon: "ℹ", label: label, color: .blue)
    }
  }

  private init(icon: String, label: String, color: TextStyle.Color) {
    self.icon = icon
    self.label = label
    self.color = color
  }
}
