public import Lessons

/// A lesson cut into pages for the stepper: one section per page.
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
    var demos: [[Int]] = []
    var next = 0
    for section in lesson.sections where section.heading != nil || !section.blocks.isEmpty {
      let count = section.blocks.count { if case .demo = $0 { true } else { false } }
      sections.append(section)
      demos.append(Array(next..<next + count))
      next += count
    }
    if sections.isEmpty {
      sections = [Section(heading: nil, blocks: [])]
      demos = [[]]
    }
    self.sections = sections
    self.demos = demos
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
