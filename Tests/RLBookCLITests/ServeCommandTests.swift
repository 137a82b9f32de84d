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

  /// `rlbook serve` running on a free port, its log in a file.
  struct Served {
    let process: Process
    let log: URL
    /// `http://127.0.0.1:PORT`.
    let base: String
    var port: UInt16 { UInt16(base.split(separator: ":").last!)! }

    func stop() { if process.isRunning { process.terminate() } }
  }

  /// Starts `rlbook serve` with `arguments` and waits until it says where it listens.
  func serve(_ arguments: [String], logIn folder: URL) async throws -> Served {
    let log = folder.appendingPathComponent("serve.log")
    _ = FileManager.default.createFile(atPath: log.path, contents: nil)
    let server = Process()
    server.executableURL = Self.binary
    server.arguments = ["serve"] + arguments + ["--port", "0"]
    var environment = ProcessInfo.processInfo.environment
    environment["XDG_CACHE_HOME"] = Self.cacheDirectory.path
    server.environment = environment
    server.standardOutput = FileHandle.nullDevice
    server.standardError = try FileHandle(forWritingTo: log)
    try server.run()
    var address: String?
    for _ in 0..<600 where address == nil && server.isRunning {
      let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
      if let range = text.range(of: #"http://127\.0\.0\.1:[0-9]+"#, options: .regularExpression) {
        address = String(text[range])
      } else {
        try await Task.sleep(for: .milliseconds(100))
      }
    }
    guard let address else {
      if server.isRunning { server.terminate() }
      throw CocoaError(
        .fileReadUnknown,
        userInfo: [
          NSLocalizedDescriptionKey: "the server never said where it listens: "
            + ((try? String(contentsOf: log, encoding: .utf8)) ?? "")
        ])
    }
    return Served(process: server, log: log, base: address)
  }

  /// A new temporary folder.
  func temporaryFolder(_ name: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rlbook-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func serveReloadsOpenPagesWhenALessonChanges() async throws {
    let folder = try temporaryFolder("serve")
    defer { try? FileManager.default.removeItem(at: folder) }
    let lesson = folder.appendingPathComponent("lesson.md")
    try Fixtures.text("cliff-demo.md").write(to: lesson, atomically: true, encoding: .utf8)
    let served = try await serve([lesson.path], logIn: folder)
    let server = served.process
    let log = served.log
    let base = served.base
    defer { served.stop() }

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

    // Requests a careless or hostile client sends, written on a socket as they are.
    let port = served.port
    let long = try Self.rawRequest(
      port: port, "GET /" + String(repeating: "a", count: 200_000) + " HTTP/1.1\r\n\r\n")
    #expect(long.hasPrefix("HTTP/1.1 414 "))
    let header = try Self.rawRequest(
      port: port, "GET / HTTP/1.1\r\nX-A: " + String(repeating: "a", count: 100_000) + "\r\n\r\n")
    #expect(header.hasPrefix("HTTP/1.1 431 "))
    let post = try Self.rawRequest(port: port, "POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n")
    #expect(post.hasPrefix("HTTP/1.1 405 ") && post.contains("\r\nAllow: GET, HEAD\r\n"))
    let put = try Self.rawRequest(port: port, "PUT / HTTP/1.1\r\nContent-Length: 0\r\n\r\n")
    #expect(put.hasPrefix("HTTP/1.1 405 "))
    let chunked = try Self.rawRequest(
      port: port, "POST /_rlbook/tune HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
    #expect(chunked.hasPrefix("HTTP/1.1 411 "))
    let huge = try Self.rawRequest(
      port: port, "POST /_rlbook/tune HTTP/1.1\r\nContent-Length: 100000\r\n\r\n")
    #expect(huge.hasPrefix("HTTP/1.1 413 "))
    let headResponse = try Self.rawRequest(port: port, "HEAD /lesson.html HTTP/1.1\r\n\r\n")
    let getResponse = try Self.rawRequest(port: port, "GET /lesson.html HTTP/1.1\r\n\r\n")
    #expect(headResponse.hasPrefix("HTTP/1.1 200 ") && headResponse.hasSuffix("\r\n\r\n"))
    let length = { (response: String) in
      response.split(separator: "\r\n").first { $0.hasPrefix("Content-Length: ") }
    }
    #expect(length(headResponse) != nil && length(headResponse) == length(getResponse))
    let missing = try Self.rawRequest(port: port, "GET /%3Cscript%3Ex HTTP/1.1\r\n\r\n")
    #expect(missing.hasPrefix("HTTP/1.1 404 "))
    #expect(missing.contains("\r\nContent-Type: text/html; charset=utf-8\r\n"))
    #expect(missing.contains("/&lt;script&gt;x") && !missing.contains("<script>x"))
    #expect(try Self.rawRequest(port: port, "nonsense\r\n\r\n").hasPrefix("HTTP/1.1 400 "))

    kill(server.processIdentifier, SIGINT)
    for _ in 0..<50 where server.isRunning { try await Task.sleep(for: .milliseconds(100)) }
    #expect(!server.isRunning)
    #expect(server.terminationStatus == 0)
    #expect(try String(contentsOf: log, encoding: .utf8).contains("stopped"))
  }

  /// Writes `request` to 127.0.0.1:`port` on a plain socket and reads the answer to its end.
  static func rawRequest(port: UInt16, _ request: String) throws -> String {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw POSIXError(.EBADF) }
    defer { close(descriptor) }
    var timeout = timeval(tv_sec: 20, tv_usec: 0)
    setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
    let bytes = Array(request.utf8)
    var sent = 0
    while sent < bytes.count {
      let count = bytes[sent...].withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, 0) }
      // The server may answer (414, 431) and close before it has read everything.
      if count <= 0 { break }
      sent += count
    }
    var answer: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
      if count <= 0 { break }
      answer += buffer.prefix(count)
    }
    return String(decoding: answer, as: UTF8.self)
  }
}
