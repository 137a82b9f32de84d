import Demos
import Foundation
import Lessons
import Publishing
import Renderers

/// The lessons at a path rendered as a site: its pages, and the files it embeds.
struct SiteBuild {
  /// The lessons, in order.
  let lessons: [Lesson]
  /// The pages and the stylesheet.
  let files: [Site.File]
  /// Embedded files: site path → contents.
  let media: [String: Data]
  /// Each lesson's problems, its demos' included, in the order of `lessons`.
  let problems: [[Diagnostic]]

  /// Loads the lessons, runs their demos (from the cache when nothing changed) and renders them.
  init(path: String, demos: DemoOptions, allowsHTML: Bool, display: ProgressDisplay)
    throws(LessonLoader.LoadError)
  {
    let loaded = try LessonLoader().loadAll(at: path)
    let results = loaded.map { demos.run($0, display: display) }
    let lessons = zip(loaded, results).map { demos.filling($0, from: $1) }
    self.lessons = lessons
    let media = SiteMedia(lessons: lessons)
    let embedPaths = media.embedPaths
    let site = Site(
      lessons: lessons, results: results,
      renderer: HTMLRenderer(allowsHTML: allowsHTML, embedPaths: embedPaths))
    files = site.files()
    self.media = media.files
    problems = zip(lessons, results).map { lesson, results in
      (lesson.diagnostics + results.flatMap(\.diagnostics)).sortedByLocation
    }
  }
}
