import Lessons

/// A view: one way to show what a demo learned.
///
/// Each view is one registration in its own file under `Views/`: its name, a
/// line on what it shows, and an adapter that says which agents and
/// environments it can show and builds its outputs. ``Registry/views`` lists them.
public struct ViewEntry: Hashable, Sendable {
  /// The name `show` uses (`q-table`).
  public let name: String
  /// One line on what it shows.
  public let summary: String
  /// What expressions (inline values and claims) read of what it shows.
  public let reads: String
  /// Says what it can show and builds it.
  let adapter: any ViewAdapter

  init(_ name: String, _ summary: String, reads: String, adapter: any ViewAdapter) {
    self.name = name
    self.summary = summary
    self.reads = reads
    self.adapter = adapter
  }

  /// Entries are the same when their names are: a name is registered once.
  public static func == (lhs: ViewEntry, rhs: ViewEntry) -> Bool { lhs.name == rhs.name }

  public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

/// How one view checks a demo and draws it: the extension point for views.
protocol ViewAdapter: Sendable {
  /// Why it cannot show these agents on this environment with these settings.
  func problems(
    agents: [AgentEntry], environment: EnvironmentEntry, settings: DemoSettings
  ) -> [ViewProblem]

  /// What it shows of a trained demo.
  func outputs(_ context: ViewContext) -> [Output]
}

extension ViewAdapter {
  func problems(
    agents: [AgentEntry], environment: EnvironmentEntry, settings: DemoSettings
  ) -> [ViewProblem] { [] }
}

/// Why a view cannot show a demo, said at the view's name in `show` or at `key`.
struct ViewProblem: Hashable, Sendable {
  /// What is wrong.
  var message: String
  /// What to do instead.
  var hint: String
  /// The key the problem is about, when it is not the view itself (`metric`).
  var key: String?

  init(_ message: String, hint: String, key: String? = nil) {
    self.message = message
    self.hint = hint
    self.key = key
  }
}
