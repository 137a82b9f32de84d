/// An episode, state by state: what the agent saw, did and got.
public struct OutputFrames: Hashable, Sendable, Codable {
  /// One step of the episode.
  public struct Frame: Hashable, Sendable, Codable {
    /// The step number (0 for the start).
    public var step: Int
    /// The environment's drawing of the state, line by line (plain characters).
    public var picture: [String]
    /// The action taken from this state, if one was.
    public var action: String?
    /// The reward that action earned.
    public var reward: Double?
    /// The rewards so far, this one included.
    public var total: Double
    /// Steps left before the time limit cuts the episode off, if it has one.
    public var timeRemaining: Int?

    /// Creates a frame.
    public init(
      step: Int, picture: [String], action: String? = nil, reward: Double? = nil,
      total: Double = 0, timeRemaining: Int? = nil
    ) {
      self.step = step
      self.picture = picture
      self.action = action
      self.reward = reward
      self.total = total
      self.timeRemaining = timeRemaining
    }
  }

  /// What the episode shows.
  public var title: String
  /// The frames, in order.
  public var frames: [Frame]
  /// How the episode ended (`reached the goal`, `cut off by the time limit`).
  public var ending: String
  /// Each move spelled out as a step: the choice and why, what it earned.
  public var steps: [OutputStep]

  /// Creates an episode.
  public init(title: String, frames: [Frame], ending: String, steps: [OutputStep] = []) {
    self.title = title
    self.frames = frames
    self.ending = ending
    self.steps = steps
  }
}
