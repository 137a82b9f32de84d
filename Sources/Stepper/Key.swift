/// A key press, decoded from the bytes a terminal sends.
public enum Key: Hashable, Sendable {
  /// A printable character (`q`, `g`, `3`, `=`).
  case character(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, escape, backspace, tab
  /// Ctrl-C, Ctrl-D: leave.
  case interrupt
}

/// Turns the bytes of a terminal in raw mode into keys.
///
/// Arrow and page keys arrive as escape sequences (`ESC [ A`); a lone `ESC` is
/// the escape key. Bytes that form no key are dropped.
public struct KeyDecoder: Sendable {
  /// Creates a decoder.
  public init() {}

  /// Every key in `bytes`, in order.
  public func keys(in bytes: [UInt8]) -> [Key] {
    var keys: [Key] = []
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      switch byte {
      case 0x1B:
        guard index < bytes.count, bytes[index] == 0x5B || bytes[index] == 0x4F else {
          keys.append(.escape)
          continue
        }
        var parameter = ""
        var final: UInt8 = 0
        index += 1
        while index < bytes.count {
          let next = bytes[index]
          index += 1
          if (0x30...0x3F).contains(next) {
            parameter.append(Character(UnicodeScalar(next)))
          } else {
            final = next
            break
          }
        }
        if let key = Self.sequence(parameter: parameter, final: final) { keys.append(key) }
      case 0x03, 0x04: keys.append(.interrupt)
      case 0x0D, 0x0A: keys.append(.enter)
      case 0x7F, 0x08: keys.append(.backspace)
      case 0x09: keys.append(.tab)
      case 0x20...0x7E: keys.append(.character(Character(UnicodeScalar(byte))))
      case 0xC0...0xF7:
        // A UTF-8 character: its lead byte says how many bytes follow.
        let count = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : 1
        let end = min(index + count, bytes.count)
        let text = String(decoding: bytes[(index - 1)..<end], as: UTF8.self)
        if let first = text.first, first != "\u{FFFD}" { keys.append(.character(first)) }
        index = end
      default: continue
      }
    }
    return keys
  }

  private static func sequence(parameter: String, final: UInt8) -> Key? {
    switch (parameter, final) {
    case (_, 0x41): .up
    case (_, 0x42): .down
    case (_, 0x43): .right
    case (_, 0x44): .left
    case (_, 0x48), ("1", 0x7E): .home
    case (_, 0x46), ("4", 0x7E): .end
    case ("5", 0x7E): .pageUp
    case ("6", 0x7E): .pageDown
    default: nil
    }
  }
}
