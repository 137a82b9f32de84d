public import TerminalUI

/// The presenter's current slide and its notes, as `rlbook present` passes them
/// to `rlbook present --notes` in another terminal: a small text file.
public struct SpeakerNotes: Hashable, Sendable {
  /// `Slide 3 of 20 · Title`.
  public var heading: String
  /// The notes of the slide, a paragraph each.
  public var notes: [String]
  /// The next slide's title, if there is one.
  public var next: String?

  /// Notes with a heading.
  public init(heading: String, notes: [String], next: String?) {
    self.heading = heading
    self.notes = notes
    self.next = next
  }

  /// The notes of slide `index` (from 0) of `slides`.
  public init(slide index: Int, of slides: LessonSlides) {
    heading = "Slide \(index + 1) of \(slides.count) · \(slides.title(of: index))"
    notes = slides.slides[index].notes
    next = index + 1 < slides.count ? slides.title(of: index + 1) : nil
  }

  /// The file's text: the heading, `next: …`, then the notes after a blank line.
  public var text: String {
    ([heading, "next: " + (next ?? "")] + [""] + notes).joined(separator: "\n") + "\n"
  }

  /// Notes read back from their file's text; `nil` for text in another form.
  public init?(text: String) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard lines.count >= 2, lines[1].hasPrefix("next: ") else { return nil }
    heading = lines[0]
    let nextTitle = String(lines[1].dropFirst(6))
    next = nextTitle.isEmpty ? nil : nextTitle
    notes = lines.dropFirst(3).filter { !$0.isEmpty }
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
