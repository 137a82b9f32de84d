import Foundation
import Lessons
import Renderers

/// The lessons at a path rendered as a site: its pages, and the files it embeds.
struct SiteBuild {
  /// The lessons, in order.
  let lessons: [Lesson]
  /// The pages and the stylesheet.
  let files: [Site.File]
  /// Embedded files: site path → source path.
  let media: [String: String]

  /// Loads the lessons, runs their demos (from the cache when nothing changed) and renders them.
  init(path: String, demos: DemoOptions, allowsHTML: Bool, display: ProgressDisplay)
    throws(LessonLoader.LoadError)
  {
    lessons = try LessonLoader().loadAll(at: path)
    let results = lessons.map { demos.run($0, display: display) }
    var media: [String: String] = [:]
    var embedPaths: [String: String] = [:]
    for lesson in lessons {
      let directory = (lesson.path as NSString).deletingLastPathComponent
      for target in lesson.embedTargets {
        let source = directory.isEmpty ? target : directory + "/" + target
        guard FileManager.default.fileExists(atPath: source) else { continue }
        media["media/" + target] = source
        embedPaths[target] = "media/" + target
      }
    }
    let site = Site(
      lessons: lessons, results: results,
      renderer: HTMLRenderer(allowsHTML: allowsHTML, embedPaths: embedPaths))
    files = site.files()
    self.media = media
  }
}
