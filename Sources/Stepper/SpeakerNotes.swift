import Lessons
public import TerminalUI

/// The presenter's current slide and its notes, as `rlbook present` passes them
/// to `rlbook present --notes` in another terminal: a small text file.
public struct SpeakerNotes: Hashable, Sendable {
  /// The lesson presented, as the presenter named it.
  public var lesson: String
  /// The presenter's process: notes whose presenter has gone are stale.
  public var presenter: Int32
  /// `Slide 3 of 20 · Title`.
  public var heading: String
  /// The notes of the slide, a paragraph each.
  public var notes: [String]
  /// The next slide's title, if there is one.
  public var next: String?

  /// Notes with a heading, from the presenter of `lesson`.
  public init(lesson: String, presenter: Int32, heading: String, notes: [String], next: String?) {
    self.lesson = lesson
    self.presenter = presenter
    self.heading = heading
    self.notes = notes
    self.next = next
  }

  /// The notes of slide `index` (from 0) of `slides`, published by process `presenter`.
  public init(slide index: Int, of slides: LessonSlides, presenter: Int32) {
    lesson = slides.lesson.path
    self.presenter = presenter
    heading = "Slide \(index + 1) of \(slides.count) · \(slides.title(of: index))"
    notes = slides.slides[index].notes
    next = index + 1 < slides.count ? slides.title(of: index + 1) : nil
  }

  private static let mark = "rlbook notes · presenter "

  /// The file's text: who wrote it (`rlbook notes · presenter PID · LESSON`), the
  /// heading, `next: …`, then the notes after a blank line.
  public var text: String {
    ([Self.mark + "\(presenter) · " + lesson, heading, "next: " + (next ?? "")] + [""] + notes)
      .joined(separator: "\n") + "\n"
  }

  /// Notes read back from their file's text; `nil` for text in another form.
  public init?(text: String) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard lines.count >= 3, lines[0].hasPrefix(Self.mark), lines[2].hasPrefix("next: ")
    else { return nil }
    let author = lines[0].dropFirst(Self.mark.count)
    let parts = author.split(separator: " · ", maxSplits: 1)
    guard parts.count == 2, let presenter = Int32(parts[0]) else { return nil }
    self.presenter = presenter
    lesson = String(parts[1])
    heading = lines[1]
    let nextTitle = String(lines[2].dropFirst(6))
    next = nextTitle.isEmpty ? nil : nextTitle
    notes = lines.dropFirst(4).filter { !$0.isEmpty }
  }

  /// The notes as the notes view shows them, wrapped to `width`.
  public func lines(width: Int) -> [StyledText] {
    var lines = StyledText(heading, style: TextStyle(bold: true, color: .yellow)).wrapped(
      width: width)
    lines.append(StyledText())
    if notes.isEmpty {
      lines.append(StyledText("(no notes for this slide)", style: TextStyle(dim: true)))
    }
    for note in notes {
      lines += StyledText(note).wrapped(width: width)
      lines.append(StyledText())
    }
    if let next {
      lines.append(StyledText("Next: " + next, style: TextStyle(dim: true)))
    }
    return lines
  }
}
