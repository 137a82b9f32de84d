import Foundation

/// HTML reduced to what it means, so that two renderers' pages can be
/// compared: tags with their attributes (values decoded, sorted), and text
/// with entities decoded and white space collapsed (kept inside `<pre>`).
///
/// rlbook's own additions are left out: heading anchors and ids, the wrapper
/// around tables, and a table cell's `style="text-align:…"` is read as
/// cmark-gfm's `align`; URLs are compared percent-decoded. These are the
/// deliberate differences of rlbook's HTML from cmark-gfm's.
public enum HTMLShape {
  /// The tokens of `html`, one per line: `<tag a="1">`, `</tag>`, or text.
  public static func of(_ html: String) -> String {
    var tokens: [String] = []
    var text = ""
    var preDepth = 0
    var skippedDivs: [Bool] = []
    var skippingAnchor = false
    func flushText() {
      let decoded = decode(text)
      text = ""
      let shown = preDepth > 0 ? decoded : collapsed(decoded)
      if !shown.isEmpty, !skippingAnchor { tokens.append(shown) }
    }
    var index = html.startIndex
    while index < html.endIndex {
      guard html[index] == "<", let close = tagEnd(in: html, from: index) else {
        text.append(html[index])
        index = html.index(after: index)
        continue
      }
      let raw = String(html[html.index(after: index)..<close])
      index = html.index(after: close)
      guard let tag = Tag(raw) else {
        text += "<" + raw + ">"
        continue
      }
      flushText()
      if tag.name == "a", tag.attributes["class"] == "anchor" {
        skippingAnchor = true
        continue
      }
      if skippingAnchor, tag.isClosing, tag.name == "a" {
        skippingAnchor = false
        continue
      }
      if tag.name == "div" {
        if tag.isClosing {
          if skippedDivs.popLast() == true { continue }
        } else {
          let isWrapper = tag.attributes["class"] == "table"
          skippedDivs.append(isWrapper)
          if isWrapper { continue }
        }
      }
      if tag.name == "pre" { preDepth += tag.isClosing ? -1 : 1 }
      tokens.append(tag.description)
    }
    flushText()
    return tokens.joined(separator: "\n")
  }

  private static func tagEnd(in html: String, from start: String.Index) -> String.Index? {
    var quote: Character?
    var index = html.index(after: start)
    while index < html.endIndex {
      let character = html[index]
      if let open = quote {
        if character == open { quote = nil }
      } else if character == "\"" || character == "'" {
        quote = character
      } else if character == ">" {
        return index
      } else if character == "<" {
        return nil
      }
      index = html.index(after: index)
    }
    return nil
  }

  private struct Tag: CustomStringConvertible {
    var name: String
    var isClosing: Bool
    var attributes: [String: String] = [:]

    init?(_ raw: String) {
      var body = Substring(raw)
      isClosing = body.hasPrefix("/")
      if isClosing { body = body.dropFirst() }
      if body.hasSuffix("/") { body = body.dropLast() }
      let name = body.prefix { $0.isLetter || $0.isNumber }
      guard let first = name.first, first.isLetter else { return nil }
      self.name = name.lowercased()
      var rest = body.dropFirst(name.count)
      while true {
        rest = rest.drop { $0.isWhitespace }
        let key = rest.prefix { !$0.isWhitespace && $0 != "=" }
        guard !key.isEmpty else { break }
        rest = rest.dropFirst(key.count).drop { $0.isWhitespace }
        var value = ""
        if rest.first == "=" {
          rest = rest.dropFirst().drop { $0.isWhitespace }
          if let quote = rest.first, quote == "\"" || quote == "'" {
            let inner = rest.dropFirst().prefix { $0 != quote }
            value = String(inner)
            rest = rest.dropFirst(inner.count + 2)
          } else {
            let inner = rest.prefix { !$0.isWhitespace }
            value = String(inner)
            rest = rest.dropFirst(inner.count)
          }
        }
        attributes[key.lowercased()] = HTMLShape.normalized(
          attribute: key.lowercased(), HTMLShape.decode(value))
      }
      if let style = attributes.removeValue(forKey: "style"), style.hasPrefix("text-align:") {
        attributes["align"] = String(style.dropFirst("text-align:".count))
      }
      if ["h1", "h2", "h3", "h4", "h5", "h6"].contains(self.name) { attributes["id"] = nil }
    }

    var description: String {
      if isClosing { return "</\(name)>" }
      let pairs = attributes.sorted { $0.key < $1.key }.map { " \($0.key)=\"\($0.value)\"" }
      return "<\(name)\(pairs.joined())>"
    }
  }

  static func normalized(attribute: String, _ value: String) -> String {
    switch attribute {
    case "disabled", "checked": return ""
    case "href", "src": return value.removingPercentEncoding ?? value
    default: return value
    }
  }

  static func collapsed(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
  }

  static func decode(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var result = ""
    var index = text.startIndex
    while index < text.endIndex {
      if text[index] == "&", let semicolon = text[index...].firstIndex(of: ";"),
        text.distance(from: index, to: semicolon) <= 10
      {
        let name = text[text.index(after: index)..<semicolon]
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]
        var decoded: String?
        if let value = named[String(name)] {
          decoded = value
        } else if name.hasPrefix("#x") || name.hasPrefix("#X"),
          let code = UInt32(name.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(code)
        {
          decoded = String(Character(scalar))
        } else if name.hasPrefix("#"), let code = UInt32(name.dropFirst()),
          let scalar = Unicode.Scalar(code)
        {
          decoded = String(Character(scalar))
        }
        if let decoded {
          result += decoded
          index = text.index(after: semicolon)
          continue
        }
      }
      result.append(text[index])
      index = text.index(after: index)
    }
    return result
  }
}
