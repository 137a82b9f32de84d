import MarkdownSyntax
import RLBookTestSupport
import Testing

@Suite struct RobustnessTests {
  /// cmark-gfm's inline-extension table is process-global: without the lock,
  /// concurrent parses lose strikethroughs (3–5 % of 4,000 parses here).
  @Test func concurrentParsesKeepEveryStrikethrough() async {
    let paragraph = (0..<200).map { "~~s\($0)~~" }.joined(separator: " ")
    let failures = await withTaskGroup(of: Int.self) { group in
      for _ in 0..<400 {
        group.addTask {
          let document = MarkdownDocument(parsing: paragraph)
          guard case .paragraph(let inlines)? = document.blocks.first?.kind else { return 1 }
          let struck = inlines.count { if case .strikethrough = $0.kind { true } else { false } }
          return struck == 200 ? 0 : 1
        }
      }
      return await group.reduce(0, +)
    }
    #expect(failures == 0)
  }

  @Test func deepNestingIsFlattenedWithAWarning() {
    let source = String(repeating: ">", count: 50_000) + " deep"
    let document = MarkdownDocument(parsing: source)
    #expect(document.warnings.count == 1)
    #expect(document.warnings.first?.message.contains("nested") == true)
    var depth = 0
    var blocks = document.blocks
    while case .blockQuote(let inner)? = blocks.first?.kind {
      depth += 1
      blocks = inner
    }
    #expect(depth <= 70)
    guard case .paragraph(let inlines)? = blocks.first?.kind else {
      Issue.record("expected the flattened paragraph")
      return
    }
    #expect(inlines.plainText == "deep")
  }

  @Test func deepEmphasisNestingDoesNotCrash() {
    let source = String(repeating: "*a ", count: 20_000) + String(repeating: " a*", count: 20_000)
    _ = MarkdownDocument(parsing: source)
  }

  @Test func mutatedNotesParseWithoutCrashing() throws {
    let notes = Array(try Fixtures.notes().utf8)
    let alphabet = Array("$`*_[]!|>#-\n \\{}~<".utf8) + [0xE2, 0x80, 0xF0, 0x9F]
    var generator = SplitMix64(seed: 2024)
    for _ in 0..<1_000 {
      var bytes = notes
      for _ in 0..<Int.random(in: 1...20, using: &generator) {
        let position = Int.random(in: 0..<bytes.count, using: &generator)
        switch Int.random(in: 0..<3, using: &generator) {
        case 0: bytes[position] = alphabet.randomElement(using: &generator)!
        case 1: bytes.insert(alphabet.randomElement(using: &generator)!, at: position)
        default: bytes.remove(at: position)
        }
      }
      let document = MarkdownDocument(parsing: String(decoding: bytes, as: UTF8.self))
      #expect(!document.blocks.isEmpty)
    }
  }
}
