import Foundation
public import Testing

/// Compares `text` with the snapshot file `Snapshots/<name>` beside the calling test file.
///
/// A missing snapshot is written and the test fails, so it is reviewed before it
/// counts. Set `RLBOOK_RECORD_SNAPSHOTS=1` to re-record every snapshot.
///
/// Snapshots that hold a network's outputs (`holdsNetworkOutputs`) are
/// recorded on Linux x86-64 and compared only there: Float networks give the
/// same bits on every x86-64 machine, but another architecture may round a
/// sum differently in the last bit, and training amplifies that.
public func expectSnapshot(
  _ text: String, named name: String, holdsNetworkOutputs: Bool = false,
  filePath: String = #filePath, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  if holdsNetworkOutputs && !networkSnapshotsApply { return }
  let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")
  let url = directory.appendingPathComponent(name)
  let record = ProcessInfo.processInfo.environment["RLBOOK_RECORD_SNAPSHOTS"] == "1"
  guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try? Data(text.utf8).write(to: url)
    Issue.record(
      "recorded snapshot \(name); check it and run the tests again", sourceLocation: sourceLocation)
    return
  }
  if expected != text {
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let common = min(expectedLines.count, actualLines.count)
    let first = (0..<common).first { expectedLines[$0] != actualLines[$0] } ?? common
    let expectedLine = first < expectedLines.count ? String(expectedLines[first]) : "<end>"
    let actualLine = first < actualLines.count ? String(actualLines[first]) : "<end>"
    Issue.record(
      "snapshot \(name) differs at line \(first + 1):\n  expected: \(expectedLine)\n  actual:   \(actualLine)",
      sourceLocation: sourceLocation)
  }
}

/// Whether snapshots of network outputs are compared on this platform (Linux x86-64 only).
public var networkSnapshotsApply: Bool {
  #if os(Linux) && arch(x86_64)
    true
  #else
    false
  #endif
}
