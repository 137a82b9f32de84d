import ArgumentParser
import Foundation
import Lessons
import Publishing
import Renderers
import TerminalUI

/// `rlbook render`: the lessons, with every demo's output, as a static offline site.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Write the lessons, with their demos' outputs, as a static site.",
    discussion: """
      An index and a page per lesson (sidebar, contents, previous and next, ← → keys), \
      math as MathML, demo outputs as HTML tables and SVG charts, one stylesheet with \
      light and dark themes: no external requests, so the site works offline. Open \
      DIR/index.html, or publish DIR as it is (any static host will do).

      The site is written into a temporary directory that then replaces DIR, so an \
      interrupted render leaves the old site whole. Demo results come from the cache \
      when nothing changed, so a warm re-render is quick.

      Problems are printed as `rlbook check` prints them. A lesson with an error \
      writes nothing and exits with status 1, unless --keep-going, which writes \
      the site with each error shown in its page.
      """)

  @Argument(help: "A lesson file, or a directory of lessons.")
  var path: String = "Lessons"

  @Option(name: .customLong("out"), help: "The directory to write the site into.")
  var outputDirectory: String = "site"

  @Flag(
    help:
      "Write into a non-empty directory rlbook did not create: only files that are not there yet, so nothing in it is replaced or deleted."
  )
  var force = false

  @Flag(help: "Write the site even when lessons have errors (each shown in its page).")
  var keepGoing = false

  @Flag(help: "Keep raw HTML written in lessons (dropped by default).")
  var allowHTML = false

  @OptionGroup var output: OutputOptions

  @OptionGroup(title: "Demos") var demos: DemoOptions

  func run() throws {
    let started = ContinuousClock.now
    let build: SiteBuild
    do {
      build = try SiteBuild(
        path: path, demos: demos, allowsHTML: allowHTML,
        display: ProgressDisplay(terminal: output.standardError))
    } catch {
      Console.writeError(error.description + "\n")
      throw ExitCode.failure
    }
    let (files, media, lessons) = (build.files, build.media, build.lessons)
    let formatter = DiagnosticFormatter(colors: output.standardError.colors)
    for (lesson, problems) in zip(lessons, build.problems) {
      Console.writeRenderedError(
        formatter.format(problems, path: lesson.path, source: lesson.source))
    }
    let errors = build.problems.reduce(0) { $0 + $1.errorCount }
    if errors > 0, !keepGoing {
      Console.writeError(
        "error: \(counted(errors, "error")) in the lessons; the site is not written\nhint: fix them (`rlbook check` lists them), or pass --keep-going to write the site with each error in its page\n"
      )
      throw ExitCode.failure
    }
    do {
      try SiteWriter(directory: outputDirectory, force: force).write(files, media: media)
    } catch {
      Console.writeError(error.description + "\n")
      throw ExitCode.failure
    }
    let bytes = files.reduce(0) { $0 + $1.contents.utf8.count }
    let seconds = (ContinuousClock.now - started) / .seconds(1)
    Console.writeError(
      "\(counted(lessons.count, "lesson")) → \(outputDirectory)/index.html (\(counted(files.count + media.count, "file")), \(bytes / 1024) KiB) in \(String(format: "%.2f", seconds)) s\n"
    )
  }
}
