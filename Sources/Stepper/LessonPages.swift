public import Lessons

/// A lesson cut into pages for the stepper: one section per page, and each
/// exercise on a page of its own (under its section's heading), so that a
/// learner answers it with nothing else on the screen.
public struct LessonPages: Sendable {
  /// The lesson.
  public let lesson: Lesson
  /// The sections shown, one per page (empty sections are skipped).
  public let sections: [Section]
  /// For each page, the indices (in the lesson's order) of its demos.
  public let demos: [[Int]]

  /// The pages of a lesson.
  public init(_ lesson: Lesson) {
    self.lesson = lesson
    var sections: [Section] = []
    for section in lesson.sections where section.heading != nil || !section.blocks.isEmpty {
      var part = Section(heading: section.heading, blocks: [])
      var hasPart = section.blocks.isEmpty  // a heading with nothing under it is a page
      for block in section.blocks {
        guard case .exercise = block else {
          part.blocks.append(block)
          hasPart = true
          continue
        }
        if hasPart { sections.append(part) }
        sections.append(Section(heading: section.heading, blocks: [block]))
        part = Section(heading: section.heading, blocks: [])
        hasPart = false
      }
      if hasPart { sections.append(part) }
    }
    if sections.isEmpty { sections = [Section(heading: nil, blocks: [])] }
    var demos: [[Int]] = []
    var next = 0
    for section in sections {
      let count = section.blocks.count { if case .demo = $0 { true } else { false } }
      demos.append(Array(next..<next + count))
      next += count
    }
    self.sections = sections
    self.demos = demos
  }

  /// The exercise a page is, if it is one.
  public func exercise(on page: Int) -> Exercise? {
    guard sections.indices.contains(page), sections[page].blocks.count == 1,
      case .exercise(let exercise) = sections[page].blocks[0]
    else { return nil }
    return exercise
  }

  /// The page of the exercise with this id.
  public func page(ofExercise id: String) -> Int? {
    sections.indices.first { exercise(on: $0)?.id == id }
  }

  /// The number of pages.
  public var count: Int { sections.count }

  /// The page (from 0) whose plain text contains `text` (ignoring case), searching
  /// forward from the page after `page` and wrapping around.
  public func page(containing text: String, after page: Int, plainText: (Int) -> String) -> Int? {
    let needle = text.lowercased()
    for offset in 1...count {
      let candidate = (page + offset) % count
      if plainText(candidate).lowercased().contains(needle) { return candidate }
    }
    return nil
  }
}
