public import Lessons
import TerminalUI

/// A book of lessons as a static site: an index, a page per lesson, one stylesheet.
///
/// Pure: it returns the files' paths and contents, and the front end writes them.
/// The same lessons and results always give byte-identical files.
public struct Site: Sendable {
  /// One file of the site.
  public struct File: Hashable, Sendable {
    /// The path inside the site (`index.html`, `04-policy-vs-value.html`).
    public var path: String
    /// The file's text.
    public var contents: String

    /// A file of the site.
    public init(path: String, contents: String) {
      self.path = path
      self.contents = contents
    }
  }

  /// The lessons, in the book's order.
  public let lessons: [Lesson]
  /// Each lesson's demo results, in its demos' order.
  public let results: [[DemoResult]]
  /// How pages are rendered (raw HTML, embeds).
  public var renderer: HTMLRenderer

  /// A site of `lessons` with their `results`.
  public init(lessons: [Lesson], results: [[DemoResult]], renderer: HTMLRenderer = HTMLRenderer()) {
    self.lessons = lessons
    self.results = results
    self.renderer = renderer
  }

  /// The page of a lesson: its file name with `.html` for `.md`.
  public static func pageName(of lesson: Lesson) -> String {
    let name = lesson.path.split(separator: "/").last.map(String.init) ?? lesson.path
    return (name.hasSuffix(".md") ? String(name.dropLast(3)) : name) + ".html"
  }

  /// Every file: `style.css`, `index.html`, then the lessons' pages.
  public func files() -> [File] {
    var files = [
      File(path: "style.css", contents: SiteStyle.css), File(path: "index.html", contents: index()),
    ]
    for index in lessons.indices {
      files.append(File(path: Self.pageName(of: lessons[index]), contents: page(index)))
    }
    return files
  }

  /// A page: control characters from lessons are shown as escapes, as in the terminal.
  private static func document(title: String, body: String) -> String {
    VisibleText.escapingControls(page(title: title, body: body))
  }

  private static func page(title: String, body: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <meta name="generator" content="rlbook"/>
    <title>\(HTMLText.escaped(title))</title>
    <link rel="stylesheet" href="style.css"/>
    </head>
    <body>
    \(body)</body>
    </html>

    """
  }

  private func index() -> String {
    var body =
      "<main class=\"index\">\n<h1>Reinforcement learning, by running it</h1>\n<ol class=\"lessons\">\n"
    for lesson in lessons {
      body +=
        "<li><a href=\"\(HTMLText.escaped(Self.pageName(of: lesson)))\">\(HTMLText.escaped(lesson.title))</a>"
      if let description = lesson.frontMatter.description {
        body += "<p>\(HTMLText.escaped(description))</p>"
      }
      body += "</li>\n"
    }
    body +=
      "</ol>\n<p class=\"generated\">Every table, grid and chart was computed by training the agents, with the seeds shown.</p>\n</main>\n"
    return Self.document(title: "rlbook", body: body)
  }

  private func page(_ index: Int) -> String {
    let lesson = lessons[index]
    var sidebar =
      "<nav class=\"sidebar\" aria-label=\"lessons\"><a class=\"home\" href=\"index.html\">rlbook</a><ol>\n"
    for (other, entry) in lessons.enumerated() {
      let current = other == index ? " aria-current=\"page\"" : ""
      sidebar +=
        "<li><a href=\"\(HTMLText.escaped(Self.pageName(of: entry)))\"\(current)>\(HTMLText.escaped(entry.title))</a></li>\n"
    }
    sidebar += "</ol></nav>\n"
    var pager = "<nav class=\"pager\" aria-label=\"previous and next\">"
    if index > 0 {
      let previous = lessons[index - 1]
      pager +=
        "<a rel=\"prev\" href=\"\(HTMLText.escaped(Self.pageName(of: previous)))\">← \(HTMLText.escaped(previous.title))</a>"
    }
    if index + 1 < lessons.count {
      let next = lessons[index + 1]
      pager +=
        "<a rel=\"next\" href=\"\(HTMLText.escaped(Self.pageName(of: next)))\">\(HTMLText.escaped(next.title)) →</a>"
    }
    pager += "</nav>\n"
    let results = index < self.results.count ? self.results[index] : []
    // The contents follow the title, not beside it: a floated box squeezed the
    // title onto two lines and overlapped callouts.
    var article = renderer.article(lesson, results: results)
    let contents = renderer.contents(lesson)
    let parts = article.split(separator: "</h1>\n", maxSplits: 1, omittingEmptySubsequences: false)
    article =
      parts.count == 2 ? parts[0] + "</h1>\n" + contents + parts[1] : contents + article
    let body =
      sidebar + "<main>\n<article>\n" + article + "</article>\n" + pager + "</main>\n"
      + Self.keyboardScript + (lesson.exercises.isEmpty ? "" : Self.exerciseScript)
    return Self.document(title: lesson.title + " · rlbook", body: body)
  }

  /// A page that says why there is no site (the lessons could not be read), or no page.
  public static func problemPage(
    _ message: String, title: String = "rlbook: a problem",
    heading: String = "The lessons could not be read",
    advice: String = "Fix the lesson and save it: this page reloads."
  ) -> String {
    document(
      title: title,
      body:
        "<main class=\"index\">\n<h1>\(HTMLText.escaped(heading))</h1>\n<pre>\(HTMLText.escaped(message))</pre>\n<p>\(HTMLText.escaped(advice))</p>\n</main>\n"
    )
  }

  /// Checks a numeric or choice exercise against the answer in its section's
  /// data, and says why a picked choice is right or wrong. Text only, no HTML
  /// is built from the lesson's words: they go in as `textContent`.
  static let exerciseScript = """
    <script>
    // No less-than sign or ampersand in here: the page stays well-formed XML.
    function near(a, b, allowance) { return !(Math.abs(a - b) > allowance); }
    document.querySelectorAll("section.exercise form.check").forEach(function (form) {
      var section = form.closest("section.exercise"), output = form.querySelector("output");
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var verdict, right = false;
        if (section.dataset.answer !== undefined) {
          var typed = form.elements.value.value.trim().replace(",", "."), value = Number(typed);
          var answer = Number(section.dataset.answer), allowance = Number(section.dataset.allowance);
          if (typed === "" || !isFinite(value)) {
            verdict = "Type a number, such as 0.5.";
          } else if (near(value, answer, allowance)) {
            right = true; verdict = "Right.";
          } else {
            var foreseen = JSON.parse(section.dataset.mistakes || "[]").filter(function (mistake) {
              return near(value, mistake.value, allowance);
            })[0];
            verdict = typed + " is not the answer" + (foreseen ? ": " + foreseen.say : ".");
          }
        } else {
          var correct = (section.dataset.correct || "").split(" ").filter(Boolean);
          var picked = Array.prototype.filter.call(form.querySelectorAll("input[name=choice]"), function (input) { return input.checked; });
          var chosen = picked.map(function (input) { return input.value; });
          var missing = correct.filter(function (value) { return chosen.indexOf(value) === -1; });
          var extra = chosen.filter(function (value) { return correct.indexOf(value) === -1; });
          right = missing.length === 0 ? extra.length === 0 : false;
          verdict = chosen.length === 0 ? "Pick a choice first." : right ? "Right." : extra.length === 0 ? "Not all of them." : "Not that.";
          if (!right) picked.forEach(function (input) { if (input.dataset.because) verdict += " " + input.dataset.because.charAt(0).toUpperCase() + input.dataset.because.slice(1); });
        }
        output.textContent = verdict;
        output.className = right ? "right" : "wrong";
        if (right) section.querySelectorAll("details.explanation").forEach(function (details) { details.open = true; });
      });
    });
    </script>

    """

  /// ← and → follow the previous and next links; nothing else runs.
  static let keyboardScript = """
    <script>
    document.addEventListener("keydown", function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey || event.target.closest("input, textarea")) return;
      var link = document.querySelector(event.key === "ArrowLeft" ? "a[rel=prev]" : event.key === "ArrowRight" ? "a[rel=next]" : null);
      if (link) location.href = link.href;
    });
    </script>

    """
}
