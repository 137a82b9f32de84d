import Foundation
import RLBookTestSupport
import Testing

/// A lesson is untrusted input: its embeds and `render --out` stay inside the
/// lesson's folder and the site.
extension CLITests {
  /// A folder holding `lesson/` (with `lesson/embeds.md` saying `body`) and `outside/victim.txt`.
  private func hostileFolder(_ body: String) throws -> (root: URL, lesson: URL) {
    let root = try temporaryDirectory()
    let files = FileManager.default
    try files.createDirectory(
      at: root.appendingPathComponent("lesson/sub"), withIntermediateDirectories: true)
    try files.createDirectory(
      at: root.appendingPathComponent("outside"), withIntermediateDirectories: true)
    try "secret\n".write(
      to: root.appendingPathComponent("outside/victim.txt"), atomically: true, encoding: .utf8)
    let lesson = root.appendingPathComponent("lesson/embeds.md")
    try body.write(to: lesson, atomically: true, encoding: .utf8)
    return (root, lesson)
  }

  @Test func embedsOutsideTheLessonFolderAreLocatedErrorsAndNeverCopied() throws {
    let (root, lesson) = try hostileFolder(
      "# Embeds\n\n![[../outside/victim.txt]]\n\n![[../../../../etc/passwd]] ![[/etc/hostname]]\n\n![[link.txt]] ![[sub]] ![[.]] ![[sub/../../nowhere.png]]\n"
    )
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent("lesson/link.txt").path,
      withDestinationPath: root.appendingPathComponent("outside/victim.txt").path)
    let check = try run(["check", lesson.path])
    #expect(check.status == 1)
    for (location, target) in [
      ("3:1", "../outside/victim.txt"), ("5:1", "../../../../etc/passwd"),
      ("5:29", "/etc/hostname"), ("7:1", "link.txt"), ("7:31", "sub/../../nowhere.png"),
    ] {
      #expect(
        check.error.contains(
          "\(lesson.path):\(location): error: embedded file `\(target)` is outside the lesson's folder"
        ), "\(target)\n\(check.error)")
    }
    #expect(check.error.contains(":7:15: error: embedded `sub` is a directory, not a file"))
    #expect(check.error.contains(":7:24: error: embedded `.` is a directory, not a file"))

    // render refuses; with --keep-going it writes the site, and still copies none of them.
    let site = root.appendingPathComponent("lesson-site")
    let refused = try run(["render", lesson.path, "--out", site.path])
    #expect(refused.status == 1)
    #expect(refused.error.contains("error: embedded file `../outside/victim.txt` is outside"))
    #expect(refused.error.contains("7 errors in the lessons; the site is not written"))
    #expect(!FileManager.default.fileExists(atPath: site.path))
    let kept = try run(["render", lesson.path, "--out", site.path, "--keep-going"])
    #expect(kept.status == 0, "\(kept.error)")
    #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("media").path))
    let written = try FileManager.default.subpathsOfDirectory(atPath: site.path).sorted()
    #expect(written == [".rlbook-site", "embeds.html", "index.html", "style.css"])
    #expect(
      try String(contentsOf: root.appendingPathComponent("outside/victim.txt"), encoding: .utf8)
        == "secret\n")
    let page = try String(contentsOf: site.appendingPathComponent("embeds.html"), encoding: .utf8)
    #expect(!page.contains("secret") && !page.contains("root:"))
  }

  @Test func embedsGetSiteNamesRlbookChooses() throws {
    let (root, lesson) = try hostileFolder(
      "# Embeds\n\n![[sub/a b.png]] ![[sub/../sub/a b.png]] ![[..hidden.png]] ![[inside.png]]\n")
    defer { try? FileManager.default.removeItem(at: root) }
    let picture = Data([0x89, 0x50, 0x4E, 0x47])
    try picture.write(to: root.appendingPathComponent("lesson/sub/a b.png"))
    try picture.write(to: root.appendingPathComponent("lesson/..hidden.png"))
    // A link that stays inside the folder is followed.
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent("lesson/inside.png").path,
      withDestinationPath: "sub/a b.png")
    let site = root.appendingPathComponent("site")
    let result = try run(["render", lesson.path, "--out", site.path])
    #expect(result.status == 0, "\(result.error)")
    let media = try FileManager.default.contentsOfDirectory(
      atPath: site.appendingPathComponent("media").path
    ).sorted()
    #expect(media == ["__hidden.png", "sub-a_b.png"])
    let page = try String(contentsOf: site.appendingPathComponent("embeds.html"), encoding: .utf8)
    #expect(page.components(separatedBy: "src=\"media/sub-a_b.png\"").count == 4)
  }

  @Test func renderRefusesAnOutThatIsNotADirectory() throws {
    let root = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let lesson = "Tests/Fixtures/cliff-demo.md"
    let report = root.appendingPathComponent("report.txt")
    try "my data\n".write(to: report, atomically: true, encoding: .utf8)
    let link = root.appendingPathComponent("link")
    try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: report.path)
    let fifo = root.appendingPathComponent("fifo")
    #expect(mkfifo(fifo.path, 0o600) == 0)
    for (path, kind) in [(report, "a file"), (link, "a symbolic link"), (fifo, "a FIFO")] {
      let result = try run(["render", lesson, "--out", path.path])
      #expect(result.status == 1)
      #expect(result.error.contains("\(path.path): error: \(kind) is there, not a directory"))
    }
    #expect(try String(contentsOf: report, encoding: .utf8) == "my data\n")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == report.path)
  }

  @Test func forceWritesOnlyWhereNothingIsThere() throws {
    let foreign = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: foreign) }
    let lesson = "Tests/Fixtures/cliff-demo.md"
    let index = foreign.appendingPathComponent("index.html")
    try "mine\n".write(to: index, atomically: true, encoding: .utf8)
    let refused = try run(["render", lesson, "--out", foreign.path, "--force"])
    #expect(refused.status == 1)
    #expect(refused.error.contains("--force writes only files that are not there yet"))
    #expect(refused.error.contains("index.html"))
    #expect(try String(contentsOf: index, encoding: .utf8) == "mine\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: foreign.path) == ["index.html"])
    try FileManager.default.removeItem(at: index)
    try "notes\n".write(
      to: foreign.appendingPathComponent("todo.txt"), atomically: true, encoding: .utf8)
    #expect(try run(["render", lesson, "--out", foreign.path, "--force"]).status == 0)
    #expect(FileManager.default.fileExists(atPath: index.path))
  }

  @Test func aKilledRendersTemporaryDirectoryIsRemovedByTheNext() throws {
    let root = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let site = root.appendingPathComponent("site")
    // No process has a pid this large (the kernel's maximum is 4,194,304).
    let stale = root.appendingPathComponent("site.rlbook-tmp-99999999")
    try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
    try "half a site".write(
      to: stale.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
    // One of a render still running (this test process) is left alone.
    let live = root.appendingPathComponent("site.rlbook-tmp-\(getpid())")
    try FileManager.default.createDirectory(at: live, withIntermediateDirectories: true)
    #expect(try run(["render", "Tests/Fixtures/cliff-demo.md", "--out", site.path]).status == 0)
    #expect(!FileManager.default.fileExists(atPath: stale.path))
    #expect(FileManager.default.fileExists(atPath: live.path))
  }

  @Test func lessonsThatAreTooLargeOrNotFilesAreRefusedUnread() throws {
    let root = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let large = root.appendingPathComponent("large.md")
    try Data(repeating: UInt8(ascii: "a"), count: 3 << 20).write(to: large)
    let fifo = root.appendingPathComponent("fifo.md")
    #expect(mkfifo(fifo.path, 0o600) == 0)  // opening it to read would wait for a writer forever
    let result = try run(["check", root.path])
    #expect(result.status == 1)
    #expect(
      result.error.contains(
        "\(large.path): error: the file is 3072 KiB, and a lesson may be at most 2048 KiB"))
    #expect(
      result.error.contains("\(fifo.path): error: cannot read the file: it is a FIFO, not a file"))
  }

  @Test func lessonTextNeverReachesTheTerminalAsControlCharacters() throws {
    let root = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let lesson = root.appendingPathComponent("escapes.md")
    let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{202E}\u{9B}"
    try """
    ---
    title: "Evil \\e]0;pwned\\a\\e[2J"
    order: x\u{1B}[31m
    ---
    # Head \(hostile) ing

    Text \(hostile) `code \(hostile)` [link \(hostile)](http://x.org/\(hostile))

    ```
    block \(hostile)
    ```

    ```rl
    env: cliff
    agent: q-learning
    gamma: 0.5\u{1B}[2J
    ```

    | a \(hostile) | b |
    | - | - |
    | \u{07} | c |
    """.write(to: lesson, atomically: true, encoding: .utf8)
    let check = try run(["check", "--no-training", lesson.path])
    #expect(!ControlCharacters.found(in: check.output + check.error), "\(check.error)")
    // The YAML reader's complaint is placed at the character, not the block's first line.
    #expect(
      check.error.contains(
        "\(lesson.path):3:9: error: invalid YAML in front matter: control characters are not allowed"
      ))
    #expect(
      check.error.contains(
        "\(lesson.path):16:11: error: invalid YAML in rl block: control characters are not allowed")
    )
    #expect(check.error.contains(" 16 | gamma: 0.5^[[2J\n"))
    for format in ["text", "markdown", "json"] {
      let result = try run(["run", "--no-demos", "--format", format, lesson.path])
      #expect(!ControlCharacters.found(in: result.output + result.error), "\(format)")
    }
    let text = try run(["run", "--no-demos", lesson.path]).output
    #expect(text.contains("Head ^[]0;pwned^G^[[2J\\u{202E}\\u{9B} ing"))
    let site = root.appendingPathComponent("site")
    #expect(try run(["render", lesson.path, "--out", site.path, "--keep-going"]).status == 0)
    for page in try FileManager.default.contentsOfDirectory(atPath: site.path) {
      let contents = try String(contentsOf: site.appendingPathComponent(page), encoding: .utf8)
      #expect(!ControlCharacters.found(in: contents), "\(page)")
    }
  }

  /// A lesson folder's file names are lesson text too.
  @Test func fileNamesReachTheTerminalWithoutControlCharacters() throws {
    let root = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    try "# Fine\n".write(
      to: root.appendingPathComponent("a\u{1B}]0;pwned\u{07}.md"), atomically: true, encoding: .utf8
    )
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent("b\u{1B}[2J.md").path, withDestinationPath: "/nonexistent"
    )
    for command in [["check"], ["run"], ["list"], ["render", "--out", root.path + "-site"]] {
      let result = try run(command + [root.path])
      #expect(!ControlCharacters.found(in: result.output + result.error), "\(command)")
      #expect(result.error.contains("b^[[2J.md") || command == ["list"], "\(command)")
    }
    try? FileManager.default.removeItem(atPath: root.path + "-site")
  }
}
