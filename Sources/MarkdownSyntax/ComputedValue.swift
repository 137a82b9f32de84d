/// A code span that a later stage replaces with a computed value: a lesson writes
/// `` `{rl} lake.v(start)` `` and every front end shows the number.
///
/// The Markdown layer only carries it: what the source means and what it computes
/// are decided by the stages that know about demos.
public struct ComputedValue: Hashable, Sendable {
  /// What is shown in its place.
  public enum Shown: Hashable, Sendable {
    /// Not computed yet (its demo is still training, or has not run).
    case pending
    /// The value, as text.
    case value(String)
    /// It could not be computed; `reason` says why, for a tooltip or a note.
    case unavailable(reason: String)
  }

  /// The code span's text after the marker, as written (`lake.v(start):.2f`).
  public var source: String
  /// Where `source` starts in the file, for locating its problems.
  public var sourceStart: SourceLocation?
  /// What is shown in its place.
  public var shown: Shown

  /// A computed value, pending until a later stage fills it in.
  public init(
    source: String, sourceStart: SourceLocation? = nil, shown: Shown = .pending
  ) {
    self.source = source
    self.sourceStart = sourceStart
    self.shown = shown
  }

  /// Where the bytes `span` of `source` are in the file (on `source`'s first line).
  public func range(of span: Range<Int>) -> SourceRange? {
    sourceStart.map {
      SourceRange(line: $0.line, column: $0.column + span.lowerBound, length: max(1, span.count))
    }
  }

  /// What starts an inline value's code span: `` `{rl} lake.v(start)` ``.
  public static let marker = "{rl} "

  /// The code span's content as written: the marker and ``source``.
  public var codeSpanContent: String { Self.marker + source }

  /// The text a reader sees: the value, `…` while pending, `?` when unavailable.
  public var displayText: String {
    switch shown {
    case .pending: "…"
    case .value(let text): text
    case .unavailable: "?"
    }
  }
}
