/// A demo's message (`Give `steps` to set the budget yourself.`) cut at its
/// backticks into prose and code, so that each renderer marks the code as code
/// instead of showing the backticks.
enum MessageSpans {
  /// The pieces in order, each with whether it was between backticks; an
  /// unpaired backtick stays in the text.
  static func pieces(_ message: String) -> [(text: String, isCode: Bool)] {
    let parts = message.split(separator: "`", omittingEmptySubsequences: false).map(String.init)
    guard parts.count >= 3 else { return [(message, false)] }
    var pieces: [(text: String, isCode: Bool)] = []
    // An even count of parts means an odd number of backticks: the last one is unpaired.
    let paired = parts.count % 2 == 1 ? parts.count : parts.count - 1
    for index in 0..<paired where !parts[index].isEmpty {
      pieces.append((parts[index], index % 2 == 1))
    }
    if paired < parts.count { pieces.append(("`" + parts[paired], false)) }
    return pieces
  }
}
