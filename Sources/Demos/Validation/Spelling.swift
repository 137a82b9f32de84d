/// Nearest-spelling suggestions for names a lesson got wrong (`gama` → `gamma`).
enum Spelling {
  /// The candidate closest to `word`, if it is close enough to be a likely typo.
  static func nearest(to word: String, in candidates: [String]) -> String? {
    let word = word.lowercased()
    let scored = candidates.map { ($0, distance(word, $0.lowercased())) }
    guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
    let allowed = max(1, min(3, best.0.count / 3))
    if best.1 <= allowed { return best.0 }
    // A prefix or a word the candidate contains (`q` → `q-learning`, `learning` → `q-learning`).
    return candidates.first { $0.hasPrefix(word) && word.count >= 2 }
      ?? candidates.first { word.count >= 4 && $0.contains(word) }
  }

  /// The Damerau–Levenshtein distance (adjacent swaps count as one edit).
  static func distance(_ lhs: String, _ rhs: String) -> Int {
    let a = Array(lhs)
    let b = Array(rhs)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], previous2[j - 2] + 1)
        }
      }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
  }

  /// "did you mean `gamma`?", or nothing.
  static func suggestion(for word: String, in candidates: [String]) -> String? {
    nearest(to: word, in: candidates).map { "did you mean `\($0)`?" }
  }
}

extension Array where Element == String? {
  /// Hint sentences joined: "did you mean `gamma`? This demo accepts …".
  var hintText: String {
    var text = ""
    for part in compactMap({ $0 }) where !part.isEmpty {
      if text.isEmpty {
        text = part
      } else if text.hasSuffix("?") {
        text += " " + part.prefix(1).uppercased() + part.dropFirst()
      } else {
        text += "; " + part
      }
    }
    return text
  }
}
