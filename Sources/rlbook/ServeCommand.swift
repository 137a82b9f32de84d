import ArgumentParser
import Dispatch
import FlyingSocks
import Foundation
import Lessons
import Publishing
import Renderers

/// `rlbook serve`: the site, served locally, reloading open pages when a lesson changes.
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Serve the lessons as a site on this machine, reloading pages as lessons change.",
    discussion: """
      Renders the lessons like `rlbook render`, keeps the site in memory and serves it \
      on the loopback address by default. Every half second it looks for changed \
      lessons; when one changes it renders again (demos whose settings did not change \
      come from the cache) and open pages reload themselves. A lesson with errors shows \
      them in its page. Ctrl-C stops the server.

      Tuning exercises work in the page: the learner's settings are POSTed to \
      /_rlbook/tune, validated like --set, and the demo is retrained (cache and demo \
      limits apply; one training at a time per exercise) before the page shows the \
      verdict and the retrained output. That endpoint answers only requests from the \
      server's own pages: each page view carries a token, and the Host must be \
      localhost or an IP address and the Origin the same host, so that another site \
      (or a DNS-rebinding page) cannot make the server train.

      GET and HEAD are answered, and POST at /_rlbook/tune only; other methods get \
      405. A request line over 8 KiB gets 414, headers over 32 KiB 431 and a body over \
      16 KiB 413, read in time linear in their size.
      """)

  @Argument(help: "A lesson file, or a directory of lessons.")
  var path: String = "Lessons"

  @Option(help: "The port to listen on (0 picks a free one).")
  var port: UInt16 = 8000

  @Option(help: "The IPv4 address to listen on; 0.0.0.0 serves the whole network.")
  var host = "127.0.0.1"

  @Flag(help: "Keep raw HTML written in lessons (dropped by default).")
  var allowHTML = false

  @OptionGroup var output: OutputOptions

  @OptionGroup(title: "Demos") var demos: DemoOptions

  func run() async throws {
    let address: sockaddr_in
    do {
      address = try .inet(ip4: host == "localhost" ? "127.0.0.1" : host, port: port)
    } catch {
      throw ValidationError("--host takes an IPv4 address such as 127.0.0.1 (got `\(host)`)")
    }
    let store = SiteStore()
    var watched = LessonFingerprint(path: path)
    await render(into: store)
    let tuner = ServeTuner(
      runner: demos.runner(), renderer: HTMLRenderer(allowsHTML: allowHTML))
    let routes = SiteRoutes(store: store) { request, lesson in
      await tuner.answer(request, in: lesson)
    }
    let server = SiteServer { request in await routes.respond(to: request) }
    let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .main)
    signal(SIGINT, SIG_IGN)
    interrupt.setEventHandler {
      // Nothing is written to disk, so ending here loses nothing; the OS closes the sockets.
      Console.writeError("\nstopped\n")
      Foundation.exit(0)
    }
    interrupt.resume()
    let watcher = Task {
      while !Task.isCancelled {
        try? await Task.sleep(for: .milliseconds(500))
        let now = LessonFingerprint(path: path)
        guard now != watched else { continue }
        watched = now
        await render(into: store)
        Console.writeError("rendered again: a lesson changed\n")
      }
    }
    defer { watcher.cancel() }
    let shownHost = host == "localhost" ? "127.0.0.1" : host
    try await server.run(on: address) { port in
      Console.writeError("Serving \(path) at http://\(shownHost):\(port)/ (Ctrl-C stops)\n")
    }
  }

  /// Renders the site into `store`, or a page that says why the lessons could not be read.
  private func render(into store: SiteStore) async {
    let display = ProgressDisplay(terminal: output.standardError)
    do {
      let build = try SiteBuild(path: path, demos: demos, allowsHTML: allowHTML, display: display)
      var files: [String: Data] = [:]
      for file in build.files { files[file.path] = Data(file.contents.utf8) }
      files.merge(build.media) { page, _ in page }
      var lessons: [String: Lesson] = [:]
      for lesson in build.lessons { lessons[Site.pageName(of: lesson)] = lesson }
      await store.replace(with: files, lessons: lessons)
    } catch {
      Console.writeError(error.description + "\n")
      await store.replace(with: ["index.html": Data(Site.problemPage(error.description).utf8)])
    }
  }
}
