import Foundation
import RLBookTestSupport
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// `rlbook serve` over loopback: pages, refusals, a reload event when a lesson changes.
extension CLITests {
  /// The body and status of a GET.
  private func get(_ url: String) async throws -> (status: Int, body: String) {
    let (data, response) = try await URLSession.shared.data(from: URL(string: url)!)
    return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
  }

  @Test func serveReloadsOpenPagesWhenALessonChanges() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rlbook-serve-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let lesson = folder.appendingPathComponent("lesson.md")
    try Fixtures.text("cliff-demo.md").write(to: lesson, atomically: true, encoding: .utf8)
    let log = folder.appendingPathComponent("serve.log")
    _ = FileManager.default.createFile(atPath: log.path, contents: nil)

    let server = Process()
    server.executableURL = Self.binary
    server.arguments = ["serve", lesson.path, "--port", "0"]
    var environment = ProcessInfo.processInfo.environment
    environment["XDG_CACHE_HOME"] = Self.cacheDirectory.path
    server.environment = environment
    server.standardOutput = FileHandle.nullDevice
    server.standardError = try FileHandle(forWritingTo: log)
    try server.run()
    defer { if server.isRunning { server.terminate() } }

    var address: String?
    for _ in 0..<600 where address == nil {
      let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
      if let range = text.range(of: #"http://127\.0\.0\.1:[0-9]+"#, options: .regularExpression) {
        address = String(text[range])
      } else {
        try await Task.sleep(for: .milliseconds(100))
      }
    }
    let base = try #require(address, "the server never said where it listens")

    let index = try await get(base + "/")
    #expect(index.status == 200 && index.body.contains("Cliff demo"))
    let page = try await get(base + "/lesson.html")
    #expect(page.status == 200)
    #expect(page.body.contains("new EventSource(\"/_rlbook/events?version=1\")"))
    #expect(try await get(base + "/nothing.html").status == 404)
    #expect(try await get(base + "/%2E%2E/Package.swift").status != 200)

    async let event = get(base + "/_rlbook/events?version=1")
    try await Task.sleep(for: .milliseconds(300))
    try (try Fixtures.text("cliff-demo.md") + "\nChanged while served.\n").write(
      to: lesson, atomically: true, encoding: .utf8)
    let reload = try await event
    #expect(reload.body.contains("event: reload"))
    #expect(try await get(base + "/lesson.html").body.contains("Changed while served."))

    kill(server.processIdentifier, SIGINT)
    for _ in 0..<50 where server.isRunning { try await Task.sleep(for: .milliseconds(100)) }
    #expect(!server.isRunning)
    #expect(server.terminationStatus == 0)
    #expect(try String(contentsOf: log, encoding: .utf8).contains("stopped"))
  }
}
