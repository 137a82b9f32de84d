import Lessons
import MarkdownSyntax
import RLBookTestSupport
import Testing

@Suite struct DemoSpecTests {
  private let parser = LessonParser(fileExists: { _ in true })

  /// A reader sees a block without its claims, in every way YAML can write them.
  @Test(arguments: [
    "expect:\n  - v(start) > 0\n  - v(goal) == 0\n",
    "expect:\n- v(start) > 0\n\n- v(goal) == 0\n",
    "expect:\n  worth: v(start) > 0\n  ends:\n    v(goal) == 0\n",
    "expect: [v(start) > 0]\n",
  ])
  func claimsAreNotShown(claims: String) throws {
    let body = "env: frozenlake\n" + claims + "show: value-grid\n"
    let lesson = parser.parse("# T\n\n```rl\n" + body + "```\n", path: "a.md")
    let spec = try #require(lesson.demos.first)
    #expect(spec["expect"] != nil)
    #expect(spec.shownSource == "env: frozenlake\nshow: value-grid\n")
    let last = parser.parse("# T\n\n```rl\nenv: frozenlake\n" + claims + "```\n", path: "a.md")
    #expect(try #require(last.demos.first).shownSource == "env: frozenlake\n")
  }

  /// After `--set gamma=0.5` the block shows the value in effect, and what the lesson says.
  @Test func settingsInEffectAreShown() throws {
    let lesson = parser.parse(
      "# T\n\n```rl\nenv: frozenlake\ngamma: 0.950\nshow: value-grid\n```\n", path: "a.md")
    let spec = try #require(lesson.demos.first)
    let changed = Provenance(
      environment: "frozenlake", agents: [],
      settings: [.init("gamma", "0.5"), .init("show", "value-grid")])
    #expect(
      spec.shownSource(inEffect: changed)
        == "env: frozenlake\ngamma: 0.5  # the lesson has 0.950\nshow: value-grid\n")
    let same = Provenance(environment: "frozenlake", agents: [], settings: [.init("gamma", "0.95")])
    #expect(spec.shownSource(inEffect: same) == spec.source)
  }

  /// A map drawn as a block and a legend written as a map are what the
  /// provenance lists, unless the run changed them.
  @Test func drawnMapsAndLegendsAreTheirProvenance() throws {
    let body = "env: grid\nmap: |\n  aS.b\n  #--#\nexits: {\"-\": -100, \"a\": 1}\n"
    let lesson = parser.parse("# T\n\n```rl\n" + body + "```\n", path: "a.md")
    let spec = try #require(lesson.demos.first)
    func provenance(map: String) -> Provenance {
      Provenance(
        environment: "grid", agents: [],
        settings: [.init("map", map), .init("exits", "{\"-\": -100, \"a\": 1}")])
    }
    #expect(spec.shownSource(inEffect: provenance(map: "[aS.b, #--#]")) == spec.source)
    let changed = spec.shownSource(inEffect: provenance(map: "[aSb., #--#]"))
    #expect(changed == body.replacing("map: |", with: "map: |  # in effect: [aSb., #--#]"))
  }

  @Test func locatesKeysAndValuesInTheLessonFile() {
    let marked = MarkedText(
      """
      # Demo 💡 π

      ```rl
      1️⃣env: 2️⃣cliff
      3️⃣agents: 4️⃣[q-learning, reinforce]
      5️⃣gamma: 6️⃣0.9
      ```
      """)
    let lesson = parser.parse(marked.text, path: "a.md")
    #expect(lesson.diagnostics.isEmpty)
    let spec = try! #require(lesson.demos.first)
    #expect(spec.entries.map(\.key) == ["env", "agents", "gamma"])
    #expect(spec["env"]?.keyRange.start == marked["1️⃣"])
    #expect(spec["env"]?.value.range == SourceRange(line: 4, column: marked["2️⃣"].column, length: 5))
    #expect(spec["agents"]?.keyRange.start == marked["3️⃣"])
    #expect(spec["agents"]?.value.range.start == marked["4️⃣"])
    #expect(spec["agents"]?.value.items?.compactMap(\.text) == ["q-learning", "reinforce"])
    #expect(spec["gamma"]?.keyRange.start == marked["5️⃣"])
    #expect(spec["gamma"]?.value.range.start == marked["6️⃣"])
    #expect(spec["gamma"]?.value.double == 0.9)
    #expect(spec.range.start == SourceLocation(line: 3, column: 1))
  }

  @Test func convertsYAMLScalarColumnsToByteColumns() {
    // libyaml counts `π` and `💡` as one column each; the file has 2 and 4 bytes.
    let marked = MarkedText(
      """
      ```rl
      labels: ["π💡", 1️⃣x, "é", 2️⃣y]
      ```
      """)
    let lesson = parser.parse(marked.text, path: "a.md")
    let items = lesson.demos.first?["labels"]?.value.items ?? []
    #expect(items.count == 4)
    #expect(items.map(\.range.start)[1] == marked["1️⃣"])
    #expect(items.map(\.range.start)[3] == marked["2️⃣"])
  }

  @Test func locatesEachLineOfABlockScalarAndTheTextInsideQuotes() {
    let marked = MarkedText(
      """
      ```rl
      map: |
          1️⃣#π#
          2️⃣S.+
      row: "3️⃣ab"
      ```
      """)
    let lesson = parser.parse(marked.text, path: "a.md")
    #expect(lesson.demos.count == 1, "\(lesson.diagnostics)")
    let map = lesson.demos.first?["map"]?.value
    #expect(map?.text == "#π#\nS.+\n")
    #expect(map?.lineStarts == [marked["1️⃣"], marked["2️⃣"]])
    // The `+`, after a two-byte π on the line above: byte offsets, not characters.
    #expect(map?.range(line: 1, byteOffset: 2).start.column == marked["2️⃣"].column + 2)
    #expect(lesson.demos.first?["row"]?.value.lineStarts == [marked["3️⃣"]])
  }

  @Test func locatesKeysAfterMultiByteCharacters() {
    let marked = MarkedText(
      """
      - item

        ```rl
        π: 1
        ```

      ```rl
      ünï: 1️⃣ok
      ```
      """)
    let lesson = parser.parse(marked.text, path: "a.md")
    #expect(lesson.demos.count == 1)
    #expect(lesson.demos[0]["ünï"]?.value.range.start == marked["1️⃣"])
    // The nested block is shown as code, with a warning.
    #expect(lesson.diagnostics.map(\.severity) == [.warning])
    #expect(lesson.diagnostics.first?.range?.start == SourceLocation(line: 3, column: 3))
  }

  @Test func reportsYAMLErrorsAtTheirPosition() {
    let source = "Intro.\n\n```rl\nenv: cliff\ngamma: [0.9\n```\n\n```rl\nenv: x\n```\n"
    let lesson = parser.parse(source, path: "a.md")
    #expect(lesson.demos.count == 2)
    #expect(!lesson.demos[0].isValid)
    #expect(lesson.demos[1].isValid)
    #expect(lesson.diagnostics.count == 1)
    #expect(lesson.diagnostics[0].message.hasPrefix("invalid YAML in rl block"))
    #expect(lesson.diagnostics[0].range?.start == SourceLocation(line: 5, column: 8))
  }

  @Test func reportsBodiesThatAreNotMaps() {
    let lesson = parser.parse("```rl\n- env\n- cliff\n```\n\n```rl\n```\n", path: "a.md")
    #expect(
      lesson.diagnostics.map(\.message) == [
        "an rl block must be a map of `key: value` lines, not a list", "empty rl block",
      ])
    #expect(lesson.diagnostics.map { $0.range?.start.line } == [2, 6])
  }

  @Test func reportsDuplicateKeys() {
    let lesson = parser.parse("```rl\nenv: a\nenv: b\n```\n", path: "a.md")
    #expect(lesson.diagnostics.map(\.message) == ["duplicate key `env` in rl block"])
  }

  @Test func readsScalarTypes() {
    let lesson = parser.parse(
      "```rl\na: 1e3\nb: \"7\"\nc: yes\nd:\ne: 1_000\n```\n", path: "a.md")
    let spec = lesson.demos[0]
    #expect(spec["a"]?.value.int == 1000)
    #expect(spec["b"]?.value.int == nil)
    #expect(spec["b"]?.value.text == "7")
    #expect(spec["c"]?.value.bool == true)
    #expect(spec["d"]?.value.kind == .null)
    #expect(spec["e"]?.value.int == 1000)
  }
}

/// `id:` names a demo for prose and claims.
@Suite struct DemoIDTests {
  private let parser = LessonParser(fileExists: { _ in true })

  @Test func demosAreFoundByIdOrByNumber() throws {
    let lesson = parser.parse(
      "```rl\nid: lake\nenv: frozenlake\n```\n\n```rl\nenv: cliff\n```\n", path: "a.md")
    #expect(lesson.diagnostics.isEmpty)
    #expect(lesson.demos.map(\.id) == ["lake", nil])
    #expect(lesson.demoIndex(named: "lake") == 0)
    #expect(lesson.demoIndex(named: "demo1") == 0)
    #expect(lesson.demoIndex(named: "demo2") == 1)
    #expect(lesson.demoIndex(named: "demo3") == nil)
    #expect(lesson.demoIndex(named: "demo02") == nil)
    #expect(lesson.demoIndex(named: "cliff") == nil)
  }

  @Test func aRepeatedOrReservedIdIsAnErrorAtTheId() {
    let lesson = parser.parse(
      """
      ```rl
      id: lake
      env: frozenlake
      ```

      ```rl
      id: lake
      env: cliff
      ```

      ```rl
      id: argmax
      env: cliff
      ```

      ```rl
      id: demo4
      env: cliff
      ```

      ```rl
      id: two words
      env: cliff
      ```
      """, path: "a.md")
    let problems = lesson.diagnostics.map { "\($0.range!.start): \($0.message)" }
    #expect(
      problems == [
        "7:5: the id `lake` is already used by the demo at line 1",
        "12:5: `argmax` means something in expressions, so it cannot be a demo's id",
        "17:5: `demo4` is how demos without ids are numbered, so it cannot be an id",
        "22:5: `two words` is not a name: use letters, digits and `-` between them (`lake`, `cliff-walk`)",
      ])
  }
}
