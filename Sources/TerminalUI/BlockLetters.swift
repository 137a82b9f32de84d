/// Large letters for titles on a projector: each character drawn 3 columns wide
/// and 5 dots tall, two dots to a line with half blocks (`▀ ▄ █`), so a title
/// takes 3 lines and 4 columns a character; at scale 2, 5 lines and 8 columns.
public enum BlockLetters {
  /// The lines of `text` in block letters, words wrapped to `width` columns;
  /// `nil` when a word does not fit or a character has no glyph.
  ///
  /// At `scale` 2 every dot is a full block two columns wide: five lines a row
  /// of letters, for the back of a large room. Latin letters are drawn as
  /// capitals; Greek ones keep their case (γ is not Γ).
  public static func lines(_ text: String, width: Int, scale: Int = 1) -> [String]? {
    let scale = min(2, max(1, scale))
    let words = capitalized(text).split(separator: " ").map(String.init)
    guard !words.isEmpty else { return nil }
    var rows: [String] = []
    var line = ""
    for word in words {
      let candidate = line.isEmpty ? word : line + " " + word
      if let wide = columns(of: candidate, scale: scale), wide <= width {
        line = candidate
        continue
      }
      guard !line.isEmpty, let wide = columns(of: word, scale: scale), wide <= width,
        let drawn = draw(line, scale: scale)
      else { return nil }
      rows += drawn
      line = word
    }
    guard let wide = columns(of: line, scale: scale), wide <= width,
      let drawn = draw(line, scale: scale)
    else { return nil }
    return rows + drawn
  }

  /// The columns `text` takes in block letters, or `nil` if a character has no glyph.
  public static func columns(of text: String, scale: Int = 1) -> Int? {
    var total = 0
    for character in capitalized(text) {
      guard let glyph = glyphs[character] else { return nil }
      total += (glyph[0].count + 1) * scale
    }
    return max(0, total - scale)
  }

  private static func capitalized(_ text: String) -> String {
    String(text.map { $0.isASCII ? Character($0.uppercased()) : $0 })
  }

  /// One line of text drawn as three lines (five at scale 2), or `nil` if a
  /// character has no glyph.
  private static func draw(_ text: String, scale: Int) -> [String]? {
    var lines = Array(repeating: "", count: scale == 2 ? 5 : 3)
    for (index, character) in text.enumerated() {
      guard let glyph = glyphs[character] else { return nil }
      let dots = glyph.map { row in row.map { $0 == "#" } }
      for line in lines.indices {
        if index > 0 { lines[line] += String(repeating: " ", count: scale) }
        for column in dots[0].indices {
          if scale == 2 {
            lines[line] += dots[line][column] ? "██" : "  "
            continue
          }
          let top = dots[line * 2][column]
          let bottom = line * 2 + 1 < 5 ? dots[line * 2 + 1][column] : false
          lines[line] += top ? (bottom ? "█" : "▀") : (bottom ? "▄" : " ")
        }
      }
    }
    return lines
  }

  /// Each glyph as five rows of dots, three wide (four for `→` and `α`).
  private static let glyphs: [Character: [String]] = [
    "A": [".#.", "#.#", "###", "#.#", "#.#"], "B": ["##.", "#.#", "##.", "#.#", "##."],
    "C": [".##", "#..", "#..", "#..", ".##"], "D": ["##.", "#.#", "#.#", "#.#", "##."],
    "E": ["###", "#..", "##.", "#..", "###"], "F": ["###", "#..", "##.", "#..", "#.."],
    "G": [".##", "#..", "#.#", "#.#", ".##"], "H": ["#.#", "#.#", "###", "#.#", "#.#"],
    "I": ["###", ".#.", ".#.", ".#.", "###"], "J": ["..#", "..#", "..#", "#.#", ".#."],
    "K": ["#.#", "#.#", "##.", "#.#", "#.#"], "L": ["#..", "#..", "#..", "#..", "###"],
    "M": ["#.#", "###", "###", "#.#", "#.#"], "N": ["##.", "#.#", "#.#", "#.#", "#.#"],
    "O": [".#.", "#.#", "#.#", "#.#", ".#."], "P": ["##.", "#.#", "##.", "#..", "#.."],
    "Q": [".#.", "#.#", "#.#", "##.", ".##"], "R": ["##.", "#.#", "##.", "#.#", "#.#"],
    "S": [".##", "#..", ".#.", "..#", "##."], "T": ["###", ".#.", ".#.", ".#.", ".#."],
    "U": ["#.#", "#.#", "#.#", "#.#", "###"], "V": ["#.#", "#.#", "#.#", "#.#", ".#."],
    "W": ["#.#", "#.#", "###", "###", "#.#"], "X": ["#.#", "#.#", ".#.", "#.#", "#.#"],
    "Y": ["#.#", "#.#", ".#.", ".#.", ".#."], "Z": ["###", "..#", ".#.", "#..", "###"],
    "0": ["###", "#.#", "#.#", "#.#", "###"], "1": [".#.", "##.", ".#.", ".#.", "###"],
    "2": ["##.", "..#", ".#.", "#..", "###"], "3": ["##.", "..#", ".#.", "..#", "##."],
    "4": ["#.#", "#.#", "###", "..#", "..#"], "5": ["###", "#..", "##.", "..#", "##."],
    "6": [".##", "#..", "###", "#.#", "###"], "7": ["###", "..#", ".#.", ".#.", ".#."],
    "8": ["###", "#.#", "###", "#.#", "###"], "9": ["###", "#.#", "###", "..#", "##."],
    " ": ["...", "...", "...", "...", "..."], "-": ["...", "...", "###", "...", "..."],
    ".": ["...", "...", "...", "...", ".#."], ",": ["...", "...", "...", ".#.", "#.."],
    ":": ["...", ".#.", "...", ".#.", "..."], "'": [".#.", ".#.", "...", "...", "..."],
    "!": [".#.", ".#.", ".#.", "...", ".#."], "?": ["##.", "..#", ".#.", "...", ".#."],
    "(": [".#.", "#..", "#..", "#..", ".#."], ")": [".#.", "..#", "..#", "..#", ".#."],
    "/": ["..#", "..#", ".#.", "#..", "#.."], "%": ["#.#", "..#", ".#.", "#..", "#.#"],
    "&": [".#.", "#.#", ".#.", "#.#", ".##"], "=": ["...", "###", "...", "###", "..."],
    "+": ["...", ".#.", "###", ".#.", "..."], "→": ["....", "..#.", "####", "..#.", "...."],
    "α": ["....", ".#.#", "#.#.", "#.#.", ".#.#"], "γ": ["...", "#.#", "#.#", ".#.", ".#."],
    "ε": ["...", ".##", "##.", "#..", ".##"],
  ]
}
