/// Whether a request that makes the server work comes from one of its own pages.
///
/// Two attacks are refused. A page of another site open in the same browser
/// can send a POST to the server: its `Origin` is that site, not the server.
/// A DNS-rebinding page makes its own name resolve to 127.0.0.1, so that its
/// requests are same-origin: its `Host` is then that name. So the `Host` must
/// be `localhost` or an IP address (what `rlbook serve` prints and a learner
/// types), and the `Origin` must be `http://` and that same host.
public enum RequestOrigin {
  /// Why `request` is refused, or nil when it comes from a page of this server.
  public static func refusal(of request: SiteServer.Request) -> String? {
    guard let host = request.headers["host"], isLocalAuthority(host) else {
      return
        "the request names this server by a host that is not localhost or an IP address (a DNS-rebinding page?)"
    }
    guard let origin = request.headers["origin"] else {
      return "the request does not say which page sent it (no Origin header)"
    }
    guard origin.lowercased() == "http://" + host.lowercased() else {
      return "the request was sent by a page of another site (\(origin))"
    }
    return nil
  }

  /// Whether `authority` (`host` or `host:port`) is `localhost` or an IP address.
  static func isLocalAuthority(_ authority: String) -> Bool {
    var host = Substring(authority.lowercased())
    if host.hasPrefix("[") {
      guard let end = host.firstIndex(of: "]") else { return false }
      let rest = host[host.index(after: end)...]
      guard rest.isEmpty || isPort(rest) else { return false }
      return host[host.index(after: host.startIndex)..<end].allSatisfy {
        $0.isHexDigit || $0 == ":" || $0 == "."
      }
    }
    if let colon = host.firstIndex(of: ":") {
      guard isPort(host[colon...]) else { return false }
      host = host[..<colon]
    }
    if host == "localhost" { return true }
    let parts = host.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 4
      && parts.allSatisfy { part in
        !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isASCIIDigit)
          && Int(part).map { $0 <= 255 } == true
      }
  }

  /// Whether `text` is `:` and a port number.
  private static func isPort(_ text: Substring) -> Bool {
    text.first == ":" && text.count > 1 && text.count <= 6
      && text.dropFirst().allSatisfy(\.isASCIIDigit)
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
