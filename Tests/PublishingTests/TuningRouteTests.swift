import Foundation
import Lessons
import Renderers
import Testing

@testable import Publishing

/// `POST /_rlbook/tune` without a socket: only this server's pages, with their
/// token, may make it train, one training per exercise at a time.
@Suite struct TuningRouteTests {
  private static let page = "lesson.html"
  private static let form =
    "<html><body><section class=\"exercise\" id=\"exercise-edge\">\(Site.tuningFormMarker) hidden></form></section></body></html>"

  /// Records what it was asked, and answers 200 after `delay`.
  private actor Calls {
    var requests: [TuningRequest] = []
    func add(_ request: TuningRequest) { requests.append(request) }
  }

  private func routes(calls: Calls, delay: Duration = .zero) async -> SiteRoutes {
    let store = SiteStore()
    let lesson = LessonParser { _ in false }.parse("# A lesson\n", path: "lesson.md")
    await store.replace(
      with: [Self.page: Data(Self.form.utf8), "plain.html": Data("<body>x</body>".utf8)],
      lessons: [Self.page: lesson])
    return SiteRoutes(store: store) { request, _ in
      await calls.add(request)
      if delay > .zero { try? await Task.sleep(for: delay) }
      return .text(200, "trained\n")
    }
  }

  /// The token the page was served with.
  private func token(from routes: SiteRoutes, page: String = page) async throws -> String {
    let text = String(
      decoding: await routes.respond(to: .init(path: "/" + page)).body, as: UTF8.self)
    let range = try #require(
      text.range(of: #"body\.set\("token", "[0-9a-f]{32}"\)"#, options: .regularExpression))
    return String(text[range].dropFirst(19).dropLast(2))
  }

  private func post(
    token: String, page: String = page, host: String? = "127.0.0.1:8000",
    origin: String? = "http://127.0.0.1:8000",
    type: String = "application/x-www-form-urlencoded"
  ) -> SiteServer.Request {
    var headers = ["content-type": type]
    headers["host"] = host
    headers["origin"] = origin
    let body = "token=\(token)&page=\(page)&exercise=edge&settings=epsilon%3D0.1+alpha=0.5"
    return .init(
      method: "POST", path: SiteRoutes.tunePath, headers: headers, body: Data(body.utf8))
  }

  @Test func aPageWithATuningGetsATokenAndItsPostIsTrained() async throws {
    let calls = Calls()
    let routes = await routes(calls: calls)
    let token = try await self.token(from: routes)
    let plain = await routes.respond(to: .init(path: "/plain.html"))
    #expect(!String(decoding: plain.body, as: UTF8.self).contains("token"))
    let response = await routes.respond(to: post(token: token))
    #expect(response.status == 200)
    let asked = await calls.requests
    #expect(asked.map(\.settings) == [["epsilon=0.1", "alpha=0.5"]])
    #expect(asked.map(\.exercise) == ["edge"])
    // A second view of the page gets another token; both stay good.
    let again = try await self.token(from: routes)
    #expect(again != token)
    #expect(await routes.respond(to: post(token: token)).status == 200)
  }

  @Test func withoutATunerPagesGetNoTokenAndPostsAreNotFound() async throws {
    let store = SiteStore()
    await store.replace(with: [Self.page: Data(Self.form.utf8)])
    let routes = SiteRoutes(store: store)
    let page = await routes.respond(to: .init(path: "/" + Self.page))
    #expect(!String(decoding: page.body, as: UTF8.self).contains("token"))
    #expect(await routes.respond(to: post(token: "0")).status == 404)
  }

  @Test func requestsFromElsewhereAreRefusedBeforeAnyTraining() async throws {
    let calls = Calls()
    let routes = await routes(calls: calls)
    let token = try await self.token(from: routes)
    let refused: [(SiteServer.Request, Int)] = [
      (post(token: token, origin: nil), 403),
      (post(token: token, origin: "http://evil.example"), 403),
      (post(token: token, origin: "http://127.0.0.1:9000"), 403),
      // A DNS-rebinding page is same-origin, under its own name.
      (post(token: token, host: "evil.example:8000", origin: "http://evil.example:8000"), 403),
      (post(token: token, host: nil, origin: nil), 403),
      (post(token: String(repeating: "0", count: 32)), 403),
      (post(token: token, page: "plain.html"), 403),
      (post(token: token, type: "text/plain"), 415),
      (.init(method: "GET", path: SiteRoutes.tunePath), 405),
      (.init(method: "POST", path: "/lesson.html"), 405),
    ]
    for (request, status) in refused {
      let response = await routes.respond(to: request)
      #expect(response.status == status, "\(request.headers)")
    }
    var missing = post(token: token)
    missing.body = Data("token=\(token)&page=lesson.html".utf8)
    #expect(await routes.respond(to: missing).status == 400)
    #expect(await calls.requests.isEmpty)
  }

  @Test func oneTrainingAtATimePerExercise() async throws {
    let calls = Calls()
    let routes = await routes(calls: calls, delay: .milliseconds(500))
    let token = try await self.token(from: routes)
    async let first = routes.respond(to: post(token: token))
    try await Task.sleep(for: .milliseconds(100))
    let second = await routes.respond(to: post(token: token))
    #expect(second.status == 429)
    #expect(second.headers.contains { $0.name == "Retry-After" })
    #expect(await first.status == 200)
    #expect(await routes.respond(to: post(token: token)).status == 200)
    #expect(await calls.requests.count == 2)
  }

  @Test(arguments: [
    ("127.0.0.1:8000", true), ("localhost:8000", true), ("LOCALHOST", true), ("10.0.0.7", true),
    ("[::1]:8000", true), ("evil.example:8000", false), ("127.0.0.1.nip.io", false),
    ("256.0.0.1", false), ("localhost.evil.example", false), ("127.0.0.1:80x", false),
    ("[::1]evil", false), ("", false),
  ])
  func onlyLocalhostAndAddressesNameTheServer(authority: String, isLocal: Bool) {
    #expect(RequestOrigin.isLocalAuthority(authority) == isLocal)
  }

  @Test func formFieldsDecodePlusAndPercent() {
    let fields = TuningRequest.fields(of: "settings=epsilon%3D0.1+alpha%3D0.5&page=a%2Fb.html&x")
    #expect(fields == ["settings": "epsilon=0.1 alpha=0.5", "page": "a/b.html", "x": ""])
  }

  @Test func oldTokensExpire() async {
    let tokens = PageTokens()
    let first = await tokens.issue(forPage: "a.html")
    #expect(await tokens.isValid(first, forPage: "a.html"))
    #expect(!(await tokens.isValid(first, forPage: "b.html")))
    for _ in 0..<PageTokens.capacity { _ = await tokens.issue(forPage: "a.html") }
    #expect(!(await tokens.isValid(first, forPage: "a.html")))
  }
}
