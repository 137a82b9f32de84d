import Foundation

/// The GitHub Flavored Markdown spec's examples, read from the shared
/// reference beside the repository (`../shared/reference/commonmark`), which a
/// fresh clone may not have.
public struct SpecExample: Sendable {
  /// The example's number: its place among the examples that are not disabled,
  /// through `spec.txt` and then `extensions.txt`, from 1.
  public var number: Int
  /// The section it is in.
  public var section: String
  /// The Markdown.
  public var markdown: String
  /// The HTML the spec gives for it.
  public var html: String

  /// Every example that is not disabled, in order; empty when the spec files are absent.
  public static let all: [SpecExample] = {
    let folder = Fixtures.packageRoot.deletingLastPathComponent()
      .appendingPathComponent("shared/reference/commonmark")
    var examples: [SpecExample] = []
    for name in ["spec.txt", "extensions.txt"] {
      guard
        let text = try? String(
          contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      else { return [] }
      examples += read(text, numberingFrom: examples.count + 1)
    }
    return examples
  }()

  /// Whether the spec files are there.
  public static var isAvailable: Bool { !all.isEmpty }

  private static let fence = String(repeating: "`", count: 32)

  private static func read(_ text: String, numberingFrom first: Int) -> [SpecExample] {
    var examples: [SpecExample] = []
    var section = ""
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
    while let line = lines.popFirst() {
      if line.hasPrefix("#") { section = line.drop { $0 == "#" || $0 == " " }.description }
      guard line.hasPrefix(fence + " example") else { continue }
      let isDisabled = line.hasSuffix("disabled")
      var markdown: [Substring] = []
      var html: [Substring] = []
      var inHTML = false
      while let body = lines.popFirst(), !body.hasPrefix(fence) {
        if body == ".", !inHTML {
          inHTML = true
        } else if inHTML {
          html.append(body)
        } else {
          markdown.append(body)
        }
      }
      guard !isDisabled else { continue }
      func joined(_ lines: [Substring]) -> String {
        lines.isEmpty ? "" : lines.joined(separator: "\n").replacing("→", with: "\t") + "\n"
      }
      examples.append(
        SpecExample(
          number: first + examples.count, section: section, markdown: joined(markdown),
          html: joined(html)))
    }
    return examples
  }
}

/// Which examples a comparison fails, against a list of known differences.
public struct SpecComparison: Sendable {
  /// The examples that differ and are not on the list.
  public var unexpected: [Int]
  /// The examples on the list that no longer differ.
  public var fixed: [Int]
  /// How many examples agree.
  public var agreeing: Int

  /// Runs `differs` on every example; `differences` are the ones expected to.
  public init(differences: [Int: String], _ differs: (SpecExample) -> Bool) {
    let failing = SpecExample.all.filter(differs).map(\.number)
    unexpected = failing.filter { differences[$0] == nil }
    fixed = differences.keys.filter { !failing.contains($0) }.sorted()
    agreeing = SpecExample.all.count - failing.count
  }

  /// `agreeing of total examples agree`.
  public var summary: String { "\(agreeing) of \(SpecExample.all.count) examples agree" }
}
