/// Finds YAML aliases (`*name`) before the text reaches the YAML library.
///
/// Anchors and aliases let a few lines stand for billions of values (nine
/// levels of `[*a, *a, …]`), and expanding them hangs whatever reads the
/// result, so lessons may not use aliases at all: front matter and `rl`
/// blocks are short maps that never need them. The scan follows what YAML
/// says an alias is: a `*` where a node begins (at the start of a line's
/// content, or after `-`, `?`, `:`, `[`, `{` or `,`), outside quotes,
/// comments and block scalars (`|`, `>`). A `*` inside plain text (`2 * 3`,
/// `a *b`) is text. The reader also counts the values it builds, so a missed
/// alias cannot expand far either.
enum YAMLAliasScan {
  /// The 1-based line and Unicode-scalar column of the first alias, if there is one.
  static func firstAlias(in yaml: String) -> (line: Int, column: Int)? {
    var quote: Unicode.Scalar?
    var blockParent: Int?  // the block scalar's parent indentation, while inside one
    let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, line) in lines.enumerated() {
      let scalars = Array(line.unicodeScalars)
      let indentation = scalars.prefix { $0 == " " }.count
      if let parent = blockParent {
        let isBlank = scalars.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
        if isBlank || indentation > parent { continue }
        blockParent = nil
      }
      var previous: Unicode.Scalar? = nil  // the last character that is not a space
      var position = 0
      var dashColumn: Int?
      var contentStart: Int?
      while position < scalars.count {
        let character = scalars[position]
        if let open = quote {
          if character == "\\" && open == "\"" {
            position += 2
            continue
          }
          if character == open {
            if open == "'", position + 1 < scalars.count, scalars[position + 1] == "'" {
              position += 2
              continue
            }
            quote = nil
            previous = character
          }
          position += 1
          continue
        }
        if character == " " || character == "\t" || character == "\r" {
          position += 1
          continue
        }
        let atNodeStart = previous.map { "-?:[{,".unicodeScalars.contains($0) } ?? true
        let spaceBefore =
          position == 0 || scalars[position - 1] == " " || scalars[position - 1] == "\t"
        if character == "#", spaceBefore { break }
        if atNodeStart {
          if character == "*", position + 1 < scalars.count, scalars[position + 1] != " " {
            return (index + 1, position + 1)
          }
          if character == "\"" || character == "'" {
            quote = character
            position += 1
            continue
          }
          if character == "-",
            position + 1 == scalars.count || scalars[position + 1] == " "
          {
            dashColumn = position
          } else if contentStart == nil {
            contentStart = position
          }
          if character == "|" || character == ">", isBlockIndicator(scalars[position...]) {
            // `- |` belongs to the sequence; `key: |` and `- key: |` to the key's mapping.
            blockParent = contentStart == position ? (dashColumn ?? indentation) : contentStart!
            break
          }
        } else if contentStart == nil {
          contentStart = position
        }
        previous = character
        position += 1
      }
    }
    return nil
  }

  /// Whether `|` or `>` here opens a block scalar: only indicators, spaces and a comment follow.
  private static func isBlockIndicator(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
    var tail = rest.dropFirst()
    while let next = tail.first, next == "-" || next == "+" || ("1"..."9").contains(next) {
      tail = tail.dropFirst()
    }
    while let next = tail.first, next == " " || next == "\t" || next == "\r" {
      tail = tail.dropFirst()
    }
    return tail.isEmpty || (tail.first == "#" && tail.count < rest.count - 1)
  }
}
