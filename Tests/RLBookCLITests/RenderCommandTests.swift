import Foundation
import RLBookTestSupport
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `rlbook render`: the site's pages, their safety, and how the site is written.
extension CLITests {
  /// A fresh directory for a site (not created).
  private func siteDirectory() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent(
      "rlbook-site-\(UUID().uuidString)")
  }

  private func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

  /// Whether a page parses as XML (the pages are written as well-formed XHTML-style HTML).
  static func isWellFormed(_ html: String) -> Bool {
    let body = html.replacingOccurrences(of: "<!DOCTYPE html>", with: "")
    return XMLParser(data: Data(body.utf8)).parse()
  }

  @Test func everyViewRendersAsAWellFormedPageMatchingItsSnapshot() throws {
    let site = siteDirectory()
    defer { try? FileManager.default.removeItem(at: site) }
    let result = try run([
      "render", "Tests/Fixtures/every-view.md", "--out", site.path, "--keep-going",
    ])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.error.contains("1 lesson → \(site.path)/index.html (3 files,"))
    let page = try text(site.appendingPathComponent("every-view.html"))
    expectSnapshot(page, named: "every-view.html", holdsNetworkOutputs: true)
    for name in ["index.html", "every-view.html"] {
      #expect(Self.isWellFormed(try text(site.appendingPathComponent(name))), "\(name)")
    }
    #expect(page.contains("<td class=\"n best\">"))  // an argmax in a table
    #expect(page.contains("<svg class=\"grid\""))
    #expect(page.contains("<svg class=\"chart\""))
    #expect(page.contains("<div class=\"player\""))
    #expect(page.contains("unknown key `gama`"))  // the broken block's error, in place
    #expect(!page.contains("http://") && !page.contains("https://"))  // nothing fetched
    let again = siteDirectory()
    defer { try? FileManager.default.removeItem(at: again) }
    _ = try run(["render", "Tests/Fixtures/every-view.md", "--out", again.path, "--keep-going"])
    #expect(try text(again.appendingPathComponent("every-view.html")) == page)
  }

  @Test func embedsAreCopiedIntoTheSite() throws {
    let folder = siteDirectory()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("figures"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let picture = Data([0x89, 0x50, 0x4E, 0x47, 1, 2, 3])
    try picture.write(to: folder.appendingPathComponent("figures/agent.png"))
    try "# Embeds\n\n![[figures/agent.png]] and ![[missing.png]]\n".write(
      to: folder.appendingPathComponent("embeds.md"), atomically: true, encoding: .utf8)
    let site = folder.appendingPathComponent("site")
    let result = try run([
      "render", folder.appendingPathComponent("embeds.md").path, "--out", site.path,
    ])
    #expect(result.status == 0, "\(result.error)")
    #expect(try Data(contentsOf: site.appendingPathComponent("media/figures-agent.png")) == picture)
    let page = try text(site.appendingPathComponent("embeds.html"))
    #expect(page.contains("<img src=\"media/figures-agent.png\" alt=\"figures/agent.png\"/>"))
    #expect(page.contains("<span class=\"missing-embed\">missing.png</span>"))
  }

  /// Paths of one character, relative to the working directory: `render x --out s`.
  @Test func oneCharacterPathsWork() throws {
    let folder = siteDirectory()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try "# X\n\n![[p.png]]\n".write(
      to: folder.appendingPathComponent("x"), atomically: true, encoding: .utf8)
    let result = try Subprocess.run(
      Self.binary.path, ["render", "x", "--out", "s"], directory: folder,
      environment: ["XDG_CACHE_HOME": Self.cacheDirectory.path])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.error.contains("x:3:1: warning: embedded file `p.png` not found"))
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("s/x.html").path))
  }

  @Test func hostileLessonsProduceNoScript() throws {
    let folder = siteDirectory()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let lesson = folder.appendingPathComponent("hostile.md")
    try """
    # Title <script>alert(1)</script>

    <script>alert(2)</script>

    Text <img src=x onerror=alert(3)> and [a link](javascript:alert(4)) and `</code><script>alert(5)</script>`.

    $x < y \\text{</math><script>alert(6)</script>}$

    ```rl
    env: "<script>alert(7)</script>"
    agent: q-learning
    ```

    ```rl
    env: cliff
    agent: q-learning
    episodes: 5
    label: "<b onmouseover=alert(8)>"
    show: q-table
    ```
    """.write(to: lesson, atomically: true, encoding: .utf8)
    let site = folder.appendingPathComponent("site")
    let result = try run(["render", lesson.path, "--out", site.path, "--keep-going"])
    #expect(result.status == 0, "\(result.error)")
    let page = try text(site.appendingPathComponent("hostile.html"))
    #expect(Self.isWellFormed(page))
    #expect(page.components(separatedBy: "<script").count == 2)  // only the ← → keys script
    for attack in ["<script>alert", "onerror=", "javascript:", "<b onmouseover", "<img src=x"] {
      #expect(!page.contains(attack), "\(attack)")
    }
    #expect(page.contains("&lt;script&gt;alert(7)&lt;/script&gt;"))  // shown, as text
    #expect(page.contains("<math><mrow><mi>x</mi><mo>&lt;</mo>"))
  }

  @Test func theSiteIsReplacedWholeAndOnlyItsOwnFilesAreTouched() throws {
    let site = siteDirectory()
    defer { try? FileManager.default.removeItem(at: site) }
    let lesson = "Tests/Fixtures/cliff-demo.md"
    #expect(try run(["render", lesson, "--out", site.path]).status == 0)
    let mine = site.appendingPathComponent("CNAME")
    try "rl.example.org\n".write(to: mine, atomically: true, encoding: .utf8)
    #expect(try run(["render", lesson, "--out", site.path, "--seed", "4"]).status == 0)
    #expect(try text(mine) == "rl.example.org\n")  // carried over
    #expect(try text(site.appendingPathComponent("cliff-demo.html")).contains("seed 4"))

    // A render of a lesson with errors writes nothing: the previous site stays whole.
    let folder = siteDirectory()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("figure.png"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let broken = folder.appendingPathComponent("cliff-demo.md")
    try (try Fixtures.text("cliff-demo.md") + "\n![[figure.png]]\n").write(
      to: broken, atomically: true, encoding: .utf8)
    let failed = try run(["render", broken.path, "--out", site.path])
    #expect(failed.status != 0)
    #expect(failed.error.contains("embedded `figure.png` is a directory, not a file"))
    #expect(try text(site.appendingPathComponent("cliff-demo.html")).contains("seed 4"))
    let leftovers = try FileManager.default.contentsOfDirectory(
      atPath: site.deletingLastPathComponent().path
    ).filter { $0.hasPrefix(site.lastPathComponent + ".rlbook-") }
    #expect(leftovers.isEmpty)

    // A directory rlbook did not write is refused, or written into with --force.
    let foreign = siteDirectory()
    try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: foreign) }
    try "notes\n".write(
      to: foreign.appendingPathComponent("todo.txt"), atomically: true, encoding: .utf8)
    let refused = try run(["render", lesson, "--out", foreign.path])
    #expect(refused.status != 0)
    #expect(refused.error.contains("is not empty and was not written by rlbook"))
    #expect(try run(["render", lesson, "--out", foreign.path, "--force"]).status == 0)
    #expect(try text(foreign.appendingPathComponent("todo.txt")) == "notes\n")
    #expect(
      FileManager.default.fileExists(atPath: foreign.appendingPathComponent("index.html").path))
  }
}
