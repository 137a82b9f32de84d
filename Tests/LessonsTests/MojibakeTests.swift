import Lessons
import MarkdownSyntax
import RLBookTestSupport
import Testing

@Suite struct MojibakeTests {
  @Test(arguments: [
    ("(‚Üê ‚Üí jump)", "(← → jump)"),
    ("It‚Äôs what the agent", "It’s what the agent"),
    ("\t\u{F8FF}üí° The *agent*", "\t💡 The *agent*"),
    ("Windows: itâ€™s cafÃ©", "Windows: it’s café"),
  ])
  func repairsDamagedText(_ damaged: String, _ repaired: String) {
    #expect(Mojibake.repaired(damaged) == repaired)
  }

  @Test(arguments: ["café au lait", "“élan”", "naïve façade", "π ≈ 3.14 → ∞", "Ünïcödé — ok"])
  func leavesRealTextAlone(_ text: String) {
    #expect(Mojibake.findings(in: text).isEmpty)
    #expect(Mojibake.repaired(text) == text)
  }

  @Test func findsTheNotesDamageWithItsEncoding() throws {
    let findings = Mojibake.findings(in: try Fixtures.notes())
    #expect(findings.map(\.repaired) == ["←", "→", "’", "’", "💡"])
    #expect(findings.allSatisfy { $0.encoding == .macRoman })
    #expect(findings[0].damaged == "‚Üê")
    #expect(findings[0].range == SourceRange(line: 23, column: 87, length: 7))
  }

  @Test func repairedNotesHaveNoDamageLeft() throws {
    let repaired = Mojibake.repaired(try Fixtures.notes())
    #expect(Mojibake.findings(in: repaired).isEmpty)
    #expect(repaired.contains("(← → jump)"))
    #expect(repaired.contains("\t💡 The *agent* chooses"))
  }
}
