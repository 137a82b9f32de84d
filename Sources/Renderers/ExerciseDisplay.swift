/// How far a learner has got with an exercise, for a front end to show.
public struct ExerciseDisplay: Hashable, Sendable {
  /// What the engine said of the last answer.
  public struct Verdict: Hashable, Sendable {
    /// Whether it was right.
    public var isRight: Bool
    /// The engine's words.
    public var message: String

    /// A verdict to show.
    public init(isRight: Bool, message: String) {
      self.isRight = isRight
      self.message = message
    }
  }

  /// How many hints are revealed.
  public var hintsShown = 0
  /// The last verdict, if any answer was judged.
  public var verdict: Verdict?
  /// Whether the explanation shows (after a right answer, or on giving up).
  public var showsExplanation = false
  /// For a tuning, the settings the learner has set (`epsilon=0.3`).
  public var settings: String?
  /// The right answer, written out, when it is revealed (`3.5`, `left and down`).
  public var revealedAnswer: String?

  /// Nothing done yet.
  public init() {}
}
