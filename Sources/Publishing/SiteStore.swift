public import Foundation

/// The site `rlbook serve` serves, kept in memory and replaced as lessons change.
///
/// Each new version wakes the pages waiting for a change, which then reload.
public actor SiteStore {
  /// The files by path inside the site (`index.html`, `style.css`).
  private var files: [String: Data] = [:]
  /// Raised with every render; pages ask for changes after the version they show.
  public private(set) var version = 0
  private var waiting: [CheckedContinuation<Void, Never>] = []

  /// An empty site.
  public init() {}

  /// Replaces the site.
  public func replace(with files: [String: Data]) {
    self.files = files
    version += 1
    let woken = waiting
    waiting = []
    for continuation in woken { continuation.resume() }
  }

  /// The file at a site path, if there is one.
  public func file(_ path: String) -> Data? { files[path] }

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
