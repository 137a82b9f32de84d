import Expressions
public import MarkdownSyntax

/// A lesson: one Markdown file, parsed into front matter and sections.
///
/// Immutable and `Sendable`: parse once, then run and render on any thread.
public struct Lesson: Hashable, Sendable {
  /// The file's path, as given to the parser.
  public var path: String
  /// The file's text.
  public var source: String
  /// The YAML front matter (empty when the file has none).
  public var frontMatter: FrontMatter
  /// The lesson's sections, in order: split at every heading.
  public var sections: [Section]
  /// Every problem found, in the order of the file.
  public var diagnostics: [Diagnostic]

  /// Creates a lesson.
  public init(
    path: String, source: String, frontMatter: FrontMatter, sections: [Section],
    diagnostics: [Diagnostic]
  ) {
    self.path = path
    self.source = source
    self.frontMatter = frontMatter
    self.sections = sections
    self.diagnostics = diagnostics
  }

  /// The title: from the front matter, else the first heading, else the file name.
  public var title: String {
    if let title = frontMatter.title, !title.isEmpty { return title }
    if let heading = sections.lazy.compactMap(\.heading).first { return heading.content.plainText }
    let name = path.split(separator: "/").last.map(String.init) ?? path
    return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
  }

  /// Every demo of the lesson, in order.
  public var demos: [DemoSpec] {
    sections.flatMap { section in
      section.blocks.compactMap { block in
        if case .demo(let spec) = block { return spec }
        return nil
      }
    }
  }
}

extension Lesson {
  /// Every exercise of the lesson, in order.
  public var exercises: [Exercise] {
    sections.flatMap { section in
      section.blocks.compactMap { block in
        if case .exercise(let exercise) = block { return exercise }
        return nil
      }
    }
  }

  /// The exercise with this id.
  public func exercise(named id: String) -> Exercise? {
    exercises.first { $0.id == id }
  }

  /// The index of the demo an expression names: by its `id`, or `demo1`, `demo2`, …
  /// in order for any demo.
  public func demoIndex(named name: String) -> Int? {
    let demos = demos
    if let index = demos.firstIndex(where: { $0.id == name }) { return index }
    guard let number = Vocabulary.demoNumber(name), number <= demos.count else { return nil }
    return number - 1
  }
}

/// A part of a lesson that starts at a heading (or at the top of the file).
public struct Section: Hashable, Sendable {
  /// The heading that opens the section; `nil` for text before the first heading.
  public var heading: Heading?
  /// The section's blocks, after the heading.
  public var blocks: [LessonBlock]

  /// Creates a section.
  public init(heading: Heading?, blocks: [LessonBlock]) {
    self.heading = heading
    self.blocks = blocks
  }
}

/// A section heading.
public struct Heading: Hashable, Sendable {
  /// 1 to 6.
  public var level: Int
  /// The heading's text.
  public var content: [Inline]
  /// A unique anchor for links (`#return-and-discounting`).
  public var anchor: String
  /// Where the heading is.
  public var range: SourceRange?

  /// Creates a heading.
  public init(level: Int, content: [Inline], anchor: String, range: SourceRange?) {
    self.level = level
    self.content = content
    self.anchor = anchor
    self.range = range
  }
}

/// A block of a lesson: Markdown, a demo, or an exercise.
public enum LessonBlock: Hashable, Sendable {
  /// Prose, tables, math, code: anything but a demo.
  case markdown(Block)
  /// An `rl` block.
  case demo(DemoSpec)
  /// An `exercise` block.
  case exercise(Exercise)
}

extension Lesson {
  /// The files the lesson embeds (`![[diagram.png]]`), relative to its directory,
  /// each once, in order of appearance.
  public var embedTargets: [String] {
    var targets: [String] = []
    for section in sections {
      for case .markdown(let block) in section.blocks {
        block.forEachInline { inline in
          guard case .embed(let embed) = inline.kind else { return }
          let target = embed.target.split(separator: "#").first.map(String.init) ?? embed.target
          if !targets.contains(target) { targets.append(target) }
        }
      }
    }
    return targets
  }
}
