import Foundation
import RLBookTestSupport
import Testing

/// Every page of the book looked at in Chromium at a desktop's, a tablet's and a
/// phone's width, light and dark: nothing sticks out of the page, no text is
/// under 11 px, text on shades and in SVGs reads (contrast ≥ 4.5:1) and no SVG
/// cuts its text. Release tests: the site is rendered from a trained book.
@Suite(
  .enabled(
    if: ProcessInfo.processInfo.environment["RLBOOK_RELEASE_TESTS"] == "1" && Chromium.isInstalled),
  .serialized)
struct PageLookTests {
  static let site: URL = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rlbook-look-\(UUID().uuidString)")
    _ = try? CLITests().run(["render", "Lessons", "--out", folder.path])
    return folder
  }()

  static var pages: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: site.path)) ?? [])
      .filter { $0.hasSuffix(".html") && !$0.hasPrefix("look-") }.sorted()
  }

  @Test(arguments: [1280, 768, 390], [false, true])
  func everyPageReads(width: Int, dark: Bool) throws {
    let pages = Self.pages
    #expect(pages.count == 10, "\(pages)")
    let reports = try PageLook.look(at: pages, in: Self.site, width: width, dark: dark)
    #expect(reports.count == pages.count)
    for report in reports {
      #expect(report.isDark == dark, "\(report.page) was not drawn \(dark ? "dark" : "light")")
      for finding in report.findings {
        Issue.record("\(report.page) at \(width) px, \(dark ? "dark" : "light"): \(finding)")
      }
    }
  }
}
