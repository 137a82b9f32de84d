public import MarkdownSyntax

/// A lesson's YAML front matter: the fields rlbook uses, Obsidian's, and any others.
///
/// Unknown fields are kept in ``fields`` and never an error, so notes exported
/// from Obsidian load as they are.
public struct FrontMatter: Hashable, Sendable {
  /// The lesson's title.
  public var title: String?
  /// Where the lesson comes in the book (lower first).
  public var order: Int?
  /// One sentence on what the lesson teaches.
  public var description: String?
  /// Obsidian tags.
  public var tags: [String] = []
  /// Obsidian aliases.
  public var aliases: [String] = []
  /// The lesson's URL slug.
  public var slug: String?
  /// The date, as written.
  public var date: String?
  /// A cover image, as written.
  public var image: String?
  /// Every field, known or not, in source order.
  public var fields: [YAMLEntry] = []
  /// Where the front matter is (from the opening `---` to the closing one).
  public var range: SourceRange?

  /// An empty front matter.
  public init() {}

  /// The field named `key`, if present.
  public subscript(key: String) -> YAMLEntry? {
    fields.first { $0.key == key }
  }

  /// Reads the known fields from `fields`, reporting values of the wrong type.
  mutating func interpretFields() -> [Diagnostic] {
    var problems: [Diagnostic] = []
    func text(_ entry: YAMLEntry) -> String? {
      switch entry.value.kind {
      case .scalar(let text, _): return text
      case .null: return nil
      default:
        problems.append(
          .error(
            "front matter field `\(entry.key)` must be text, not \(entry.value.kindDescription)",
            hint: "write `\(entry.key): some text`", at: entry.value.range))
        return nil
      }
    }
    func list(_ entry: YAMLEntry) -> [String] {
      guard let items = entry.value.items, items.allSatisfy({ $0.text != nil || $0.kind == .null })
      else {
        problems.append(
          .error(
            "front matter field `\(entry.key)` must be a list of text, not \(entry.value.kindDescription)",
            hint: "write `\(entry.key): [first, second]`", at: entry.value.range))
        return []
      }
      return items.compactMap(\.text)
    }
    for entry in fields {
      switch entry.key {
      case "title": title = text(entry)
      case "description": description = text(entry)
      case "slug": slug = text(entry)
      case "date": date = text(entry)
      case "image": image = text(entry)
      case "tags": tags = list(entry)
      case "aliases": aliases = list(entry)
      case "order":
        if entry.value.kind == .null { continue }
        if let value = entry.value.int {
          order = value
        } else {
          problems.append(
            .error(
              "front matter field `order` must be a whole number, not \(entry.value.kindDescription)",
              hint: "lessons are listed by `order`: write `order: 3`", at: entry.value.range))
        }
      default:
        continue
      }
    }
    return problems
  }
}
