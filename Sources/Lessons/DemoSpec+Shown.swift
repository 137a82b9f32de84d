import MarkdownSyntax

extension DemoSpec {
  /// The body as a reader sees it: the YAML without its `expect:` entry, whose
  /// claims are for `rlbook check` alone.
  public var shownSource: String { shownSource(inEffect: nil) }

  /// The body as a reader sees it after a run with `provenance`: without its
  /// claims, and with each setting the run changed (`--set`, `s`, a nudge) shown
  /// at its value in effect, `gamma: 0.5  # the lesson has 0.95`.
  public func shownSource(inEffect provenance: Provenance?) -> String {
    var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for entry in entries where entry.key != "id" && entry.key != "expect" {
      guard let effective = provenance?[entry.key] else { continue }
      let index = entry.keyRange.start.line - range.start.line - 1
      guard lines.indices.contains(index) else { continue }
      let line = lines[index]
      let written = line.drop { $0 != ":" }.dropFirst().trimmingSpaces
      guard !Self.sameSetting(Self.items(of: entry.value), effective) else { continue }
      let oneLine =
        entry.value.range.start.line == entry.keyRange.start.line
        && entry.value.range.end.line == entry.keyRange.start.line
        && !(entry.value.text ?? "").contains("\n")
      let indent = String(line.prefix { $0 == " " })
      lines[index] =
        oneLine
        ? "\(indent)\(entry.key): \(effective)  # the lesson has \(written)"
        : line + "  # in effect: \(effective)"
    }
    let shown = Self.removingClaims(from: lines, entry: self["expect"], fence: range.start.line)
    return source.hasSuffix("\n") && !shown.hasSuffix("\n") ? shown + "\n" : shown
  }

  /// A value as written, item by item: a list's items, a block's lines (a
  /// map drawn with `|`), or the scalar itself.
  /// The block in one line, for a slide: `mario · q-learning vs reinforce · 6000
  /// episodes`, at the values in effect after a run with `provenance`.
  public func summary(inEffect provenance: Provenance?) -> String {
    func setting(_ key: String) -> [String] {
      if let effective = provenance?[key] { return Self.items(effective) }
      return self[key].map { Self.items(of: $0.value) } ?? []
    }
    var parts = [String]()
    if let environment = setting("env").first { parts.append(environment) }
    let agents = setting("agents") + setting("agent")
    if !agents.isEmpty { parts.append(agents.joined(separator: " vs ")) }
    if let episodes = setting("episodes").first {
      parts.append(episodes + (episodes == "1" ? " episode" : " episodes"))
    }
    return parts.isEmpty ? "rl demo" : parts.joined(separator: " · ")
  }

  private static func items(of value: YAMLValue) -> [String] {
    switch value.kind {
    case .list(let items): return items.map(\.flowText)
    case .scalar(let text, _) where text.contains("\n"):
      return text.split(separator: "\n").map { String($0).trimmingSpaces }
    case .map(let entries): return entries.map { "\($0.key): \($0.value.flowText)" }
    default: return items(value.flowText)
    }
  }

  /// The items of a value as the provenance writes it, without brackets,
  /// braces and quotes: `[64, 64]`, `{"-": -100, "a": 1}`.
  private static func items(_ text: String) -> [String] {
    text.filter { !"[]{}\"".contains($0) }.split(separator: ",").map {
      String($0).trimmingSpaces
    }
  }

  /// Whether a value as written and as the provenance writes it are the same:
  /// item by item, numbers by value (`0.950` is `0.95`).
  private static func sameSetting(_ left: [String], _ effective: String) -> Bool {
    let left = left.map { $0.filter { $0 != "\"" } }
    let right = items(effective)
    guard left.count == right.count else { return false }
    return zip(left, right).allSatisfy { a, b in
      if let x = Double(a), let y = Double(b) { return x == y }
      return a == b
    }
  }

  /// `lines` without the `expect:` entry: its key line and the lines after it
  /// that are blank, deeper, or list items at the key's depth.
  private static func removingClaims(from lines: [String], entry: YAMLEntry?, fence: Int)
    -> String
  {
    guard let entry else { return lines.joined(separator: "\n") }
    let first = entry.keyRange.start.line - fence - 1
    guard lines.indices.contains(first) else { return lines.joined(separator: "\n") }
    let indent = lines[first].prefix { $0 == " " }.count
    var end = first + 1
    while end < lines.count {
      let line = lines[end]
      let depth = line.prefix { $0 == " " }.count
      let rest = line.dropFirst(depth)
      guard rest.isEmpty || depth > indent || rest.hasPrefix("-") else { break }
      end += 1
    }
    while end > first + 1, lines[end - 1].allSatisfy({ $0 == " " }), end < lines.count { end -= 1 }
    return (lines[..<first] + lines[end...]).joined(separator: "\n")
  }
}

extension StringProtocol {
  fileprivate var trimmingSpaces: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
