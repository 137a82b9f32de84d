/// Large letters for titles on a projector: each character drawn 3 columns wide
/// and 5 dots tall, two dots to a line with half blocks (`▀ ▄ █`), so a title
/// takes 3 lines and 4 columns a character.
public enum BlockLetters {
  /// The lines of `text` in block letters, words wrapped to `width` columns;
  /// `nil` when a word does not fit or a character has no glyph.
  public static func lines(_ text: String, width: Int) -> [String]? {
    let words = text.uppercased().split(separator: " ").map(String.init)
    guard !words.isEmpty else { return nil }
    var rows: [String] = []
    var line = ""
    for word in words {
      let candidate = line.isEmpty ? word : line + " " + word
      if columns(of: candidate) <= width {
        line = candidate
        continue
      }
      guard !line.isEmpty, columns(of: word) <= width, let drawn = draw(line) else { return nil }
      rows += drawn
      line = word
    }
    guard columns(of: line) <= width, let drawn = draw(line) else { return nil }
    return rows + drawn
  }

  /// The columns `text` takes in block letters.
  public static func columns(of text: String) -> Int { max(0, text.count * 4 - 1) }

  /// One line of text drawn as three lines, or `nil` if a character has no glyph.
  private static func draw(_ text: String) -> [String]? {
    var lines = ["", "", ""]
    for (index, character) in text.enumerated() {
      guard let glyph = glyphs[character] else { return nil }
      let dots = glyph.map { row in row.map { $0 == "#" } }
      for line in 0..<3 {
        if index > 0 { lines[line] += " " }
        for column in 0..<3 {
          let top = dots[line * 2][column]
          let bottom = line * 2 + 1 < 5 ? dots[line * 2 + 1][column] : false
          lines[line] += top ? (bottom ? "█" : "▀") : (bottom ? "▄" : " ")
        }
      }
    }
    return lines
  }

  /// Each glyph as five rows of three dots.
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
    "&": [".#.", "#.#", ".#.", "#.#", ".##"],
  ]
}
