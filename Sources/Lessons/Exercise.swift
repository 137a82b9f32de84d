public import Expressions
public import MarkdownSyntax

/// An `exercise` block: a question whose answer the engine checks, as the
/// lesson wrote it and read into its kind.
///
/// The body is YAML. Every exercise has an `id`, an `ask` (Markdown, math
/// allowed), and may have `hints` (revealed one at a time), an `explain`
/// (shown after a right answer or on giving up) and `predict` (the id of a demo
/// to keep hidden until the learner has answered). What is asked makes the kind:
/// `answer` a number, `choices` a choice, `try` a tuning of a demo's settings.
/// Names of demos, settings and results are checked by the demos layer; here
/// the block is only read.
public struct Exercise: Hashable, Sendable {
  /// What the learner gives, and how it is judged.
  public enum Kind: Hashable, Sendable {
    /// A number, judged against an expression over demo results (or a plain number).
    case number(NumericAnswer)
    /// One or more of the choices, judged against the correct ones.
    case choice(ChoiceAnswer)
    /// Settings of a demo, judged by retraining it and evaluating a goal.
    case tuning(Tuning)
  }

  /// The exercise's name in the lesson, for progress and grading (`by-hand`).
  public var id: String
  /// The question, as Markdown blocks.
  public var ask: [Block]
  /// The question as written.
  public var askSource: String
  /// What is asked, when the block reads; `nil` when it has errors.
  public var kind: Kind?
  /// Hints, in the order they are revealed.
  public var hints: [[Block]]
  /// The explanation shown after a right answer or on giving up.
  public var explanation: [Block]
  /// The demo hidden until the learner has answered (predict, then run).
  public var predicted: String?
  /// The block's YAML body, as written.
  public var source: String
  /// Where the whole fenced block is.
  public var range: SourceRange
  /// Problems found reading the block; an exercise with errors cannot be answered.
  public var problems: [Diagnostic]
  /// The right answer as computed from the demos' results, once they have run
  /// (filled in by the demos layer, so renderers can check answers in a page).
  public var key: AnswerKey?

  /// Whether the block was read without errors.
  public var isValid: Bool { kind != nil && !problems.contains { $0.severity == .error } }

  /// Creates an exercise.
  public init(
    id: String, ask: [Block], askSource: String, kind: Kind?, hints: [[Block]] = [],
    explanation: [Block] = [], predicted: String? = nil, source: String = "",
    range: SourceRange, problems: [Diagnostic] = []
  ) {
    self.id = id
    self.ask = ask
    self.askSource = askSource
    self.kind = kind
    self.hints = hints
    self.explanation = explanation
    self.predicted = predicted
    self.source = source
    self.range = range
    self.problems = problems
  }
}

extension Exercise {
  /// The Markdown the learner reads: the question, the hints and the explanation.
  public var texts: [Block] { ask + hints.flatMap { $0 } + explanation }

  /// The exercise with `transform` applied to each block of its question,
  /// hints and explanation (inline values filled in from results).
  public func mappingTexts(_ transform: (Block) -> Block) -> Exercise {
    var mapped = self
    mapped.ask = ask.map(transform)
    mapped.hints = hints.map { $0.map(transform) }
    mapped.explanation = explanation.map(transform)
    return mapped
  }
}

/// The right answer of an exercise, computed: what a page needs to check a
/// learner's number or choice without the engine.
public enum AnswerKey: Hashable, Sendable {
  /// The right number, how far from it is still right, and the foreseen
  /// mistakes' values with their feedback.
  case number(Double, allowance: Double, mistakes: [ComputedMistake])
  /// The positions (from 0) of the right choices.
  case choices(Set<Int>)

  /// A foreseen mistake's computed value and its feedback.
  public struct ComputedMistake: Hashable, Sendable {
    /// The value the mistake gives.
    public var value: Double
    /// What to tell the learner.
    public var feedback: String

    /// Creates a computed mistake.
    public init(value: Double, feedback: String) {
      self.value = value
      self.feedback = feedback
    }
  }
}

/// A written expression with where it is in the lesson, so that a problem
/// evaluating it can point at its characters.
public struct LocatedExpression: Hashable, Sendable {
  /// The expression.
  public var expression: Expression
  /// The text as written.
  public var text: String
  /// The YAML scalar it was read from.
  public var source: YAMLValue

  /// Where the whole expression is in the lesson.
  public var wholeRange: SourceRange { range(of: expression.span) }

  /// Where the characters `span` of the text are in the lesson.
  public func range(of span: Range<Int>) -> SourceRange {
    source.range(line: 0, byteOffset: span.lowerBound, length: span.count)
  }
}

/// How close a number must be to the answer.
public enum Tolerance: Hashable, Sendable, CustomStringConvertible {
  /// Within this much either way.
  case absolute(Double)
  /// Within this fraction of the answer's size (`1%` is 0.01).
  case relative(Double)

  /// Used when the block gives none: a hundredth of the answer.
  public static let standard = Tolerance.relative(0.01)

  /// How far from `answer` a value may be.
  public func allowance(around answer: Double) -> Double {
    switch self {
    case .absolute(let amount): amount
    case .relative(let fraction): max(abs(answer) * fraction, 1e-12)
    }
  }

  public var description: String {
    switch self {
    case .absolute(let amount): Self.write(amount)
    case .relative(let fraction): Self.write(fraction * 100) + "%"
    }
  }

  private static func write(_ number: Double) -> String {
    number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : "\(number)"
  }
}

/// A numeric exercise: the answer, how close is close enough, and what to say
/// to a learner whose number matches a typical mistake.
public struct NumericAnswer: Hashable, Sendable {
  /// A mistake an author foresaw: its value, and the feedback for it.
  public struct Mistake: Hashable, Sendable {
    /// The value the mistake gives.
    public var value: LocatedExpression
    /// What to tell the learner.
    public var feedback: String
  }

  /// The right value.
  public var answer: LocatedExpression
  /// How close a value must be.
  public var tolerance: Tolerance
  /// Foreseen mistakes, checked in order.
  public var mistakes: [Mistake]
}

/// A choice exercise: the choices and which of them are right.
public struct ChoiceAnswer: Hashable, Sendable {
  /// One choice.
  public struct Choice: Hashable, Sendable {
    /// Its text (Markdown inline).
    public var text: String
    /// Why it is right or wrong, shown when it is picked.
    public var because: String?
  }

  /// Which choices are right.
  public enum Correct: Hashable, Sendable {
    /// By position, from 0.
    case listed(Set<Int>)
    /// Those whose text is among the names an expression computes
    /// (`argmax lake.q(start)`): the right choice follows the computation.
    case computed(LocatedExpression)
  }

  /// The choices, in order.
  public var choices: [Choice]
  /// Which are right.
  public var correct: Correct
}

/// A tuning exercise (CS188's kind): change some settings of a demo so that,
/// retrained, it meets a goal.
public struct Tuning: Hashable, Sendable {
  /// The id of the demo to retrain.
  public var demo: String
  /// Where `try` names it.
  public var demoRange: SourceRange
  /// A setting the learner may change, with where the block names it.
  public struct Knob: Hashable, Sendable {
    /// The setting's key (`epsilon`).
    public var name: String
    /// Where `set` names it.
    public var range: SourceRange
  }

  /// The settings the learner may change.
  public var knobs: [Knob]
  /// What the retrained demo's results must satisfy, read as its own `expect:`.
  public var goal: LocatedExpression
  /// On how many seeds (from the demo's own) the goal must hold.
  public var seeds: Int
  /// Settings that meet the goal, which `check` verifies; none when impossible.
  public var solution: [YAMLEntry]
  /// Whether "it cannot be done" is the right answer.
  public var isImpossible: Bool
  /// For an impossible goal, the settings `check` tries, each with its values.
  public var search: [YAMLEntry]
}
