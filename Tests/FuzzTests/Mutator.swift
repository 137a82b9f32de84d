import RLBookTestSupport

/// Deterministic mutations of a lesson's bytes, in the ways authors and attackers damage files.
struct Mutator {
  typealias Generator = SplitMix64

  /// The kinds of damage, each a function of the bytes and a generator.
  static let mutations: [(name: String, apply: @Sendable ([UInt8], inout Generator) -> [UInt8])] = [
    (
      "byte flip",
      { bytes, random in
        replaceByte(bytes, &random) { _, random in UInt8.random(in: 0...255, using: &random) }
      }
    ),
    (
      "bit flip",
      { bytes, random in
        replaceByte(bytes, &random) { byte, random in
          byte ^ (1 << UInt8.random(in: 0...7, using: &random))
        }
      }
    ),
    (
      "line deletion",
      { bytes, random in editLines(bytes, &random) { lines, index, _ in lines.remove(at: index) } }
    ),
    (
      "line duplication",
      { bytes, random in
        editLines(bytes, &random) { lines, index, random in
          lines.insert(
            contentsOf: Array(
              repeating: lines[index], count: Int.random(in: 1...50, using: &random)), at: index)
        }
      }
    ),
    (
      "truncation",
      { bytes, random in Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &random))) }
    ),
    (
      "unicode",
      { bytes, random in insert(strange.randomElement(using: &random)!, into: bytes, &random) }
    ),
    (
      "invalid UTF-8",
      { bytes, random in
        insert(
          [[0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80]]
            .randomElement(using: &random)!, into: bytes, &random)
      }
    ),
    (
      "line endings",
      { bytes, random in
        let ending: [UInt8] = Bool.random(using: &random) ? [0x0D] : [0x0D, 0x0A]
        return bytes.flatMap { $0 == 0x0A ? ending : [$0] }
      }
    ),
    ("byte order mark", { bytes, _ in [0xEF, 0xBB, 0xBF] + bytes }),
    (
      "unclosed fence",
      { bytes, random in
        insert(
          Array(
            ["\n```rl\nenv: cliff\n", "\n~~~\n", "\n```\n", "\n$$\n"].randomElement(using: &random)!
              .utf8), into: bytes, &random)
      }
    ),
    (
      "deep nesting",
      { bytes, random in
        let depth = Int.random(in: 20...400, using: &random)
        let prefix = ["> ", "- ", ">", "1. ", "  - "].randomElement(using: &random)!
        let tail = [
          "[!tip] deep", "---", "text", "| a | b |\n| - | - |", "```rl\nenv: cliff\n```", "$$x$$",
        ].randomElement(using: &random)!
        let line = String(repeating: prefix, count: depth) + tail
        return insert(Array(("\n" + line + "\n").utf8), into: bytes, &random)
      }
    ),
    (
      "long line",
      { bytes, random in
        let piece = ["a", "|", "$", "*", "[", "`", "<", "&#", "\\", "é"].randomElement(
          using: &random)!
        return insert(
          Array(
            String(repeating: piece, count: Int.random(in: 1_000...20_000, using: &random)).utf8),
          into: bytes, &random)
      }
    ),
    (
      "YAML bomb",
      { bytes, random in
        var lines = ["a0: &a0 [x, y, z, w, v, u, t, s, r]"]
        for level in 1...9 {
          lines.append(
            "a\(level): &a\(level) ["
              + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        let block =
          Bool.random(using: &random)
          ? "```rl\nenv: cliff\n" + lines.joined(separator: "\n") + "\n```"
          : "---\n" + lines.joined(separator: "\n") + "\n---"
        return Bool.random(using: &random)
          ? Array((block + "\n").utf8) + bytes
          : insert(Array(("\n" + block + "\n").utf8), into: bytes, &random)
      }
    ),
    (
      "extreme value",
      { bytes, random in
        let value = [
          ".nan", ".inf", "-.inf", "1e308", "-1e308", "99999999999999999999", "0", "-1", "[1, 2]",
          "{a: 1}", "\"\"", "[]", "~", "[.nan, .inf, 0, 0]",
        ].randomElement(using: &random)!
        return replaceValue(bytes, with: value, &random)
      }
    ),
  ]

  /// Characters that break naive text handling.
  static let strange: [[UInt8]] = [
    "\u{200F}", "\u{202E}", "\u{2066}", "\u{200B}", "\u{200D}", "\u{0301}\u{0301}\u{0301}",
    "\u{FEFF}",
    "\u{1B}[2J", "\u{1B}]0;x\u{07}", "\u{00}", "\u{7F}", "\u{85}", "\u{9B}", "\r", "\t", "👨‍👩‍👧",
    "\u{E000}1\u{E001}",
    "\u{10FFFF}", "ﷺ", "\u{2028}",
  ].map { Array($0.utf8) }

  private static func replaceByte(
    _ bytes: [UInt8], _ random: inout Generator, _ change: (UInt8, inout Generator) -> UInt8
  ) -> [UInt8] {
    guard !bytes.isEmpty else { return bytes }
    var result = bytes
    for _ in 0..<Int.random(in: 1...8, using: &random) {
      let index = Int.random(in: 0..<result.count, using: &random)
      result[index] = change(result[index], &random)
    }
    return result
  }

  private static func insert(_ piece: [UInt8], into bytes: [UInt8], _ random: inout Generator)
    -> [UInt8]
  {
    var result = bytes
    result.insert(contentsOf: piece, at: Int.random(in: 0...result.count, using: &random))
    return result
  }

  private static func editLines(
    _ bytes: [UInt8], _ random: inout Generator,
    _ edit: (inout [ArraySlice<UInt8>], Int, inout Generator) -> Void
  ) -> [UInt8] {
    var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
    guard !lines.isEmpty else { return bytes }
    for _ in 0..<Int.random(in: 1...4, using: &random) where !lines.isEmpty {
      edit(&lines, Int.random(in: 0..<lines.count, using: &random), &random)
    }
    return Array(lines.joined(separator: [0x0A]))
  }

  /// Replaces the value after a random `key: ` with `value`.
  private static func replaceValue(_ bytes: [UInt8], with value: String, _ random: inout Generator)
    -> [UInt8]
  {
    var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    let keyed = lines.indices.filter { index in
      let text = String(decoding: lines[index], as: UTF8.self)
      return text.contains(": ") && !text.hasPrefix(" ") && !text.hasPrefix("|")
    }
    guard let index = keyed.randomElement(using: &random) else { return bytes }
    let text = String(decoding: lines[index], as: UTF8.self)
    let key = text.prefix { $0 != ":" }
    lines[index] = Array((key + ": " + value).utf8)
    return Array(lines.joined(separator: [0x0A]))
  }

  /// The `index`th mutant of `seeds` (each a lesson's bytes): one to three mutations of one seed.
  static func mutant(_ index: Int, of seeds: [[UInt8]]) -> (bytes: [UInt8], description: String) {
    var random = Generator(seed: UInt64(index) &* 0x2545_F491_4F6C_DD1D &+ 1)
    let seed = Int.random(in: 0..<seeds.count, using: &random)
    var bytes = seeds[seed]
    var names: [String] = []
    for _ in 0..<Int.random(in: 1...3, using: &random) {
      let mutation = mutations.randomElement(using: &random)!
      bytes = mutation.apply(bytes, &random)
      names.append(mutation.name)
    }
    return (bytes, "mutant \(index) (seed file \(seed), \(names.joined(separator: ", ")))")
  }
}
