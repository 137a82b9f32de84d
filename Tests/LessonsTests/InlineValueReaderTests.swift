import Foundation
import Lessons
import MarkdownSyntax
import RLBookTestSupport
import Testing

/// Inline values are found in prose, and what can be checked before training is.
@Suite struct InlineValueReaderTests {
  static let demo =
    "```rl\nid: lake\nenv: frozenlake\nagent: value-iteration\nshow: value-grid\n```\n"

  static func parse(_ text: String) -> Lesson {
    LessonParser(fileExists: { _ in true }).parse(text, path: "a.md")
  }

  /// The sources of the inline values in `lesson`'s prose, in order.
  static func computedSources(in lesson: Lesson) -> [String] {
    var sources: [String] = []
    for section in lesson.sections {
      for case .markdown(let block) in section.blocks {
        _ = block.mappingInlines { inline in
          if case .computed(let value) = inline.kind { sources.append(value.source) }
          return inline
        }
      }
    }
    return sources
  }

  @Test func onlyCodeSpansThatStartWithTheMarkerAreValues() {
    let lesson = Self.parse(
      """
      # T

      Worth `{rl} lake.v(start):.2f`, in *`{rl} lake.v(goal)`* and a table:

      | a | b |
      | - | - |
      | `{rl} lake.q(start, left)` | `{rl}lake.v(start)` |

      Literal: `{rl}`, ``{rl} lake.v(start)`` and ` {rl} lake.v(start)`.

          `{rl} lake.v(start)`

      ```
      `{rl} lake.v(start)`
      ```

      \(Self.demo)
      """)
    #expect(
      Self.computedSources(in: lesson) == [
        "lake.v(start):.2f", "lake.v(goal)", "lake.q(start, left)", "lake.v(start)",
      ])
    #expect(lesson.diagnostics.errorCount == 0)
  }

  @Test func problemsArePointedAtInTheProse() {
    let marked = MarkedText(
      """
      # T

      A `{rl} 1️⃣lak.v(start)`, `{rl} 2️⃣v(start)`, `{rl} 3️⃣lake`.
      `{rl} lake.v(start):4️⃣.2x` and `{rl} lake.v(start) 5️⃣$ 1`.

      \(Self.demo)
      """)
    let lesson = Self.parse(marked.text)
    let errors = lesson.diagnostics.filter { $0.severity == .error }
    let found = errors.map { ($0.message, $0.range?.start.description ?? "") }
    let expected: [(String, String)] = [
      ("this lesson has no demo `lak`", marked["1️⃣"].description),
      ("in prose, say which demo `v` is read from", marked["2️⃣"].description),
      ("`lake` is a demo, not a value", marked["3️⃣"].description),
      ("`.2x` is not a format", marked["4️⃣"].description),
      ("`$` is not part of the expression language", marked["5️⃣"].description),
    ]
    #expect(found.count == expected.count)
    for ((message, location), (wanted, at)) in zip(found, expected) {
      #expect(message == wanted)
      #expect(location == at)
    }
    #expect(errors.first?.hint == "its demos are lake")
    #expect(errors.dropFirst().first?.hint?.hasPrefix("write `lake.v…`") == true)
  }

  @Test func demosWithoutAnIdAreNumbered() {
    let lesson = Self.parse(
      "# T\n\n`{rl} demo1.v(start)` `{rl} demo2.v(start)`\n\n"
        + Self.demo.replacingOccurrences(of: "id: lake\n", with: ""))
    let errors = lesson.diagnostics.filter { $0.severity == .error }
    #expect(errors.map(\.message) == ["this lesson has no demo `demo2`"])
    #expect(errors.first?.hint == "its demos are demo1")
  }
}
