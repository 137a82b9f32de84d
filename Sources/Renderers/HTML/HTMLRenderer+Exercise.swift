import Lessons
import MarkdownSyntax

extension HTMLRenderer {
  /// An exercise: the question, a form that checks a number or a choice in the
  /// page (the computed answer is in the page, which is fine for self-study),
  /// and the hints and explanation folded in `<details>`. A tuning says how to
  /// try it, since it needs the engine to retrain, and carries a hidden form
  /// for the settings that `rlbook serve` shows and sends to the engine.
  func exercise(_ exercise: Exercise, in lesson: Lesson) -> String {
    let id = HTMLText.escaped(exercise.id)
    var html = "<section class=\"exercise\" id=\"exercise-\(id)\"\(keyAttributes(exercise.key))>\n"
    html += "<p class=\"exercise-label\">Exercise <code>\(id)</code></p>\n"
    html += blocks(exercise.ask)
    for problem in exercise.problems {
      html +=
        "<p class=\"problem \(problem.severity.rawValue)\">\(HTMLText.escaped(problem.message))</p>\n"
    }
    html += form(exercise, in: lesson)
    for (index, hint) in exercise.hints.enumerated() {
      html +=
        "<details class=\"hint\"><summary>Hint \(index + 1)</summary>\n\(blocks(hint))</details>\n"
    }
    if !exercise.explanation.isEmpty {
      html +=
        "<details class=\"explanation\"><summary>Explanation</summary>\n"
        + blocks(exercise.explanation) + "</details>\n"
    }
    return html + "</section>\n"
  }

  /// The settings of a tuning, hidden: `rlbook serve` shows the form and sends
  /// it to the engine, and puts the retrained demo in the `div` below it. Each
  /// field starts at the lesson's own value.
  private func tuningForm(_ tuning: Tuning, in lesson: Lesson) -> String {
    let spec = lesson.demoIndex(named: tuning.demo).map { lesson.demos[$0] }
    var html =
      "\(Site.tuningFormMarker) hidden=\"hidden\" data-page=\"\(HTMLText.escaped(Site.pageName(of: lesson)))\">"
      + "<fieldset><legend>Your settings</legend>\n"
    for knob in tuning.knobs {
      let name = HTMLText.escaped(knob.name)
      let value =
        spec?[knob.name].map(\.value.flowText).map { " value=\"\(HTMLText.escaped($0))\"" } ?? ""
      html +=
        "<label><code>\(name)</code> <input name=\"\(name)\"\(value) autocomplete=\"off\" spellcheck=\"false\"/></label>\n"
    }
    return html
      + "</fieldset><button type=\"submit\">Train and check</button> "
      + "<button type=\"submit\" name=\"impossible\">It cannot be done</button> "
      + "<output role=\"status\" aria-live=\"polite\"></output></form>\n"
      + "<div class=\"retrained\" hidden=\"hidden\"></div>\n"
  }

  /// A demo an exercise asks the reader to predict, folded until they open it.
  static func foldedUntilAnswered(_ demo: String) -> String {
    "<details class=\"predicted\"><summary>The demo: answer the exercise above first, then open it</summary>\n"
      + demo + "</details>\n"
  }

  /// The computed answer, as data the page's checker reads.
  private func keyAttributes(_ key: AnswerKey?) -> String {
    switch key {
    case .number(let value, let allowance, let mistakes):
      let said = JSONValue.array(
        mistakes.map { .object([("value", .double($0.value)), ("say", .string($0.feedback))]) })
      return " data-answer=\"\(JSONValue.double(value).serialized())\""
        + " data-allowance=\"\(JSONValue.double(allowance).serialized())\""
        + " data-mistakes=\"\(HTMLText.escaped(said.compact))\""
    case .choices(let right):
      return " data-correct=\"\(right.sorted().map(String.init).joined(separator: " "))\""
    case nil:
      return ""
    }
  }

  private func form(_ exercise: Exercise, in lesson: Lesson) -> String {
    let verdict = "<output role=\"status\" aria-live=\"polite\"></output>"
    switch (exercise.kind, exercise.key) {
    case (.number, .number?):
      return "<form class=\"check\"><label>Your answer "
        + "<input name=\"value\" inputmode=\"decimal\" autocomplete=\"off\"/></label> "
        + "<button type=\"submit\">Check</button> \(verdict)</form>\n"
    case (.choice(let choice), .choices(let right)?):
      // A computed answer may be several choices: checkboxes, so that the
      // form does not give away how many are right.
      var many = right.count > 1
      if case .computed = choice.correct { many = true }
      var html =
        "<form class=\"check\"><fieldset><legend>\(many ? "Pick every one that is right" : "Pick one")</legend>\n"
      for (index, option) in choice.choices.enumerated() {
        let because = option.because.map { " data-because=\"\(HTMLText.escaped($0))\"" } ?? ""
        html +=
          "<label><input type=\"\(many ? "checkbox" : "radio")\" name=\"choice\" value=\"\(index)\"\(because)/> "
          + "\(HTMLText.escaped(option.text))</label>\n"
      }
      return html + "</fieldset><button type=\"submit\">Check</button> \(verdict)</form>\n"
    case (.tuning(let tuning), _):
      let path = HTMLText.escaped(lesson.path)
      let names = tuning.knobs.map { "<code>\(HTMLText.escaped($0.name))</code>" }
      let values = HTMLText.escaped(tuning.knobs.map { "\($0.name)=…" }.joined(separator: " "))
      return "<p class=\"try-it\">Change \(names.joined(separator: ", ")) and retrain: "
        + "open the lesson with <code>rlbook step \(path)</code> or <code>rlbook serve</code>, or run "
        + "<code>rlbook answer \(path) \(HTMLText.escaped(exercise.id)) \(values)</code>.</p>\n"
        + tuningForm(tuning, in: lesson)
    default:
      return ""
    }
  }
}
