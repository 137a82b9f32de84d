import Demos
import Foundation
import Lessons
import MarkdownSyntax

/// `rlbook check --json`: every problem and every claim, machine-readably, for CI
/// and for courses that run their own checks. Keys are sorted, so the same lessons
/// give the same report (but for `seconds`).
struct CheckReport: Encodable {
  /// Where something is in a lesson, 1-based, columns in UTF-8 bytes.
  struct Place: Encodable {
    var line: Int
    var column: Int
    var endLine: Int
    var endColumn: Int

    init?(_ range: SourceRange?) {
      guard let range else { return nil }
      line = range.start.line
      column = range.start.column
      endLine = range.end.line
      endColumn = range.end.column
    }
  }

  /// A problem, as `check` prints it.
  struct Problem: Encodable {
    var severity: String
    var message: String
    var hint: String?
    var place: Place?

    init(_ diagnostic: Diagnostic) {
      severity = diagnostic.severity.rawValue
      message = diagnostic.message
      hint = diagnostic.hint
      place = Place(diagnostic.range)
    }
  }

  /// A seed a claim failed on, and the values it compared there.
  struct Failure: Encodable {
    var seed: Int
    var values: String
  }

  /// One `expect:` claim: whether it held on the lesson's seed, and with
  /// `--seeds` on which seeds it held and failed.
  struct Claim: Encodable {
    /// The demo's id (`lake`), or `demo2` for a demo without one.
    var demo: String
    /// The claim's name, when `expect:` is a map.
    var name: String?
    var expression: String
    var place: Place?
    /// On the lesson's own seed: `true`, `false`, or absent when it could not be evaluated.
    var holds: Bool?
    /// The values it compared, when it failed on the lesson's own seed.
    var values: String?
    /// Why it could not be evaluated.
    var problem: String?
    var seeds: [Int]?
    var holding: [Int]?
    var failing: [Failure]?

    /// A claim checked on the lesson's own seed.
    init(demo: String, claim: ClaimChecker.Claim, outcome: ClaimChecker.Outcome) {
      self.demo = demo
      name = claim.name
      expression = claim.text
      place = Place(claim.wholeRange)
      switch outcome {
      case .holds: holds = true
      case .fails(let readings):
        holds = false
        values = readings
      case .invalid(let diagnostic): problem = diagnostic.message
      }
    }

    /// A claim checked on several seeds.
    init(demo: String, tally: ClaimTally) {
      self.demo = demo
      name = tally.claim.name
      expression = tally.claim.text
      place = Place(tally.claim.wholeRange)
      if let invalid = tally.invalid {
        problem = invalid.message
      } else {
        holds = tally.holdsOnOwnSeed
        values = tally.failing.first { $0.seed == tally.seeds.first }?.readings
      }
      seeds = tally.seeds
      holding = tally.holding
      failing = tally.failing.map { Failure(seed: $0.seed, values: $0.readings) }
    }
  }

  /// One lesson's problems and claims.
  struct LessonReport: Encodable {
    var path: String
    var problems: [Problem]
    var claims: [Claim]
  }

  /// The totals `check` ends with.
  struct Summary: Encodable {
    var lessons: Int
    var demos: Int
    var errors: Int
    var warnings: Int
    /// With `--seeds`: how many seeds, and how many claims held on all of them.
    var seeds: Int?
    var claims: Int
    var claimsHoldingOnEverySeed: Int?
    var seconds: Double
  }

  var lessons: [LessonReport] = []
  var summary = Summary(
    lessons: 0, demos: 0, errors: 0, warnings: 0, seeds: nil, claims: 0,
    claimsHoldingOnEverySeed: nil, seconds: 0)

  /// The report as pretty-printed JSON with sorted keys, and a final newline.
  var json: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
