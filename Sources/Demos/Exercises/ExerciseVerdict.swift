import Lessons

/// What the engine says of an answer.
public struct ExerciseVerdict: Hashable, Sendable {
  /// Whether the answer is right.
  public var isRight: Bool
  /// What to tell the learner: specific to the answer (`82.0 is not the
  /// answer: that is the sum before discounting`).
  public var message: String
  /// Whether the answer could not be judged (a setting out of range, a demo
  /// that could not run): the learner should try again, nothing is recorded.
  public var isInvalid = false

  /// A verdict.
  public init(isRight: Bool, message: String, isInvalid: Bool = false) {
    self.isRight = isRight
    self.message = message
    self.isInvalid = isInvalid
  }
}
