import Lessons
import MarkdownSyntax
import TerminalUI

extension TerminalRenderer {
  /// An exercise as a framed question: the ask, its choices numbered from 1,
  /// and how to answer. Hints and the explanation stay hidden (`step` reveals
  /// them one at a time, `rlbook answer` shows the explanation).
  func exerciseLines(_ exercise: Exercise, lessonPath: String) -> [StyledText] {
    let frame = TextStyle(color: .green)
    var lines = [StyledText("╭─ exercise " + InlineStyler.sanitized(exercise.id), style: frame)]
    func framed(_ body: [StyledText]) {
      for piece in body {
        var row = StyledText("│ ", style: frame)
        row.append(piece)
        lines.append(row)
      }
    }
    for (index, block) in exercise.ask.enumerated() {
      if index > 0 { framed([StyledText()]) }
      framed(blockLines(block, width: max(10, width - 2)))
    }
    if case .choice(let choice) = exercise.kind {
      framed([StyledText()])
      for (index, option) in choice.choices.enumerated() {
        let text = StyledText("\(index + 1). " + InlineStyler.sanitized(option.text))
        framed(text.wrapped(width: max(10, width - 2)))
      }
    }
    for problem in exercise.problems {
      let location = problem.range.map { "\($0.start): " } ?? ""
      framed(
        StyledText(
          "\(location)\(problem.severity.rawValue): \(problem.message)",
          style: TextStyle(color: problem.severity == .error ? .red : .yellow)
        ).wrapped(width: max(10, width - 2)))
    }
    let inner = max(10, width - 2)
    if let display = exerciseDisplays[exercise.id] {
      for (index, hint) in exercise.hints.prefix(display.hintsShown).enumerated() {
        framed([StyledText()])
        framed([
          StyledText("Hint \(index + 1) of \(exercise.hints.count)", style: TextStyle(dim: true))
        ])
        for block in hint { framed(blockLines(block, width: inner)) }
      }
      if let settings = display.settings, !settings.isEmpty {
        framed([StyledText()])
        framed(
          StyledText("Your settings: " + settings, style: TextStyle(bold: true)).wrapped(
            width: inner))
      }
      if let verdict = display.verdict {
        framed([StyledText()])
        framed(
          StyledText(
            InlineStyler.sanitized(verdict.message),
            style: TextStyle(bold: true, color: verdict.isRight ? .green : .red)
          ).wrapped(width: inner))
      }
      if let answer = display.revealedAnswer {
        framed([StyledText()])
        framed(
          StyledText(
            "Answer: " + InlineStyler.sanitized(answer), style: TextStyle(bold: true, color: .green)
          )
          .wrapped(width: inner))
      }
      if display.showsExplanation, !exercise.explanation.isEmpty {
        framed([StyledText()])
        framed([
          StyledText(verdictIsRight(display) ? "Why" : "The answer", style: TextStyle(dim: true))
        ])
        for block in exercise.explanation { framed(blockLines(block, width: inner)) }
      }
    } else if exercise.isValid {
      framed([StyledText()])
      framed(
        StyledText(howToAnswer(exercise, lessonPath: lessonPath), style: TextStyle(dim: true))
          .wrapped(width: inner))
    }
    lines.append(StyledText("╰─", style: frame))
    return lines
  }

  private func verdictIsRight(_ display: ExerciseDisplay) -> Bool {
    display.verdict?.isRight == true
  }

  private func howToAnswer(_ exercise: Exercise, lessonPath: String) -> String {
    let value: String
    switch exercise.kind {
    case .number: value = "<number>"
    case .choice: value = "<choice number, or several>"
    case .tuning(let tuning):
      value =
        tuning.knobs.map { "\($0.name)=<value>" }.joined(separator: " ") + " (or impossible)"
    case nil: value = "…"
    }
    return "Answer it: rlbook answer \(InlineStyler.sanitized(lessonPath)) "
      + "\(InlineStyler.sanitized(exercise.id)) \(value)"
  }
}
