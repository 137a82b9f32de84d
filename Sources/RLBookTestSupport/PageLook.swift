public import Foundation

/// Pages looked at the way a reader sees them: each page of a site opened in
/// headless Chromium at a width, in light or dark mode, and measured by a
/// script run in the page.
///
/// The pages load in iframes exactly as wide as the screen being tried
/// (headless Chromium gives a 500 px viewport for a narrower window), all of a
/// width and scheme in one browser. The script reports, per page:
/// - an element wider than the viewport, unless inside a scroll container that fits;
/// - text smaller than 11 CSS px (an SVG's text as drawn, after its scaling);
/// - text in an SVG or a table cell with a contrast ratio under 4.5:1 against
///   what is behind it (WCAG 2);
/// - text in an SVG cut off by the SVG's edges.
public enum PageLook {
  /// What was found wrong on one page, each with the element and the measurement.
  public struct Report: Sendable {
    /// The page, as its file is named.
    public var page: String
    /// Whether the page was drawn in its dark theme (`prefers-color-scheme: dark`).
    public var isDark: Bool
    /// One line per problem.
    public var findings: [String]
  }

  /// Opens every `page` (file names in `site`) at `width` CSS pixels, dark or light.
  public static func look(at pages: [String], in site: URL, width: Int, dark: Bool) throws
    -> [Report]
  {
    let frames = pages.enumerated().map { index, page in
      "<iframe id=\"f\(index)\" data-page=\"\(page)\" src=\"\(page)\" style=\"width:\(width)px;height:900px;border:0;display:block\"></iframe>"
    }.joined(separator: "\n")
    let wrapper = site.appendingPathComponent("look-\(width)-\(dark ? "dark" : "light").html")
    try
      "<!doctype html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">\n\(frames)\n<script>\(script)</script></body></html>\n"
      .write(to: wrapper, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: wrapper) }
    let run = try Chromium.run(
      wrapper.absoluteString,
      [
        "--allow-file-access-from-files", "--hide-scrollbars", "--window-size=\(width + 40),1000",
        "--virtual-time-budget=15000", "--dump-dom",
      ] + (dark ? ["--force-dark-mode"] : []))
    guard let match = run.output.firstMatch(of: #/<pre id="look">([^<]*)</pre>/#) else {
      throw LookError.noReport(run.error.suffix(2000).description)
    }
    let json = String(match.1).replacingOccurrences(of: "&quot;", with: "\"")
      .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&amp;", with: "&")
    guard
      let reports = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
    else { throw LookError.noReport(json) }
    return reports.map { report in
      Report(
        page: report["page"] as? String ?? "?", isDark: report["dark"] as? Bool ?? false,
        findings: report["findings"] as? [String] ?? [])
    }
  }

  /// Why there was nothing to read.
  public enum LookError: Error, CustomStringConvertible {
    /// The browser wrote no report; what it printed instead.
    case noReport(String)

    public var description: String {
      switch self {
      case .noReport(let printed): return "Chromium wrote no report: \(printed)"
      }
    }
  }

  /// The measuring script: it waits for every frame, measures each page and
  /// writes the reports as JSON into `<pre id="look">`.
  static let script = #"""
    function rgb(text) {
      var m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(text || "");
      if (!m) return null;
      return { r: +m[1], g: +m[2], b: +m[3], a: m[4] === undefined ? 1 : +m[4] };
    }
    function luminance(c) {
      function channel(v) { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
      return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
    }
    function contrast(a, b) {
      var x = luminance(a), y = luminance(b);
      return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    }
    function describe(el) {
      var text = (el.textContent || "").trim().replace(/\s+/g, " ").slice(0, 40);
      var name = el.tagName.toLowerCase() + (el.className && el.className.baseVal !== undefined ? "." + el.className.baseVal.split(" ").join(".") : (el.className ? "." + String(el.className).split(" ").join(".") : ""));
      return name + (text ? " “" + text + "”" : "");
    }
    function background(el, win) {
      for (var node = el; node && node.nodeType === 1; node = node.parentNode) {
        var c = rgb(win.getComputedStyle(node).backgroundColor);
        if (c && c.a > 0.5) return c;
      }
      return rgb(win.getComputedStyle(el.ownerDocument.body).backgroundColor) || { r: 255, g: 255, b: 255, a: 1 };
    }
    /// What is drawn behind an SVG text: the last shape before it whose box holds its centre.
    function behindInSVG(text, svg, win) {
      var box = text.getBoundingClientRect(), x = box.left + box.width / 2, y = box.top + box.height / 2;
      var found = null;
      var shapes = svg.querySelectorAll("rect, circle, polygon, path");
      for (var i = 0; i < shapes.length; i++) {
        var shape = shapes[i];
        if (shape.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_PRECEDING) continue;
        var r = shape.getBoundingClientRect();
        if (x < r.left || x > r.right || y < r.top || y > r.bottom) continue;
        var fill = win.getComputedStyle(shape).fill;
        var c = rgb(fill);
        if (c && fill !== "none" && (+win.getComputedStyle(shape).opacity || 1) > 0.5) found = c;
      }
      return found || background(svg, win);
    }
    function scrolledInside(el, win, width) {
      for (var node = el.parentNode; node && node.nodeType === 1 && node !== el.ownerDocument.body; node = node.parentNode) {
        var overflow = win.getComputedStyle(node).overflowX;
        if (overflow === "auto" || overflow === "scroll" || overflow === "hidden") {
          return node.getBoundingClientRect().right <= width + 0.5;
        }
      }
      return false;
    }
    function measure(frame) {
      var win = frame.contentWindow, doc = frame.contentDocument, width = win.innerWidth;
      var findings = [];
      function add(text) { if (findings.length < 40) findings.push(text); }
      if (doc.documentElement.scrollWidth > width + 1) add("the page scrolls sideways: " + doc.documentElement.scrollWidth + " px wide in " + width);
      var all = doc.body.querySelectorAll("*");
      for (var i = 0; i < all.length; i++) {
        var el = all[i], r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        if ((r.right > width + 0.5 || r.left < -0.5) && !scrolledInside(el, win, width)) {
          // Only the outermost element that sticks out: its children go with it.
          var parent = el.parentNode, outer = parent && parent !== doc.body ? parent.getBoundingClientRect() : null;
          if (outer && (outer.right > width + 0.5 || outer.left < -0.5)) continue;
          add(describe(el) + " reaches " + Math.round(r.right) + " px in a " + width + " px viewport");
        }
      }
      var walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
      var seen = new Set();
      while (walker.nextNode()) {
        var node = walker.currentNode, el = node.parentNode;
        if (!node.textContent.trim() || seen.has(el)) continue;
        seen.add(el);
        if (/^(SCRIPT|STYLE|NOSCRIPT|TITLE)$/i.test(el.tagName)) continue;
        if (el.getClientRects().length === 0) continue;
        var style = win.getComputedStyle(el);
        if (style.visibility === "hidden") continue;
        var size = parseFloat(style.fontSize), svg = el.closest && el.closest("svg");
        if (svg) { var ctm = svg.getScreenCTM(); if (ctm) size *= Math.sqrt(ctm.a * ctm.a + ctm.b * ctm.b); }
        if (size < 10.95) add(describe(el) + " is " + size.toFixed(1) + " px");
        if (svg) {
          var box = el.getBoundingClientRect(), frameBox = svg.getBoundingClientRect();
          if (box.left < frameBox.left - 1 || box.right > frameBox.right + 1 || box.top < frameBox.top - 1 || box.bottom > frameBox.bottom + 1) {
            add(describe(el) + " is cut by its SVG's edge (text " + Math.round(box.left) + "–" + Math.round(box.right) + ", SVG " + Math.round(frameBox.left) + "–" + Math.round(frameBox.right) + ")");
          }
          var ink = rgb(style.fill), back = behindInSVG(el, svg, win);
          if (ink && style.fill !== "none") {
            var ratio = contrast(ink, back);
            if (ratio < 4.5) add(describe(el) + " has contrast " + ratio.toFixed(2) + ":1 (" + style.fill + " on rgb(" + back.r + ", " + back.g + ", " + back.b + "))");
          }
        } else if (el.closest("td, th")) {
          var color = rgb(style.color), behind = background(el, win);
          if (color) {
            var cellRatio = contrast(color, behind);
            if (cellRatio < 4.5) add(describe(el) + " has contrast " + cellRatio.toFixed(2) + ":1 in its cell");
          }
        }
      }
      return { page: frame.getAttribute("data-page"), dark: win.matchMedia("(prefers-color-scheme: dark)").matches, findings: findings };
    }
    var frames = Array.prototype.slice.call(document.querySelectorAll("iframe"));
    var loaded = 0;
    function done() {
      var pre = document.createElement("pre");
      pre.id = "look";
      pre.textContent = JSON.stringify(frames.map(measure));
      document.body.appendChild(pre);
    }
    frames.forEach(function (frame) {
      function ready() { loaded += 1; if (loaded === frames.length) setTimeout(done, 200); }
      if (frame.contentDocument && frame.contentDocument.readyState === "complete" && frame.contentDocument.body && frame.contentDocument.body.childNodes.length) ready();
      else frame.addEventListener("load", ready);
    });
    """#
}
