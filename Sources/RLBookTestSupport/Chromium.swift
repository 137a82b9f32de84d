import Foundation

/// Headless Chromium, as the tests that look at pages run it (CI installs Debian's).
public enum Chromium {
  /// Where Debian puts it.
  public static let path = "/usr/bin/chromium"

  /// Whether this machine has it.
  public static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: path) }

  /// Opens `url` headless, with `options` (`--dump-dom`, `--screenshot=…`).
  public static func run(_ url: String, _ options: [String]) throws -> Subprocess.Result {
    try Subprocess.run(
      path,
      ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] + options + [url],
      timeout: 120)
  }
}
