import Testing

@testable import Publishing

/// The request head `serve` reads itself.
@Suite struct SiteServerTests {
  private func parse(_ head: String) -> Result<SiteServer.Request, SiteServer.HeadProblem> {
    let bytes = Array(head.utf8)
    let lineEnd = bytes.firstIndex(of: 0x0A) ?? bytes.count
    return SiteServer.parse(bytes[...], lineEnd: lineEnd)
  }

  @Test func aRequestLineGivesMethodDecodedPathAndQuery() throws {
    let request = try parse("GET /a%20b/c.html?version=3&x HTTP/1.1\r\nHost: h\r\n").get()
    #expect(request.method == "GET")
    #expect(request.path == "/a b/c.html")
    #expect(request.query == ["version": "3", "x": ""])
  }

  @Test(arguments: [
    "GET /\r\n", "GET / HTTP/2\r\n", "GET x HTTP/1.1\r\n", "nonsense\r\n", "GET /%zz HTTP/1.1\r\n",
  ])
  func malformedRequestLinesAre400(line: String) {
    guard case .failure(let problem) = parse(line) else {
      Issue.record("accepted \(line)")
      return
    }
    #expect(problem.response.status == 400)
  }

  @Test func refusalsHaveTheirStatus() {
    #expect(SiteServer.HeadProblem.requestLineTooLong.response.status == 414)
    #expect(SiteServer.HeadProblem.headersTooLarge.response.status == 431)
  }

  @Test func headersAreReadByLowercasedName() throws {
    let request = try parse("POST /x HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nContent-Length:  5 \r\n")
      .get()
    #expect(request.headers == ["host": "127.0.0.1:8000", "content-length": "5"])
  }

  @Test(arguments: [
    "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n", "GET / HTTP/1.1\r\nno colon\r\n",
    "GET / HTTP/1.1\r\nBad Name: x\r\n",
  ])
  func suspectHeadersAre400(head: String) {
    guard case .failure(let problem) = parse(head) else {
      Issue.record("accepted \(head)")
      return
    }
    #expect(problem.response.status == 400)
  }
}
