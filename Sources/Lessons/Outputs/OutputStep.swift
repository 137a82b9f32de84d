/// One step of an algorithm spelled out: the state, the choice and why, what
/// came back, and the update it caused.
///
/// Traces and rollouts carry one per row or frame, so that a front end can walk
/// through them one key press at a time (`t` in `rlbook step`).
public struct OutputStep: Hashable, Sendable, Codable {
  /// Where the step is: `episode 1, t = 3`.
  public var title: String
  /// The environment's drawing of the state, line by line (may be empty).
  public var picture: [String]
  /// The numbers behind the choice: Q(s,·) or π(·∣s), one row per action.
  public var choice: OutputTable?
  /// What happened, in order, numbered by the renderer.
  public var stages: [OutputLine]

  /// Creates a step.
  public init(
    title: String, picture: [String] = [], choice: OutputTable? = nil, stages: [OutputLine]
  ) {
    self.title = title
    self.picture = picture
    self.choice = choice
    self.stages = stages
  }
}
