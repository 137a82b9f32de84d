import Lessons
import MarkdownSyntax
import Stepper
import Testing

/// A lesson cut into pages: a section per page, an exercise alone on its own.
@Suite struct LessonPagesTests {
  @Test func everyExerciseIsAPageOfItsOwnUnderItsHeading() throws {
    let lesson = LessonParser(fileExists: { _ in true }).parse(
      """
      # Title

      Intro.

      ## Returns

      Before.

      ```exercise
      id: one
      ask: What?
      answer: 1
      ```

      ```rl
      rewards: [1]
      ```

      ```exercise
      id: two
      ask: And?
      answer: 2
      ```

      ## Empty
      """, path: "p.md")
    let pages = LessonPages(lesson)
    #expect(pages.count == 6)
    #expect(
      pages.sections.map { $0.heading?.content.plainText } == [
        "Title", "Returns", "Returns", "Returns", "Returns", "Empty",
      ])
    #expect(pages.exercise(on: 2)?.id == "one")
    #expect(pages.exercise(on: 4)?.id == "two")
    #expect(pages.exercise(on: 1) == nil)
    #expect(pages.demos == [[], [], [], [0], [], []])
    #expect(pages.page(ofExercise: "two") == 4)
  }
}
