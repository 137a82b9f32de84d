import Foundation
public import Lessons
import Renderers

/// What `rlbook serve` answers: the site's files from a ``SiteStore``, each page
/// with a script that reloads it when the site changes, the server-sent events
/// that tell it so, and (when there is a tuner) the retraining of tuning
/// exercises that pages ask for (`SiteRoutes+Tuning.swift`).
///
/// Paths are only looked up in the store, never on disk; a path with `..` is
/// refused, and the 404 page shows the path escaped.
public struct SiteRoutes: Sendable {
  /// Retrains a tuning exercise of a lesson as a page asked, and answers.
  public typealias Tuner = @Sendable (TuningRequest, Lesson) async -> SiteServer.Response

  /// The path of the events a page listens to.
  public static let eventsPath = "/_rlbook/events"
  /// The path pages POST tunings to.
  public static let tunePath = "/_rlbook/tune"

  /// The site.
  public let store: SiteStore
  /// Retrains tunings; without one, pages get no tuning form.
  public let tuner: Tuner?
  /// The tokens issued with pages.
  let tokens = PageTokens()
  /// The exercises training now.
  let slots = TrainingSlots()

  /// Routes to the files of `store`, and tunings to `tuner`.
  public init(store: SiteStore, tuner: Tuner? = nil) {
    self.store = store
    self.tuner = tuner
  }

  /// The response to `request`.
  public func respond(to request: SiteServer.Request) async -> SiteServer.Response {
    if request.path == Self.tunePath { return await tune(request) }
    guard request.method == "GET" else {
      return .text(
        405, "only \(Self.tunePath) takes a POST\n", headers: [("Allow", "GET, HEAD")])
    }
    return request.path == Self.eventsPath ? await events(request) : await file(request)
  }

  /// Server-sent events: one `reload` event once the site is newer than the page.
  private func events(_ request: SiteServer.Request) async -> SiteServer.Response {
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

  /// A file of the site; pages get the script that reloads them when the site
  /// changes, and a page with tuning exercises the script (and token) that
  /// sends them here.
  private func file(_ request: SiteServer.Request) async -> SiteServer.Response {
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
      var script =
        "<script>new EventSource(\"\(Self.eventsPath)?version=\(version)\").addEventListener(\"reload\", function () { location.reload(); });</script>\n"
      let page = String(decoding: data, as: UTF8.self)
      if tuner != nil, page.contains(Site.tuningFormMarker) {
        script += Site.tuningScript(
          token: await tokens.issue(forPage: path), endpoint: Self.tunePath)
      }
      data = Data(page.replacingOccurrences(of: "</body>", with: script + "</body>").utf8)
    }
    return SiteServer.Response(
      status: 200, contentType: Self.contentType(of: path), body: data,
      headers: [("Cache-Control", "no-cache")])
  }

  /// The media type a site file is served as.
  static func contentType(of path: String) -> String {
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
