import Demos
import RLCore
import TerminalUI

/// The text of `rlbook envs` and `rlbook agents`: entries with their settings.
struct RegistryListing {
  let width: Int

  /// One entry: its name and summary, then a line per setting.
  func entry(
    name: String, summary: String, facts: [String], notes: [String] = [],
    settings: [Hyperparameter]
  ) -> [StyledText] {
    var title = StyledText(name, style: TextStyle(bold: true, color: .cyan))
    title.append("  " + summary)
    var lines = title.wrapped(width: width)
    if !facts.isEmpty {
      lines += StyledText("  " + facts.joined(separator: " · "), style: TextStyle(dim: true))
        .wrapped(width: width)
    }
    for note in notes {
      for piece in StyledText(note).wrapped(width: max(20, width - 2)) {
        var line = StyledText("  ")
        line.append(piece)
        lines.append(line)
      }
    }
    lines += self.settings(settings)
    lines.append(StyledText())
    return lines
  }

  /// Two lines per setting: its name and meaning, then its default and values.
  func settings(_ settings: [Hyperparameter]) -> [StyledText] {
    let nameWidth = settings.map(\.name.count).max() ?? 0
    let indent = String(repeating: " ", count: nameWidth + 4)
    let available = max(20, width - indent.count)
    return settings.flatMap { setting in
      let name =
        "  " + setting.name + String(repeating: " ", count: nameWidth - setting.name.count)
        + "  "
      var lines: [StyledText] = []
      for (index, piece) in StyledText(setting.summary).wrapped(width: available).enumerated() {
        var line = StyledText(index == 0 ? name : indent, style: TextStyle(bold: true))
        line.append(piece)
        lines.append(line)
      }
      let values = StyledText(
        "default \(setting.defaultValue) · \(setting.allowedValues)", style: TextStyle(dim: true))
      for piece in values.wrapped(width: available) {
        var line = StyledText(indent)
        line.append(piece)
        lines.append(line)
      }
      return lines
    }
  }
}
