import ArgumentParser
import Dispatch
import FlyingSocks
import Foundation
import Lessons
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

      GET and HEAD are answered; other methods get 405. A request line over 8 KiB \
      gets 414 and headers over 32 KiB get 431, read in time linear in their size.
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
    await store.replace(with: render())
    let server = SiteServer { request in
      request.path == "/_rlbook/events"
        ? await Self.events(request, store: store) : await Self.file(request, store: store)
    }
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
        await store.replace(with: render())
        Console.writeError("rendered again: a lesson changed\n")
      }
    }
    defer { watcher.cancel() }
    let shownHost = host == "localhost" ? "127.0.0.1" : host
    try await server.run(on: address) { port in
      Console.writeError("Serving \(path) at http://\(shownHost):\(port)/ (Ctrl-C stops)\n")
    }
  }

  /// The site's files, or a page that says why the lessons could not be read.
  private func render() -> [String: Data] {
    let display = ProgressDisplay(terminal: output.standardError)
    do {
      let build = try SiteBuild(path: path, demos: demos, allowsHTML: allowHTML, display: display)
      var files: [String: Data] = [:]
      for file in build.files { files[file.path] = Data(file.contents.utf8) }
      files.merge(build.media) { page, _ in page }
      return files
    } catch {
      Console.writeError(error.description + "\n")
      return ["index.html": Data(Site.problemPage(error.description).utf8)]
    }
  }

  /// Server-sent events: one `reload` event once the site is newer than the page.
  private static func events(_ request: SiteServer.Request, store: SiteStore) async
    -> SiteServer.Response
  {
    let shown = request.query["version"].flatMap { Int($0) } ?? 0
    let version = await store.waitForChange(after: shown, timeout: .seconds(10))
    let body =
      version > shown
      ? "retry: 1000\nid: \(version)\nevent: reload\ndata: \(version)\n\n"
      : "retry: 1000\n: no change\n\n"
    return SiteServer.Response(
      status: 200, contentType: "text/event-stream", body: Data(body.utf8),
      headers: [("Cache-Control", "no-cache")])
  }

  /// A file of the site; pages get the script that reloads them when the site changes.
  private static func file(_ request: SiteServer.Request, store: SiteStore) async
    -> SiteServer.Response
  {
    let segments = request.path.split(separator: "/")
    guard !segments.contains("..") else {
      return .text(403, "outside the site\n")
    }
    let path = segments.isEmpty ? "index.html" : segments.joined(separator: "/")
    guard var data = await store.file(path) else {
      let page = Site.problemPage(
        "Nothing in this site is at /\(path).", title: "rlbook: not found",
        heading: "Not in the site", advice: "The index, at /, lists the lessons.")
      return SiteServer.Response(
        status: 404, contentType: "text/html; charset=utf-8", body: Data(page.utf8))
    }
    if path.hasSuffix(".html") {
      let version = await store.version
      let script =
        "<script>new EventSource(\"/_rlbook/events?version=\(version)\").addEventListener(\"reload\", function () { location.reload(); });</script>\n</body>"
      let page = String(decoding: data, as: UTF8.self)
      data = Data(page.replacingOccurrences(of: "</body>", with: script).utf8)
    }
    return SiteServer.Response(
      status: 200, contentType: contentType(of: path), body: data,
      headers: [("Cache-Control", "no-cache")])
  }

  private static func contentType(of path: String) -> String {
    switch (path as NSString).pathExtension.lowercased() {
    case "html": "text/html; charset=utf-8"
    case "css": "text/css; charset=utf-8"
    case "svg": "image/svg+xml"
    case "png": "image/png"
    case "jpg", "jpeg": "image/jpeg"
    case "gif": "image/gif"
    default: "application/octet-stream"
    }
  }
}

/// What changes in a lesson directory: each Markdown file's path, size and modification time.
struct LessonFingerprint: Equatable {
  private var entries: [String: [Double]] = [:]

  init(path: String) {
    let files = FileManager.default
    var isDirectory: ObjCBool = false
    guard files.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
    let paths =
      isDirectory.boolValue
      ? ((try? files.contentsOfDirectory(atPath: path)) ?? []).map { path + "/" + $0 } : [path]
    for file in paths {
      guard let attributes = try? files.attributesOfItem(atPath: file) else { continue }
      let size = (attributes[.size] as? NSNumber)?.doubleValue ?? 0
      let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
      entries[file] = [size, modified]
    }
  }
}
