public import ArgumentParser
import Foundation
import Lessons
import TerminalUI

extension ColorMode: ExpressibleByArgument {}

/// Options every command that prints takes.
struct OutputOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "When to use colour: auto, always or never.",
      discussion: "auto colours terminals only; NO_COLOR and FORCE_COLOR are honoured."))
  var color: ColorMode = .auto

  /// Standard output's capabilities under these options.
  var standardOutput: Terminal {
    Terminal.standardOutput(colorMode: color, environment: ProcessInfo.processInfo.environment)
  }

  /// Standard error's capabilities under these options.
  var standardError: Terminal {
    Terminal.standardError(colorMode: color, environment: ProcessInfo.processInfo.environment)
  }
}

/// Writes to standard output and standard error.
enum Console {
  /// Writes rendered output (styled text, which never holds a lesson's control characters).
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Writes a message to standard error; control characters in it (from a file
  /// name, say) are shown as escapes.
  static func writeError(_ text: String) {
    FileHandle.standardError.write(Data(VisibleText.escapingControls(text).utf8))
  }

  /// Writes diagnostics already rendered (with their colours) to standard error.
  static func writeRenderedError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}

/// `1 lesson`, `2 lessons`.
func counted(_ count: Int, _ noun: String) -> String {
  "\(count) \(noun)\(count == 1 ? "" : "s")"
}

extension LessonLoader {
  /// The lessons at `path` (a file or a directory); a problem is printed on
  /// standard error and ends the command with a failure.
  static func lessonsOrExit(at path: String) throws -> [Lesson] {
    do {
      return try LessonLoader().loadAll(at: path)
    } catch {
      Console.writeError(error.description + "\n")
      throw ExitCode.failure
    }
  }
}
