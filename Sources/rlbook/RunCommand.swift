import ArgumentParser
import Demos
import Lessons
import Renderers
import TerminalUI

/// `rlbook run`: a lesson rendered non-interactively.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Print a lesson (or every lesson of a directory) without stopping.",
    discussion: """
      text is for terminals and pipes (wrapped to the terminal, or to $COLUMNS, or 80);
      markdown re-emits the lesson; json dumps the parsed model with source locations:
      one lesson file gives the lesson's object, and a directory or several files one
      document, {"lessons": [...]}, with the lessons in book order.
      The same input always prints the same bytes. Problems go to standard error,
      and the exit status is 1 if any lesson has an error.
      """)

  enum Format: String, CaseIterable, ExpressibleByArgument {
    case text, markdown, json
  }

  @Argument(help: "A lesson file, or a directory of lessons.")
  var paths: [String] = ["Lessons"]

  @Option(help: "Output format: text, markdown or json.")
  var format: Format = .text

  @Option(help: "Wrap text to this many columns (default: the terminal's width).")
  var width: Int?

  @OptionGroup var output: OutputOptions

  @OptionGroup(title: "Demos") var demos: DemoOptions

  @Flag(help: "Show the blocks without training anything.")
  var noDemos = false

  func validate() throws {
    if let width, width < 20 { throw ValidationError("--width must be at least 20 columns") }
  }

  func run() throws {
    let loader = LessonLoader()
    let terminal = output.standardOutput
    let formatter = DiagnosticFormatter(colors: output.standardError.colors)
    let renderer = TerminalRenderer(width: width ?? terminal.width, colors: terminal.colors)
    let display = ProgressDisplay(terminal: output.standardError)
    var failed = false
    var rendered: [String] = []
    for path in paths {
      do {
        for loaded in try loader.loadAll(at: path) {
          let results = noDemos ? [] : demos.run(loaded, display: display)
          let lesson = demos.filling(loaded, from: results)
          let problems = (lesson.diagnostics + results.flatMap(\.diagnostics)).sortedByLocation
          Console.writeRenderedError(
            formatter.format(problems, path: lesson.path, source: lesson.source))
          failed = failed || problems.errorCount > 0
          switch format {
          case .text: rendered.append(renderer.render(lesson, results: results))
          case .markdown: rendered.append(MarkdownRenderer().render(lesson, results: results))
          case .json: rendered.append(JSONRenderer().render(lesson, results: results))
          }
        }
      } catch {
        Console.writeError(error.description + "\n")
        failed = true
      }
    }
    let oneFile = paths.count == 1 && (try? loader.lessonPaths(at: paths[0])) == [paths[0]]
    switch format {
    case .json where !oneFile:
      Console.write(Self.lessonsDocument(rendered))
    default:
      let separator =
        format == .text
        ? "\n" + String(repeating: "━", count: min(renderer.width, 80)) + "\n\n" : "\n"
      Console.write(rendered.joined(separator: separator))
    }
    if failed { throw ExitCode.failure }
  }

  /// One JSON document holding the lessons' documents: `{"lessons": [...]}`, indented alike.
  static func lessonsDocument(_ lessons: [String]) -> String {
    let items = lessons.map { document in
      document.split(separator: "\n", omittingEmptySubsequences: false)
        .filter { !$0.isEmpty }.map { "    " + $0 }.joined(separator: "\n")
    }
    guard !items.isEmpty else { return "{\n  \"lessons\": []\n}\n" }
    return "{\n  \"lessons\": [\n" + items.joined(separator: ",\n") + "\n  ]\n}\n"
  }
}
