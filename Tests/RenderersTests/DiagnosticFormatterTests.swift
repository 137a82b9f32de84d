import Lessons
import MarkdownSyntax
import RLBookTestSupport
import Renderers
import Testing

@Suite struct DiagnosticFormatterTests {
  private let source = "---\ntitle: x\n---\n```rl\n\tgama: 0.9\nenv: π💡 here\n```\n"

  @Test func printsLikeACompiler() {
    let diagnostic = Diagnostic.error(
      "unknown key `gama`", hint: "did you mean `gamma`?",
      at: SourceRange(line: 5, column: 2, length: 4))
    #expect(
      DiagnosticFormatter().format([diagnostic], path: "Lessons/04.md", source: source) == """
        Lessons/04.md:5:2: error: unknown key `gama`
         5 |     gama: 0.9
           |     ^~~~
           = hint: did you mean `gamma`?

        """)
  }

  @Test func alignsTheCaretAfterWideCharacters() {
    // `here` is byte column 13, but display column 10: `π` is 2 bytes, `💡` 4 bytes and 2 columns.
    let diagnostic = Diagnostic.warning(
      "look here", at: SourceRange(line: 6, column: 13, length: 4))
    #expect(
      DiagnosticFormatter().format([diagnostic], path: "a.md", source: source) == """
        a.md:6:13: warning: look here
         6 | env: π💡 here
           |          ^~~~

        """)
  }

  @Test func printsFileWideProblemsWithoutASourceLine() {
    let diagnostic = Diagnostic.error(
      "the file is not valid UTF-8", hint: "save it as UTF-8", at: nil)
    #expect(
      DiagnosticFormatter().format([diagnostic], path: "a.md", source: source)
        == "a.md: error: the file is not valid UTF-8\n  hint: save it as UTF-8\n")
  }

  @Test func coloursOnlyWhenAsked() {
    let diagnostic = Diagnostic.error("bad", at: SourceRange(line: 1, column: 1, length: 3))
    let plain = DiagnosticFormatter(colors: false).format(
      [diagnostic], path: "a.md", source: source)
    let colored = DiagnosticFormatter(colors: true).format(
      [diagnostic], path: "a.md", source: source)
    #expect(!plain.contains("\u{1B}["))
    #expect(colored.contains("\u{1B}[1;31merror: \u{1B}[0m"))
  }
}

@Suite struct EveryDiagnosticTests {
  @Test func printsEveryKindOfProblem() throws {
    let source = try Fixtures.text("every-diagnostic.md")
    let lesson = LessonParser(fileExists: { _ in false }).parse(source, path: "every-diagnostic.md")
    let printed = DiagnosticFormatter().format(
      lesson.diagnostics, path: "every-diagnostic.md", source: source)
    expectSnapshot(printed, named: "every-diagnostic.txt")
    #expect(lesson.diagnostics.errorCount == 7)
    #expect(lesson.diagnostics.warningCount == 4)
  }
}
