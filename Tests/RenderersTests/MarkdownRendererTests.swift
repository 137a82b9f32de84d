import Foundation
import Lessons
import MarkdownSyntax
import RLBookTestSupport
import Renderers
import Testing

@Suite struct MarkdownRendererTests {
  private let parser = LessonParser(fileExists: { _ in false })

  /// The model of a lesson without positions, to compare two parses.
  private func shape(_ lesson: Lesson) -> String {
    JSONRenderer(includesRanges: false).render(lesson)
  }

  @Test func reEmittedNotesParseToTheSameLesson() throws {
    let original = parser.parse(try Fixtures.notes(), path: "notes.md")
    let emitted = MarkdownRenderer().render(original)
    let reparsed = parser.parse(emitted, path: "notes.md")
    #expect(shape(reparsed) == shape(original))
    #expect(MarkdownRenderer().render(reparsed) == emitted)
  }

  @Test func reEmitsEveryConstruct() {
    let source = """
      ---
      title: All
      ---
      # All *of* it

      Text with `co`de``, **strong**, ~~gone~~, $a*b$, a [link](https://x.org "t") and ![[e.png|3]].\\
      Hard break, *nested **strong** emphasis*, 2 < 3 & 4 > 1, \\$5.

      > [!warning] Careful
      > Body.

      > Plain quote.

      1. one
      2. two

      - [x] done
      - [ ] open

      ***

      | a | b |
      | :-: | --: |
      | $x|y$ | `p\\|q` |

      $$
      \\frac{1}{2}
      $$

      ```rl
      env: cliff
      ```

      ~~~swift
      let x = "```"
      ~~~

      <div>raw</div>
      """
    let original = parser.parse(source, path: "a.md")
    let reparsed = parser.parse(MarkdownRenderer().render(original), path: "a.md")
    #expect(shape(reparsed) == shape(original))
  }
}
