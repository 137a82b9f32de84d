public import Lessons
import MarkdownSyntax

/// A lesson cut into slides for `rlbook present`: one idea per screen.
///
/// The first slide is the title. After it, every paragraph, list, table, callout
/// and demo starts a slide of its own, under its section's heading; a paragraph
/// that ends with a colon keeps what it introduces (a list, formula, table or
/// code) on its slide. HTML comments `<!-- note: … -->` are speaker notes for
/// the slide they follow; other HTML comments are not shown.
public struct LessonSlides: Sendable {
  /// One screen.
  public struct Slide: Hashable, Sendable {
    /// The heading of the section the slide belongs to (`nil` on the title slide
    /// and before the first heading).
    public var heading: Heading?
    /// What the slide shows.
    public var blocks: [LessonBlock]
    /// Speaker notes, a paragraph each.
    public var notes: [String]
    /// The index in the lesson of the slide's demo, if it has one.
    public var demo: Int?

    /// Whether this is the lesson's title slide.
    public var isTitle: Bool { heading == nil && blocks.isEmpty && demo == nil }
  }

  /// The lesson.
  public let lesson: Lesson
  /// The slides, the title first.
  public let slides: [Slide]

  /// The slides of a lesson.
  public init(_ lesson: Lesson) {
    self.lesson = lesson
    var slides = [Slide(heading: nil, blocks: [], notes: [], demo: nil)]
    var demoCount = 0
    for section in lesson.sections {
      // The lesson's title heading is the title slide; its section's blocks follow it.
      let heading = section.heading?.level == 1 ? nil : section.heading
      var isFirstOfSection = true
      for block in section.blocks {
        if case .markdown(let markdown) = block, case .html(let html) = markdown.kind {
          if let note = Self.note(in: html) { slides[slides.count - 1].notes.append(note) }
          continue
        }
        let joins =
          !isFirstOfSection && Self.introduces(slides[slides.count - 1])
          && Self.isIllustration(block)
        if joins {
          slides[slides.count - 1].blocks.append(block)
        } else {
          slides.append(Slide(heading: heading, blocks: [block], notes: [], demo: nil))
        }
        if case .demo = block {
          slides[slides.count - 1].demo = demoCount
          demoCount += 1
        }
        isFirstOfSection = false
      }
      if isFirstOfSection, let heading {  // a heading with nothing under it
        slides.append(Slide(heading: heading, blocks: [], notes: [], demo: nil))
      }
    }
    self.slides = slides
  }

  /// The number of slides.
  public var count: Int { slides.count }

  /// A slide's title: its section's heading, or the lesson's title.
  public func title(of slide: Int) -> String {
    slides[slide].heading?.content.plainText ?? lesson.title
  }

  /// The text of a `<!-- note: … -->` comment, without its markers.
  static func note(in html: String) -> String? {
    var text = Substring(html)
    while text.last?.isWhitespace == true { text = text.dropLast() }
    guard text.hasPrefix("<!--"), text.hasSuffix("-->") else { return nil }
    text = text.dropFirst(4).dropLast(3)
    while text.first?.isWhitespace == true { text = text.dropFirst() }
    guard text.lowercased().hasPrefix("note:") else { return nil }
    let words = text.dropFirst(5).split(whereSeparator: { $0.isWhitespace })
    return words.joined(separator: " ")
  }

  /// Whether a slide is a lone paragraph ending with a colon.
  private static func introduces(_ slide: Slide) -> Bool {
    guard slide.blocks.count == 1, case .markdown(let block) = slide.blocks[0],
      case .paragraph(let content) = block.kind
    else { return false }
    return content.plainText.hasSuffix(":")
  }

  /// Whether a block illustrates the paragraph before it rather than making a point of its own.
  private static func isIllustration(_ block: LessonBlock) -> Bool {
    guard case .markdown(let block) = block else { return false }
    switch block.kind {
    case .list, .displayMath, .codeBlock, .table: return true
    default: return false
    }
  }
}
