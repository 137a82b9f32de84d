import Foundation
import Lessons
import Renderers
import Testing

@testable import Publishing

/// Writing a site: only into a directory, never over what is there, with names rlbook chooses.
@Suite struct SiteWriterTests {
  let root = FileManager.default.temporaryDirectory.appendingPathComponent(
    "rlbook-writer-\(UUID().uuidString)")
  let pages = [Site.File(path: "index.html", contents: "<p>index</p>")]

  @Test func aFileAtTheTargetIsRefusedAndKept() throws {
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    let report = root.appendingPathComponent("report.txt")
    try Data("data".utf8).write(to: report)
    #expect(throws: SiteWriter.Problem.self) {
      try SiteWriter(directory: report.path, force: true).write(pages, media: [:])
    }
    #expect(try String(contentsOf: report, encoding: .utf8) == "data")
  }

  @Test func forceRefusesToReplaceAndWritesNothing() throws {
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    try Data("mine".utf8).write(to: root.appendingPathComponent("index.html"))
    do {
      try SiteWriter(directory: root.path, force: true).write(pages, media: ["media/a.png": Data()])
      Issue.record("wrote over index.html")
    } catch {
      guard case .wouldOverwrite(_, let paths) = error else {
        Issue.record("\(error)")
        return
      }
      #expect(paths == ["index.html"])
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["index.html"])
  }

  @Test func forceDoesNotWriteThroughALinkInTheDirectory() throws {
    let elsewhere = root.appendingPathComponent("elsewhere")
    let site = root.appendingPathComponent("site")
    try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createSymbolicLink(
      atPath: site.appendingPathComponent("media").path, withDestinationPath: elsewhere.path)
    #expect(throws: SiteWriter.Problem.self) {
      try SiteWriter(directory: site.path, force: true).write(
        pages, media: ["media/a.png": Data([1])])
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
  }

  @Test(arguments: [
    ("figures/agent.png", "figures-agent.png"), ("a b/c?.png", "a_b-c_.png"),
    ("..hidden", "__hidden"), ("é.png", "_.png"), ("", "file"),
  ])
  func mediaNamesHaveNoSeparatorsOrDots(relative: String, name: String) {
    #expect(SiteMedia.fileName(for: relative) == name)
  }
}
