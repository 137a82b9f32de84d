import Foundation
import Lessons
import RLBookTestSupport
import Renderers
import Testing

@Suite struct JSONRendererTests {
  @Test func dumpsValidDeterministicJSONWithLocations() throws {
    let lesson = LessonParser(fileExists: { _ in false }).parse(
      try Fixtures.notes(), path: "notes.md")
    let json = JSONRenderer().render(lesson)
    #expect(json == JSONRenderer().render(lesson))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["title"] as? String == "Reinforcement Learning")
    let sections = try #require(object["sections"] as? [[String: Any]])
    let heading = try #require(sections.first?["heading"] as? [String: Any])
    let range = try #require(heading["range"] as? [String: Int])
    #expect(range == ["startLine": 11, "startColumn": 1, "endLine": 11, "endColumn": 38])
    let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
    #expect(diagnostics.count == 17)
  }

  @Test func escapesControlCharacters() throws {
    let lesson = LessonParser(fileExists: { _ in true }).parse("a \u{1}\"b\"\\", path: "x.md")
    let json = JSONRenderer().render(lesson)
    #expect(json.contains(#""text": "a \u0001\"b\"\\""#))
    #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
  }
}
