import Foundation
import Testing

@testable import Publishing

/// What `serve` answers, without a socket: routing, the path guard, media types.
@Suite struct SiteRoutesTests {
  private func store() async -> SiteStore {
    let store = SiteStore()
    await store.replace(with: [
      "index.html": Data("<html><body>Index</body></html>".utf8),
      "style.css": Data("body {}".utf8), "media/figures-agent.png": Data([0x89, 0x50]),
    ])
    return store
  }

  private func text(_ response: SiteServer.Response) -> String {
    String(decoding: response.body, as: UTF8.self)
  }

  private func contentType(_ response: SiteServer.Response) -> String? {
    response.headers.first { $0.name == "Content-Type" }?.value
  }

  @Test func theRootIsTheIndexWithTheReloadScript() async {
    let response = await SiteRoutes(store: await store()).respond(to: .init(path: "/"))
    #expect(response.status == 200)
    #expect(contentType(response) == "text/html; charset=utf-8")
    #expect(text(response).contains("Index<script>new EventSource(\"/_rlbook/events?version=1\")"))
  }

  @Test(arguments: [
    ("/style.css", "text/css; charset=utf-8"), ("/media/figures-agent.png", "image/png"),
  ])
  func filesHaveTheirMediaTypes(path: String, type: String) async {
    let response = await SiteRoutes(store: await store()).respond(to: .init(path: path))
    #expect(response.status == 200)
    #expect(contentType(response) == type)
    #expect(!text(response).contains("EventSource"))
  }

  @Test func pathsOutsideTheSiteAreRefusedAndMissingOnesEscaped() async {
    let routes = SiteRoutes(store: await store())
    #expect(await routes.respond(to: .init(path: "/../Package.swift")).status == 403)
    let missing = await routes.respond(to: .init(path: "/<script>x</script>"))
    #expect(missing.status == 404)
    #expect(contentType(missing) == "text/html; charset=utf-8")
    #expect(text(missing).contains("/&lt;script&gt;x&lt;/script&gt;"))
    #expect(!text(missing).contains("<script>x"))
  }

  @Test func aPageWaitingForEventsHearsOfANewVersion() async {
    let store = await store()
    async let event = SiteRoutes(store: store).respond(
      to: .init(path: "/_rlbook/events", query: ["version": "1"]))
    try? await Task.sleep(for: .milliseconds(100))
    await store.replace(with: [:])
    let response = await event
    #expect(contentType(response) == "text/event-stream")
    #expect(text(response).contains("event: reload\ndata: 2"))
  }
}
