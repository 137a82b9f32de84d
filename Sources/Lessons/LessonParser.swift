import MarkdownSyntax

/// Parses a lesson's text into a ``Lesson``, collecting every problem as a ``Diagnostic``.
///
/// The parse never stops at a problem: a bad front matter, a bad `rl` block or a
/// missing embed is reported and the rest of the lesson is still read.
public struct LessonParser: Sendable {
  /// Resolves an `![[embed]]` target, as written in the lesson at a path.
  public var resolveEmbed: @Sendable (_ target: String, _ lessonPath: String) -> EmbedResolution

  /// Creates a parser that resolves embeds with `resolveEmbed`.
  public init(
    resolveEmbed: @escaping @Sendable (_ target: String, _ lessonPath: String) -> EmbedResolution
  ) {
    self.resolveEmbed = resolveEmbed
  }

  /// Creates a parser for which an embed is a file inside the lesson when `fileExists`
  /// holds for its path (the lesson's folder, a slash, the target), and missing otherwise.
  public init(fileExists: @escaping @Sendable (String) -> Bool) {
    self.init { target, lessonPath in
      let folder = lessonPath.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        .joined(separator: "/")
      let path = folder.isEmpty ? target : folder + "/" + target
      return fileExists(path) ? .file(realPath: path, relativePath: target) : .missing
    }
  }

  /// Parses `source`, the text of the lesson at `path`.
  public func parse(_ source: String, path: String) -> Lesson {
    let lines = LineIndex(source)
    var diagnostics: [Diagnostic] = []
    let (frontMatter, bodyStart, frontMatterProblems) = readFrontMatter(lines)
    diagnostics += frontMatterProblems

    // Blank the front matter, keeping its newlines, so positions stay file positions.
    var body = Array(repeating: UInt8(ascii: "\n"), count: max(bodyStart - 1, 0))
    if bodyStart <= lines.lineCount {
      body.append(contentsOf: lines.bytes[lines.lineStarts[bodyStart - 1]...])
    }
    let document = MarkdownDocument(parsing: String(decoding: body, as: UTF8.self))
    diagnostics += document.warnings.map { .warning($0.message, hint: $0.hint, at: $0.range) }

    let reader = InlineValueReader(lines: lines)
    let blocks = document.blocks.map(reader.marking)
    let sections = makeSections(blocks, lines: lines, diagnostics: &diagnostics)
    diagnostics += embedProblems(in: document.blocks, lessonPath: path)
    diagnostics += MathCheck.problems(in: document.blocks, lines: lines)
    diagnostics += HTMLBlockCheck.problems(in: document.blocks)
    diagnostics += Mojibake.findings(in: source).map { finding in
      .warning(
        "text looks like UTF-8 read as \(finding.encoding.rawValue): `\(finding.damaged)` should be `\(finding.repaired)`",
        hint: "run `rlbook check --fix-encoding \(path)` to repair the file", at: finding.range)
    }
    var lesson = Lesson(
      path: path, source: source, frontMatter: frontMatter, sections: sections, diagnostics: [])
    diagnostics += InlineValueReader.problems(in: lesson)
    lesson.diagnostics = diagnostics.sortedByLocation
    return lesson
  }

  /// The front matter, the first line of the body, and problems.
  private func readFrontMatter(_ lines: LineIndex) -> (FrontMatter, Int, [Diagnostic]) {
    var frontMatter = FrontMatter()
    guard lines.text(ofLine: 1).trimmingTrailingSpaces == "---" else { return (frontMatter, 1, []) }
    var closing: Int?
    if lines.lineCount >= 2 {
      for line in 2...lines.lineCount {
        let text = lines.text(ofLine: line).trimmingTrailingSpaces
        if text == "---" || text == "..." {
          closing = line
          break
        }
      }
    }
    guard let closing else {
      let opening = SourceRange(line: 1, column: 1, length: 3)
      return (
        frontMatter, 1,
        [
          .error(
            "front matter opened here is never closed",
            hint: "end the front matter with a line holding only `---`", at: opening)
        ]
      )
    }
    frontMatter.range = SourceRange(
      start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: closing, column: 4))
    let yaml = (2..<closing).map { lines.text(ofLine: $0) }.joined(separator: "\n")
    let reader = YAMLReader(yaml: yaml, file: lines, firstLine: 2)
    switch reader.read(yaml, what: "front matter") {
    case .failure(let diagnostic):
      return (frontMatter, closing + 1, [diagnostic])
    case .value(nil):
      return (frontMatter, closing + 1, [])
    case .value(let value?):
      guard case .map(let entries) = value.kind else {
        let problem = Diagnostic.error(
          "front matter must be a map of `key: value` lines, not \(value.kindDescription)",
          hint: "for example `title: Return and discounting`", at: value.range)
        return (frontMatter, closing + 1, [problem])
      }
      frontMatter.fields = entries
      let problems = frontMatter.interpretFields()
      return (frontMatter, closing + 1, problems)
    }
  }

  private func makeSections(
    _ blocks: [Block], lines: LineIndex, diagnostics: inout [Diagnostic]
  ) -> [Section] {
    var sections: [Section] = []
    var current = Section(heading: nil, blocks: [])
    var anchors = AnchorMaker()
    var ids: [String: SourceRange] = [:]
    var exerciseIDs: [String: SourceRange] = [:]
    for block in blocks {
      switch block.kind {
      case .heading(let level, let content):
        if current.heading != nil || !current.blocks.isEmpty { sections.append(current) }
        let heading = Heading(
          level: level, content: content, anchor: anchors.anchor(for: content.plainText),
          range: block.range)
        current = Section(heading: heading, blocks: [])
      case .codeBlock(let code) where code.isFenced && code.language == "rl":
        let range = block.range ?? SourceRange(line: 1, column: 1, length: 0)
        var spec = DemoSpec.read(code: code.code, range: range, file: lines)
        if let id = spec.id, let entry = spec["id"], spec.isValid {
          if let first = ids[id] {
            spec.problems.append(
              .error(
                "the id `\(id)` is already used by the demo at line \(first.start.line)",
                hint: "each demo's id is its own: prose and claims name a demo by it",
                at: entry.value.range))
          } else {
            ids[id] = range
          }
        }
        diagnostics += spec.problems
        current.blocks.append(.demo(spec))
      case .codeBlock(let code) where code.isFenced && code.language == "exercise":
        let range = block.range ?? SourceRange(line: 1, column: 1, length: 0)
        var exercise = ExerciseReader.read(code: code.code, range: range, file: lines)
        if !exercise.id.isEmpty {
          if let first = exerciseIDs[exercise.id] {
            exercise.problems.append(
              .error(
                "the id `\(exercise.id)` is already used by the exercise at line \(first.start.line)",
                hint: "progress and grades are kept by exercise id: give each its own",
                at: range))
            exercise.kind = nil
          } else {
            exerciseIDs[exercise.id] = range
          }
        }
        diagnostics += exercise.problems
        current.blocks.append(.exercise(exercise))
      default:
        diagnostics += nestedDemoWarnings(in: block)
        current.blocks.append(.markdown(block))
      }
    }
    if current.heading != nil || !current.blocks.isEmpty || sections.isEmpty {
      sections.append(current)
    }
    return sections
  }

  /// `rl` blocks inside lists or quotes are shown as code: say so.
  private func nestedDemoWarnings(in block: Block) -> [Diagnostic] {
    var found: [Diagnostic] = []
    block.forEachNestedBlock { nested in
      if case .codeBlock(let code) = nested.kind, code.isFenced,
        ["rl", "exercise"].contains(code.language)
      {
        let language = code.language
        found.append(
          .warning(
            "an \(language) block inside a list, quote or callout is shown as code, not run",
            hint: "move the block to the top level of the lesson (no indentation, no `>`)",
            at: nested.range))
      }
    }
    return found
  }

  private func embedProblems(in blocks: [Block], lessonPath: String) -> [Diagnostic] {
    let directory = lessonPath.split(separator: "/", omittingEmptySubsequences: false).dropLast()
      .joined(separator: "/")
    let folder = directory.isEmpty ? "." : directory
    var problems: [Diagnostic] = []
    for block in blocks {
      block.forEachInline { inline in
        guard case .embed(let embed) = inline.kind else { return }
        let target = embed.target.split(separator: "#").first.map(String.init) ?? embed.target
        switch resolveEmbed(target, lessonPath) {
        case .file: break
        case .missing:
          problems.append(
            .warning(
              "embedded file `\(target)` not found",
              hint: "put `\(target)` next to the lesson (\(folder)/), or fix the name",
              at: inline.range))
        case .outsideLesson:
          problems.append(
            .error(
              "embedded file `\(target)` is outside the lesson's folder, so it is not read",
              hint:
                "an embed names a file in \(folder)/ or below it (symbolic links are followed); copy the file there",
              at: inline.range))
        case .notAFile(let kind):
          problems.append(
            .error(
              "embedded `\(target)` is \(kind), not a file",
              hint: "an embed names one file, such as `figures/agent.png`", at: inline.range))
        }
      }
    }
    return problems
  }
}

extension String {
  fileprivate var trimmingTrailingSpaces: String {
    var text = Substring(self)
    while let last = text.last, last == " " || last == "\t" || last == "\r" {
      text = text.dropLast()
    }
    return String(text)
  }
}
