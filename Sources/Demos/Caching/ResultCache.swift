public import Foundation
public import Lessons

/// Demo results on disk, under a key that covers everything that determines them.
///
/// The key is the plan's provenance (every setting in effect, defaults
/// included), its views and states, the registry's version and rlbook's. An
/// entry holds its key, so a hash collision is a miss; an entry that cannot
/// be read is ignored and rewritten, never fatal. Writes are atomic, so
/// demos running in parallel never see half an entry.
public struct ResultCache: Sendable {
  /// Where entries are kept.
  public let directory: URL
  /// rlbook's version, part of every key.
  public let version: String

  /// A cache in `directory` for results of rlbook `version`.
  public init(directory: URL, version: String) {
    self.directory = directory
    self.version = version
  }

  /// `$XDG_CACHE_HOME/rlbook`, else `~/.cache/rlbook` (never inside the lessons).
  public static func defaultDirectory(environment: [String: String]) -> URL {
    if let base = environment["XDG_CACHE_HOME"], !base.isEmpty {
      return URL(fileURLWithPath: base).appendingPathComponent("rlbook")
    }
    let home =
      environment["HOME"].map { URL(fileURLWithPath: $0) }
      ?? FileManager.default.homeDirectoryForCurrentUser
    return home.appendingPathComponent(".cache/rlbook")
  }

  /// The text a plan's results are filed under.
  public func key(for plan: DemoPlan) -> String {
    var lines = ["rlbook \(version)", "registry \(Registry.version)"]
    lines.append("env \(plan.provenance.environment ?? "-")")
    lines.append("agents " + plan.provenance.agents.joined(separator: ","))
    lines += plan.provenance.settings.map { "\($0.key)=\($0.value)" }
    lines.append("views " + plan.views.map(\.rawValue).joined(separator: ","))
    lines.append("states " + plan.probes.map { "\($0.label):\($0.kind)" }.joined(separator: ";"))
    return lines.joined(separator: "\n")
  }

  /// The cached result for a key, if there is a readable entry for it.
  public func result(forKey key: String) -> DemoResult? {
    guard let data = try? Data(contentsOf: url(forKey: key)),
      let entry = try? JSONDecoder().decode(Entry.self, from: data), entry.key == key
    else { return nil }
    return DemoResult(outputs: entry.outputs, provenance: entry.provenance)
  }

  /// Files a result under a key; failures to write only lose the cache entry.
  public func store(_ result: DemoResult, forKey key: String) {
    guard let provenance = result.provenance else { return }
    let entry = Entry(key: key, outputs: result.outputs, provenance: provenance)
    guard let data = try? JSONEncoder().encode(entry) else { return }
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try? data.write(to: url(forKey: key), options: .atomic)
  }

  /// The entry file of a key: a 64-bit FNV-1a hash of it, in hexadecimal.
  func url(forKey key: String) -> URL {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in key.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    let name = String(hash, radix: 16)
    return directory.appendingPathComponent(
      String(repeating: "0", count: 16 - name.count) + name + ".json")
  }

  private struct Entry: Codable {
    var key: String
    var outputs: [Output]
    var provenance: Provenance
  }
}
