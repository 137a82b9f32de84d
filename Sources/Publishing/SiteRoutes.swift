import Foundation
import Renderers

/// What `rlbook serve` answers: the site's files from a ``SiteStore``, each page
/// with a script that reloads it when the site changes, and the server-sent
/// events that tell it so.
///
/// Paths are only looked up in the store, never on disk; a path with `..` is
/// refused, and the 404 page shows the path escaped.
public enum SiteRoutes {
  /// The path of the events a page listens to.
  public static let eventsPath = "/_rlbook/events"

  /// The response to a GET of `request`'s path.
  public static func respond(to request: SiteServer.Request, from store: SiteStore) async
    -> SiteServer.Response
  {
    request.path == eventsPath
      ? await events(request, store: store) : await file(request, store: store)
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
        "<script>new EventSource(\"\(eventsPath)?version=\(version)\").addEventListener(\"reload\", function () { location.reload(); });</script>\n</body>"
      let page = String(decoding: data, as: UTF8.self)
      data = Data(page.replacingOccurrences(of: "</body>", with: script).utf8)
    }
    return SiteServer.Response(
      status: 200, contentType: contentType(of: path), body: data,
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
