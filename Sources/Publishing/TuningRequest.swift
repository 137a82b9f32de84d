public import Foundation

/// A request from a served page to retrain a tuning exercise's demo with the
/// learner's settings: the form fields `token`, `page`, `exercise` and
/// `settings` (`epsilon=0.1 alpha=0.5`), URL-encoded as a browser sends them.
public struct TuningRequest: Hashable, Sendable {
  /// The page the form is on (`08-sarsa-vs-q-learning.html`).
  public var page: String
  /// The exercise's id.
  public var exercise: String
  /// The learner's settings, as typed (`epsilon=0.1`).
  public var settings: [String]
  /// The token the page was served with.
  public var token: String

  /// A request.
  public init(page: String, exercise: String, settings: [String], token: String) {
    self.page = page
    self.exercise = exercise
    self.settings = settings
    self.token = token
  }

  /// Reads a URL-encoded form body; nil when a field is missing or not UTF-8.
  public init?(form body: Data) {
    guard let text = String(data: body, encoding: .utf8) else { return nil }
    let fields = Self.fields(of: text)
    guard let page = fields["page"], let exercise = fields["exercise"],
      let token = fields["token"], let settings = fields["settings"]
    else { return nil }
    self.init(
      page: page, exercise: exercise,
      settings: settings.split(whereSeparator: \.isWhitespace).map(String.init), token: token)
  }

  /// The fields of `application/x-www-form-urlencoded` text (`+` is a space).
  static func fields(of text: String) -> [String: String] {
    var fields: [String: String] = [:]
    for pair in text.split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let decode = { (part: Substring) in
        part.replacing("+", with: " ").removingPercentEncoding
      }
      guard let name = decode(parts[0]), let value = parts.count > 1 ? decode(parts[1]) : ""
      else { continue }
      fields[name] = value
    }
    return fields
  }
}
