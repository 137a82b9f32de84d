/// The tokens `rlbook serve` puts in the pages it serves, one per page view,
/// which a request to train must bring back with the page it came from.
///
/// Another site open in the same browser can send a request to the server but
/// cannot read its pages, so it never learns a token. Tokens are 128 random
/// bits; only the most recent ``capacity`` are kept, so memory stays bounded
/// however many pages are loaded (an old page's token expires: reloading it
/// gets a new one).
public actor PageTokens {
  /// How many tokens are kept.
  public static let capacity = 4096

  private var pages: [String: String] = [:]
  private var order: [String] = []
  private var oldest = 0

  /// No tokens yet.
  public init() {}

  /// A new token for the page at `path`.
  public func issue(forPage path: String) -> String {
    var generator = SystemRandomNumberGenerator()
    let token = (0..<2).map { _ in
      let word = String(generator.next() as UInt64, radix: 16)
      return String(repeating: "0", count: 16 - word.count) + word
    }.joined()
    pages[token] = path
    if order.count < Self.capacity {
      order.append(token)
    } else {
      pages[order[oldest]] = nil
      order[oldest] = token
      oldest = (oldest + 1) % Self.capacity
    }
    return token
  }

  /// Whether `token` was issued for the page at `path` and has not expired.
  public func isValid(_ token: String, forPage path: String) -> Bool {
    pages[token] == path
  }
}
