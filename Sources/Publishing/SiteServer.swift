import FlyingFox
import FlyingSocks
public import Foundation

/// A small HTTP/1.1 server for `rlbook serve`, on FlyingSocks' non-blocking sockets.
///
/// It reads each request's head itself, with limits, in time linear in its
/// length: a request line longer than ``largestRequestLine`` is answered 414,
/// headers over ``largestHeaders`` 431, anything else malformed 400, and a
/// head not complete within ``headTimeout`` is dropped. (FlyingFox's HTTP
/// server, which this replaces, reads request lines and headers in time
/// quadratic in their length: a 100 KB request line took 21 s, a 100 KB header
/// 24 s.) GET and HEAD are answered, HEAD without its body, and so is a POST
/// with a `Content-Length` of at most ``largestBody`` (no chunked bodies: 411;
/// a longer one: 413), whose body is read within the same ``headTimeout``.
/// Any other method is 405 with `Allow: GET, HEAD`. One request per connection.
public struct SiteServer: Sendable {
  /// A request's method, its path (percent-decoded), its query, headers and body.
  public struct Request: Sendable {
    /// `GET` or `POST` (a HEAD is answered as a GET without its body).
    public var method: String
    /// The path, percent-decoded.
    public var path: String
    /// The query's fields.
    public var query: [String: String]
    /// The headers, by lowercased name (a repeated header keeps its last value).
    public var headers: [String: String]
    /// A POST's body.
    public var body: Data

    /// A request.
    public init(
      method: String = "GET", path: String, query: [String: String] = [:],
      headers: [String: String] = [:], body: Data = Data()
    ) {
      self.method = method
      self.path = path
      self.query = query
      self.headers = headers
      self.body = body
    }
  }

  /// A response: status, headers, body.
  public struct Response: Sendable {
    /// The status code.
    public var status: Int
    /// The headers, `Content-Type` first (`Content-Length` is added when it is sent).
    public var headers: [(name: String, value: String)]
    /// The body.
    public var body: Data

    /// A response of a media type.
    public init(status: Int, contentType: String, body: Data, headers: [(String, String)] = []) {
      self.status = status
      self.headers = [("Content-Type", contentType)] + headers.map { (name: $0.0, value: $0.1) }
      self.body = body
    }

    /// A short plain-text answer.
    public static func text(_ status: Int, _ message: String, headers: [(String, String)] = [])
      -> Self
    {
      Response(
        status: status, contentType: "text/plain; charset=utf-8", body: Data(message.utf8),
        headers: headers)
    }
  }

  /// Why a request's head is refused.
  public enum HeadProblem: Error {
    case requestLineTooLong
    case headersTooLarge
    case lengthRequired
    case bodyTooLarge
    case malformed(String)

    /// The answer that refuses the request.
    public var response: Response {
      switch self {
      case .requestLineTooLong: .text(414, "the request line is longer than 8 KiB\n")
      case .headersTooLarge: .text(431, "the request's headers are larger than 32 KiB\n")
      case .lengthRequired:
        .text(411, "a POST needs a Content-Length (chunked bodies are not read)\n")
      case .bodyTooLarge: .text(413, "the request's body is larger than 16 KiB\n")
      case .malformed(let why): .text(400, why + "\n")
      }
    }
  }

  /// The longest request line read (the common limit of web servers).
  public static let largestRequestLine = 8 << 10
  /// The most header bytes read after the request line.
  public static let largestHeaders = 32 << 10
  /// The most body bytes a POST may send.
  public static let largestBody = 16 << 10
  /// How long a client may take to send a request's head (and a POST's body).
  public static let headTimeout: Duration = .seconds(10)

  /// Answers a request that was read whole.
  public let respond: @Sendable (Request) async -> Response

  /// A server that answers with `respond`.
  public init(respond: @escaping @Sendable (Request) async -> Response) {
    self.respond = respond
  }

  /// Listens on `address` and serves until the task is cancelled; `listening` gets the port.
  public func run(on address: sockaddr_in, listening: @escaping @Sendable (UInt16) -> Void)
    async throws
  {
    let socket = try Socket(domain: AF_INET)
    try socket.setValue(true, for: .localAddressReuse)
    try socket.bind(to: address)
    try socket.listen()
    if case .ip4(_, let port) = try socket.sockname() { listening(port) }
    let pool = HTTPServer.defaultPool()
    try await pool.prepare()
    let listener = try AsyncSocket(socket: socket, pool: pool)
    try await withThrowingTaskGroup(of: Void.self) { group in
      group.addTask { try await pool.run() }
      group.addTask {
        try await withThrowingDiscardingTaskGroup { connections in
          for try await connection in listener.sockets {
            connections.addTask { await serve(connection) }
          }
        }
      }
      try await group.next()
      group.cancelAll()
    }
  }

  /// Reads one request from `connection`, answers it and closes the connection.
  private func serve(_ connection: AsyncSocket) async {
    // Closed here only, once: a timer shuts the socket down (a pending read then ends)
    // but never closes it, so its descriptor cannot be reused while this task holds it.
    defer { try? connection.close() }
    let descriptor = connection.socket.file.rawValue
    let timeout = Task {
      try await Task.sleep(for: Self.headTimeout)
      shutdown(descriptor, Int32(SHUT_RDWR))
    }
    let head = await readRequest(from: connection)
    timeout.cancel()
    let response: Response
    var isHead = false
    switch head {
    case .failure(let problem):
      response = problem.response
    case .success(var request):
      isHead = request.method == "HEAD"
      if isHead { request.method = "GET" }
      if request.method == "GET" || request.method == "POST" {
        response = await respond(request)
      } else {
        response = .text(
          405, "rlbook serve answers GET and HEAD only\n", headers: [("Allow", "GET, HEAD")])
      }
    }
    try? await connection.write(Self.encoded(response, withBody: !isHead))
    if case .failure = head { await drain(connection, descriptor: descriptor) }
  }

  /// Reads and drops what a refused client is still sending (at most 1 MiB, for at
  /// most a second), so that closing does not reset the connection before the
  /// client has read why it was refused.
  private func drain(_ connection: AsyncSocket, descriptor: Int32) async {
    shutdown(descriptor, Int32(SHUT_WR))  // the client sees the answer end here
    let closer = Task {
      try await Task.sleep(for: .seconds(1))
      shutdown(descriptor, Int32(SHUT_RD))
    }
    var dropped = 0
    while dropped < 1 << 20, let more = try? await connection.read(atMost: 65_536), !more.isEmpty {
      dropped += more.count
    }
    closer.cancel()
  }

  /// The request, a POST's body read, or the response that refuses it.
  private func readRequest(from connection: AsyncSocket) async -> Result<Request, HeadProblem> {
    var request: Request
    var rest: [UInt8]
    switch await readHead(from: connection) {
    case .failure(let problem): return .failure(problem)
    case .success(let head): (request, rest) = head
    }
    guard request.method == "POST" else { return .success(request) }
    if request.headers["transfer-encoding"] != nil { return .failure(.lengthRequired) }
    guard let field = request.headers["content-length"] else { return .failure(.lengthRequired) }
    guard let length = Int(field), length >= 0 else {
      return .failure(.malformed("the Content-Length is not a number of bytes"))
    }
    guard length <= Self.largestBody else { return .failure(.bodyTooLarge) }
    while rest.count < length {
      guard let more = try? await connection.read(atMost: length - rest.count), !more.isEmpty
      else {
        return .failure(.malformed("the request ended before its body did"))
      }
      rest += more
    }
    request.body = Data(rest.prefix(length))
    return .success(request)
  }

  /// The request line and headers, and the bytes read after them; or the response
  /// that refuses them.
  private func readHead(from connection: AsyncSocket) async
    -> Result<(request: Request, rest: [UInt8]), HeadProblem>
  {
    var bytes: [UInt8] = []
    var scanned = 0
    var lineEnd: Int?
    while true {
      // Look for the end of the request line, then for the blank line that ends the head,
      // each byte once.
      while scanned < bytes.count {
        if bytes[scanned] == 0x0A {
          if lineEnd == nil {
            lineEnd = scanned
          } else if scanned >= 1,
            bytes[scanned - 1] == 0x0A
              || (scanned >= 2 && bytes[scanned - 1] == 0x0D && bytes[scanned - 2] == 0x0A)
          {
            return Self.parse(bytes[..<scanned], lineEnd: lineEnd!).map { request in
              (request, Array(bytes[(scanned + 1)...]))
            }
          }
        }
        scanned += 1
      }
      if lineEnd == nil, bytes.count > Self.largestRequestLine {
        return .failure(.requestLineTooLong)
      }
      if let lineEnd, bytes.count - lineEnd > Self.largestHeaders {
        return .failure(.headersTooLarge)
      }
      guard let more = try? await connection.read(atMost: 4096), !more.isEmpty else {
        return .failure(.malformed("the request ended before its headers did"))
      }
      bytes += more
    }
  }

  /// A request from its head's bytes (the request line ends at `lineEnd`).
  static func parse(_ head: ArraySlice<UInt8>, lineEnd: Int) -> Result<Request, HeadProblem> {
    let line = String(decoding: head[..<lineEnd], as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let parts = line.split(separator: " ", omittingEmptySubsequences: true)
    guard parts.count == 3, parts[2].hasPrefix("HTTP/1."), parts[1].hasPrefix("/") else {
      return .failure(.malformed("not an HTTP/1 request line"))
    }
    let target = parts[1].split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
    guard let path = String(target[0]).removingPercentEncoding else {
      return .failure(.malformed("the path is not valid percent-encoded UTF-8"))
    }
    var query: [String: String] = [:]
    if target.count > 1 {
      for pair in target[1].split(separator: "&") {
        let field = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let name = String(field[0]).removingPercentEncoding ?? ""
        query[name] = field.count > 1 ? String(field[1]).removingPercentEncoding ?? "" : ""
      }
    }
    var headers: [String: String] = [:]
    if lineEnd + 1 < head.endIndex {
      let text = String(decoding: head[(lineEnd + 1)...], as: UTF8.self)
      for line in text.split(whereSeparator: \.isNewline) {
        guard let colon = line.firstIndex(of: ":") else {
          return .failure(.malformed("a header line has no colon"))
        }
        let name = line[..<colon].lowercased()
        guard !name.isEmpty, !name.contains(where: \.isWhitespace) else {
          return .failure(.malformed("a header's name is empty or has a space in it"))
        }
        // Two answers to which site this is, or how long the body is: neither can be trusted.
        if headers[name] != nil, name == "host" || name == "content-length" {
          return .failure(.malformed("the request has two \(name) headers"))
        }
        headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      }
    }
    return .success(
      Request(method: String(parts[0]), path: path, query: query, headers: headers))
  }

  /// The bytes of a response: status line, headers, a blank line, the body when there is one.
  private static func encoded(_ response: Response, withBody: Bool) -> Data {
    var head = "HTTP/1.1 \(response.status) \(reason(response.status))\r\n"
    for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
    head += "Content-Length: \(response.body.count)\r\nConnection: close\r\n\r\n"
    return Data(head.utf8) + (withBody ? response.body : Data())
  }

  private static func reason(_ status: Int) -> String {
    switch status {
    case 200: "OK"
    case 400: "Bad Request"
    case 403: "Forbidden"
    case 404: "Not Found"
    case 405: "Method Not Allowed"
    case 411: "Length Required"
    case 413: "Content Too Large"
    case 415: "Unsupported Media Type"
    case 429: "Too Many Requests"
    case 414: "URI Too Long"
    case 431: "Request Header Fields Too Large"
    default: "Error"
    }
  }
}
