import Foundation
import Lessons
import RLBookTestSupport
import Stepper
import Testing

/// The book's slides as a teacher meets them in `rlbook present`.
@Suite struct BookSlidesTests {
  static let lessons: [Lesson] = {
    let folder = Fixtures.packageRoot.appendingPathComponent("Lessons")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".md") }.sorted().compactMap { name in
      let url = folder.appendingPathComponent(name)
      guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
      return LessonParser(fileExists: { _ in true }).parse(text, path: "Lessons/" + name)
    }
  }()

  /// A note that asks for a nudge (`Press e`, `Try a and A`) sits on the slide of
  /// the demo it nudges: on any other slide the key does nothing.
  @Test func notesAboutNudgesSitOnTheirDemosSlide() {
    #expect(Self.lessons.count >= 9)
    let asks = /\b(Press|Try) [gGeEaA]\b/
    var found = 0
    for lesson in Self.lessons {
      for slide in LessonSlides(lesson).slides {
        for note in slide.notes where note.contains(asks) {
          found += 1
          #expect(slide.demo != nil, "\(lesson.path): “\(note)” is on a slide with no demo")
        }
      }
    }
    #expect(found >= 2)
  }
}
