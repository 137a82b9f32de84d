import Foundation
import Lessons
import MarkdownSyntax
import RLBookTestSupport
import Testing

/// The book types no number a demo computes: a decimal in prose is an inline
/// value, or math (a setting, `$\gamma = 0.9$`), or code.
@Suite struct LessonNumbersTests {
  /// The decimals in `text` that are not signed (`+0.1` is a reward) and not a
  /// reference (`Example 6.2`, `Figure 2.2`, `section 2.3`).
  static func unsignedDecimals(in text: String) -> [String] {
    let characters = Array(text)
    var found: [String] = []
    var index = 0
    while index < characters.count {
      guard characters[index].isNumber else {
        index += 1
        continue
      }
      var end = index
      while end < characters.count, characters[end].isNumber || characters[end] == "." {
        end += 1
      }
      let number = String(characters[index..<end]).trimmingCharacters(
        in: CharacterSet(charactersIn: "."))
      let before = index > 0 ? characters[index - 1] : " "
      let signed = "+-−±".contains(before) || before.isLetter
      let words = String(characters[max(0, index - 8)..<index])
      let reference = ["Example ", "Figure ", "section ", "Section ", "Chapter "].contains {
        words.hasSuffix($0)
      }
      if number.contains("."), !signed, !reference { found.append(number) }
      index = end
    }
    return found
  }

  @Test func findsWhatATeacherWouldType() {
    #expect(Self.unsignedDecimals(in: "worth 0.54, at γ 0.9; +0.1 and −1.5") == ["0.54", "0.9"])
    #expect(Self.unsignedDecimals(in: "Example 6.2 and Figure 2.2; 13 steps.").isEmpty)
  }

  @Test func noLessonTypesADecimalInItsProse() throws {
    let folder = Fixtures.packageRoot.appendingPathComponent("Lessons")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".md") }.sorted()
    #expect(files.count == 9)
    for file in files {
      let source = try String(
        contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      let lesson = LessonParser(fileExists: { _ in true }).parse(source, path: file)
      var prose: [String] = []
      for section in lesson.sections {
        for case .markdown(let block) in section.blocks {
          _ = block.mappingInlines { inline in
            if case .text(let text) = inline.kind { prose.append(text) }
            return inline
          }
        }
      }
      let typed = prose.flatMap(Self.unsignedDecimals)
      #expect(typed.isEmpty, "\(file) types \(typed) in its prose: quote the demo or write math")
    }
  }
}
