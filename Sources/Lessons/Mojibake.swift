public import MarkdownSyntax

/// Finds and repairs text that was UTF-8, read as Mac Roman or Windows-1252, and saved again.
///
/// The notes were exported through such a round trip: `←` became `‚Üê`, `’`
/// became `‚Äô`, `💡` became `üí°`. A run of characters is mojibake when
/// each maps to one byte of the legacy encoding and those bytes decode cleanly
/// as UTF-8 to characters that text plausibly holds (Latin letters,
/// punctuation, arrows and symbols, emoji), so real accented text is left alone.
public enum Mojibake {
  /// One damaged run of text.
  public struct Finding: Hashable, Sendable {
    /// Where the run is.
    public var range: SourceRange
    /// The run as it stands (`‚Üê`).
    public var damaged: String
    /// What it was meant to be (`←`).
    public var repaired: String
    /// The legacy encoding the text went through.
    public var encoding: Encoding
  }

  /// A legacy single-byte encoding.
  public enum Encoding: String, Hashable, Sendable {
    /// Classic Mac OS Roman.
    case macRoman = "Mac Roman"
    /// Windows code page 1252.
    case windows1252 = "Windows-1252"

    /// The byte each character of the encoding's upper half stands for.
    fileprivate var byteForScalar: [Unicode.Scalar: UInt8] {
      switch self {
      case .macRoman: Mojibake.macRomanBytes
      case .windows1252: Mojibake.windows1252Bytes
      }
    }
  }

  /// Every damaged run in `text`, in order.
  public static func findings(in text: String) -> [Finding] {
    let lines = LineIndex(text)
    var findings: [Finding] = []
    for line in 1...lines.lineCount {
      let lineText = lines.text(ofLine: line)
      guard lineText.unicodeScalars.contains(where: { !$0.isASCII }) else { continue }
      for run in runs(in: lineText) {
        let range = SourceRange(
          line: line, column: run.byteOffset + 1, length: run.damaged.utf8.count)
        findings.append(
          Finding(
            range: range, damaged: run.damaged, repaired: run.repaired, encoding: run.encoding))
      }
    }
    return findings
  }

  /// `text` with every damaged run replaced by what it was meant to be.
  public static func repaired(_ text: String) -> String {
    let found = findings(in: text)
    guard !found.isEmpty else { return text }
    let lines = LineIndex(text)
    var bytes: [UInt8] = []
    var copied = 0
    for finding in found {
      let start = lines.offset(of: finding.range.start)
      bytes.append(contentsOf: lines.bytes[copied..<start])
      bytes.append(contentsOf: finding.repaired.utf8)
      copied = lines.offset(of: finding.range.end)
    }
    bytes.append(contentsOf: lines.bytes[copied...])
    return String(decoding: bytes, as: UTF8.self)
  }

  private struct Run {
    var byteOffset: Int
    var damaged: String
    var repaired: String
    var encoding: Encoding
  }

  private static func runs(in line: String) -> [Run] {
    let scalars = Array(line.unicodeScalars)
    var offsets: [Int] = []
    var offset = 0
    for scalar in scalars {
      offsets.append(offset)
      offset += UTF8.width(scalar)
    }
    var result: [Run] = []
    var index = 0
    while index < scalars.count {
      if let (length, repaired, encoding) = sequence(in: scalars, at: index) {
        var end = index + length
        var text = repaired
        // Adjacent damaged sequences of the same encoding make one run.
        while let (next, more, nextEncoding) = sequence(in: scalars, at: end),
          nextEncoding == encoding
        {
          end += next
          text += more
        }
        var damaged = String.UnicodeScalarView()
        damaged.append(contentsOf: scalars[index..<end])
        result.append(
          Run(
            byteOffset: offsets[index], damaged: String(damaged), repaired: text, encoding: encoding
          ))
        index = end
      } else {
        index += 1
      }
    }
    return result
  }

  /// A damaged UTF-8 sequence starting at `index`: its length in scalars, the repair, the encoding.
  private static func sequence(in scalars: [Unicode.Scalar], at index: Int)
    -> (Int, String, Encoding)?
  {
    for encoding in [Encoding.macRoman, .windows1252] {
      let table = encoding.byteForScalar
      guard index < scalars.count, let lead = table[scalars[index]] else { continue }
      let width: Int
      switch lead {
      case 0xC2...0xDF: width = 2
      case 0xE0...0xEF: width = 3
      case 0xF0...0xF4: width = 4
      default: continue
      }
      guard index + width <= scalars.count else { continue }
      var bytes = [lead]
      for scalar in scalars[index + 1..<index + width] {
        guard let byte = table[scalar], (0x80...0xBF).contains(byte) else { break }
        bytes.append(byte)
      }
      guard bytes.count == width, let decoded = String(validating: bytes, as: UTF8.self),
        let scalar = decoded.unicodeScalars.first, isPlausible(scalar)
      else { continue }
      return (width, decoded, encoding)
    }
    return nil
  }

  /// Whether a repaired character is one that prose plausibly holds.
  private static func isPlausible(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00A0...0x024F, 0x0370...0x03FF, 0x2000...0x2BFF, 0x1F000...0x1FAFF: true
    default: false
    }
  }

  /// Mac Roman's upper half, bytes 0x80 to 0xFF, in order.
  private static let macRomanUpperHalf =
    "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø"
    + "¿¡¬√ƒ≈∆«»…\u{A0}ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\u{F8FF}ÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ"

  /// Windows-1252's bytes 0x80 to 0x9F; five are unassigned (`\u{0}` here).
  private static let windows1252C1 =
    "€\u{0}‚ƒ„…†‡ˆ‰Š‹Œ\u{0}Ž\u{0}\u{0}‘’“”•–—˜™š›œ\u{0}žŸ"

  static let macRomanBytes: [Unicode.Scalar: UInt8] = {
    var table: [Unicode.Scalar: UInt8] = [:]
    for (offset, scalar) in macRomanUpperHalf.unicodeScalars.enumerated() {
      table[scalar] = UInt8(0x80 + offset)
    }
    return table
  }()

  static let windows1252Bytes: [Unicode.Scalar: UInt8] = {
    var table: [Unicode.Scalar: UInt8] = [:]
    for (offset, scalar) in windows1252C1.unicodeScalars.enumerated() where scalar != "\u{0}" {
      table[scalar] = UInt8(0x80 + offset)
    }
    for byte in 0xA0...0xFF {
      table[Unicode.Scalar(UInt8(byte))] = UInt8(byte)
    }
    return table
  }()
}
