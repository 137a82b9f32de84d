import Foundation
import Stepper
import TerminalUI

/// `rlbook present --notes`: the presenter's notes in a second terminal, following
/// the slides as they change.
struct NotesView {
  let colors: Bool
  /// The lesson whose presenter to follow; `nil` follows any.
  let lesson: String?

  /// Follows the presenter until q or Ctrl-C; off a terminal, prints the current notes once.
  func run(following: Bool) {
    guard following else {
      Console.write(
        SpeakerNotes.current(of: lesson).map {
          $0.lines(width: 80).map(\.plainText).joined(separator: "\n") + "\n"
        } ?? "No presentation is running (start one with rlbook present \(lesson ?? "LESSON")).\n")
      return
    }
    RawTerminal.enter()
    defer { RawTerminal.leave() }
    let decoder = KeyDecoder()
    var shown: SpeakerNotes??
    var size = RawTerminal.size
    while true {
      let current = SpeakerNotes.current(of: lesson)
      let resized = RawTerminal.takeResize()
      if resized { size = RawTerminal.size }
      if shown != .some(current) || resized {
        shown = .some(current)
        draw(current, size: size)
      }
      for key in decoder.keys(in: RawTerminal.read(waiting: 200)) {
        if key == .character("q") || key == .interrupt { return }
      }
    }
  }

  /// What the view says while no presenter (of the lesson) is running.
  private var waiting: String {
    "Waiting for rlbook present \(lesson ?? "LESSON") to start: the notes of its slides show here."
  }

  private func draw(_ notes: SpeakerNotes?, size: (width: Int, height: Int)) {
    let width = max(20, size.width - 4)
    let body =
      notes.map { $0.lines(width: width) }
      ?? StyledText(waiting, style: TextStyle(dim: true)).wrapped(width: width)
    var screen = Array(body.prefix(max(1, size.height - 2))).map { line in
      var indented = StyledText("  ")
      indented.append(line)
      return indented.rendered(colors: colors)
    }
    screen += Array(repeating: "", count: max(0, size.height - 1 - screen.count))
    screen.append(StyledText("  q quits", style: TextStyle(dim: true)).rendered(colors: colors))
    RawTerminal.write("\u{1B}[H" + screen.joined(separator: "\u{1B}[K\r\n") + "\u{1B}[K")
  }
}
