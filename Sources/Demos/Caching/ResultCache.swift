public import Foundation
public import Lessons

/// Demo results on disk, under a key that covers everything that determines them.
///
/// The key is the plan's provenance (every setting in effect, defaults
/// included), its views and states, the registry's version and rlbook's. An
/// entry holds its key, so a hash collision is a miss, and a checksum of its
/// contents, so an entry edited or damaged on disk (digits changed, the JSON
/// still valid) is set aside and the demo trained again: a cache never makes
/// a lesson print what its demo did not compute. Writes are atomic, so demos
/// running in parallel never see half an entry.
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
    var lines = ["rlbook \(version)", "registry \(Registry.version)", "entries 2"]
    lines.append("env \(plan.provenance.environment ?? "-")")
    lines.append("agents " + plan.provenance.agents.joined(separator: ","))
    lines += plan.provenance.settings.map { "\($0.key)=\($0.value)" }
    lines.append("views " + plan.views.map(\.name).joined(separator: ","))
    lines.append("states " + plan.probes.map { "\($0.label):\($0.kind)" }.joined(separator: ";"))
    return lines.joined(separator: "\n")
  }

  /// What the cache holds for a key.
  public enum Lookup: Sendable {
    /// A sound entry.
    case hit(DemoResult)
    /// No entry (or one for another key with the same hash).
    case miss
    /// An entry that was damaged or edited: removed, so the result is computed again.
    case setAside(reason: String)
  }

  /// The cached result for a key, if there is a sound entry for it.
  public func result(forKey key: String) -> DemoResult? {
    if case .hit(let result) = lookup(key) { return result }
    return nil
  }

  /// Looks a key up, setting aside an entry whose contents do not match its checksum.
  public func lookup(_ key: String) -> Lookup {
    let file = url(forKey: key)
    guard let data = try? Data(contentsOf: file) else { return .miss }
    guard let entry = try? JSONDecoder().decode(Entry.self, from: data) else {
      try? FileManager.default.removeItem(at: file)
      return .setAside(reason: "it is not a cache entry rlbook can read")
    }
    guard entry.key == key else { return .miss }
    let payload = Payload(
      outputs: entry.outputs, provenance: entry.provenance, values: entry.values)
    guard entry.checksum == Self.checksum(of: payload, key: key) else {
      try? FileManager.default.removeItem(at: file)
      return .setAside(reason: "its contents do not match its checksum")
    }
    return .hit(
      DemoResult(outputs: entry.outputs, provenance: entry.provenance, values: entry.values))
  }

  /// Files a result under a key; failures to write only lose the cache entry.
  public func store(_ result: DemoResult, forKey key: String) {
    guard let provenance = result.provenance else { return }
    let payload = Payload(outputs: result.outputs, provenance: provenance, values: result.values)
    guard let checksum = Self.checksum(of: payload, key: key) else { return }
    let entry = Entry(
      key: key, checksum: checksum, outputs: result.outputs, provenance: provenance,
      values: result.values)
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys  // the same bytes for the same entry
    guard let data = try? encoder.encode(entry) else { return }
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try? data.write(to: url(forKey: key), options: .atomic)
  }

  /// The entry file of a key: a hash of it, in hexadecimal.
  func url(forKey key: String) -> URL {
    directory.appendingPathComponent(Self.hexHash(Array(key.utf8)) + ".json")
  }

  /// A hash of the key and the payload as sorted-key JSON.
  private static func checksum(of payload: Payload, key: String) -> String? {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    guard let data = try? encoder.encode(payload) else { return nil }
    return hexHash(Array(key.utf8) + [0] + Array(data))
  }

  /// 64-bit FNV-1a, as 16 hexadecimal digits.
  private static func hexHash(_ bytes: [UInt8]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    let name = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - name.count) + name
  }

  private struct Payload: Codable {
    var outputs: [Output]
    var provenance: Provenance
    var values: DemoValues
  }

  private struct Entry: Codable {
    var key: String
    var checksum: String
    var outputs: [Output]
    var provenance: Provenance
    var values: DemoValues
  }
}
