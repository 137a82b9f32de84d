public import Foundation
public import Lessons

/// The site `rlbook serve` serves, kept in memory and replaced as lessons change.
///
/// Each new version wakes the pages waiting for a change, which then reload.
public actor SiteStore {
  /// The files by path inside the site (`index.html`, `style.css`).
  private var files: [String: Data] = [:]
  /// The lessons by the path of their page (`08-sarsa-vs-q-learning.html`).
  private var lessons: [String: Lesson] = [:]
  /// Raised with every render; pages ask for changes after the version they show.
  public private(set) var version = 0
  private var waiting: [CheckedContinuation<Void, Never>] = []

  /// An empty site.
  public init() {}

  /// Replaces the site, and the lessons its pages show.
  public func replace(with files: [String: Data], lessons: [String: Lesson] = [:]) {
    self.files = files
    self.lessons = lessons
    version += 1
    let woken = waiting
    waiting = []
    for continuation in woken { continuation.resume() }
  }

  /// The file at a site path, if there is one.
  public func file(_ path: String) -> Data? { files[path] }

  /// The lesson the page at a site path shows, if it shows one.
  public func lesson(onPage path: String) -> Lesson? { lessons[path] }

  /// Returns when the version passes `version`, or after `timeout` seconds.
  public func waitForChange(after version: Int, timeout: Duration) async -> Int {
    if self.version > version { return self.version }
    let wake = Task {
      try? await Task.sleep(for: timeout)
      self.wakeAll()
    }
    await withCheckedContinuation { waiting.append($0) }
    wake.cancel()
    return self.version
  }

  private func wakeAll() {
    let woken = waiting
    waiting = []
    for continuation in woken { continuation.resume() }
  }
}
