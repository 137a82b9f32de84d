/// A finite environment: its full model plus what an episode needs (where it
/// starts, when it is cut off) and what views need (action names, a map).
///
/// Every discrete environment of rlbook is one of these, so every tabular
/// agent works on every one of them.
public struct TabularEnvironment: Sendable {
  /// The environment's name (`frozenlake`, `cliff`, …).
  public let name: String
  /// The dynamics: outcomes of every state and action.
  public let model: TabularModel
  /// A name for each action, in action order (`left`, `down`, `right`, `up`).
  public let actionNames: [String]
  /// Episodes start in one of these states, chosen uniformly.
  public let startStates: [Int]
  /// The number of steps after which an episode is cut off (a truncation), if any.
  public let timeLimit: Int?
  /// How states sit on a grid, for grid worlds.
  public let layout: GridLayout?
  /// Names for particular states (`start`, `goal`, `A`, …).
  public let stateNames: [String: Int]
  /// Draws a state as text (the map with the agent on it).
  public let drawing: @Sendable (Int) -> String
  /// What the agent perceives of each state: the state itself, or, when it
  /// sees only part of the world, the number of its observation.
  public let observationOf: [Int]
  /// The number of distinct observations (the state count when fully observed).
  public let observationCount: Int
  /// Whether the agent sees the whole state (exact methods need it).
  public let isFullyObserved: Bool

  /// Creates an environment.
  public init(
    name: String, model: TabularModel, actionNames: [String], startStates: [Int],
    timeLimit: Int?, layout: GridLayout? = nil, stateNames: [String: Int] = [:],
    observations: (ids: [Int], count: Int)? = nil, drawing: @escaping @Sendable (Int) -> String
  ) {
    precondition(actionNames.count == model.actionCount, "one name per action")
    precondition(!startStates.isEmpty, "at least one start state")
    self.name = name
    self.model = model
    self.actionNames = actionNames
    self.startStates = startStates
    self.timeLimit = timeLimit
    self.layout = layout
    self.stateNames = stateNames
    self.drawing = drawing
    if let observations {
      precondition(observations.ids.count == model.stateCount, "one observation per state")
      observationOf = observations.ids
      observationCount = observations.count
      isFullyObserved = false
    } else {
      observationOf = Array(0..<model.stateCount)
      observationCount = model.stateCount
      isFullyObserved = true
    }
  }

  /// The number of states.
  public var stateCount: Int { model.stateCount }
  /// The number of actions.
  public var actionCount: Int { model.actionCount }

  /// A start state for a new episode.
  @inlinable
  public func reset(using generator: inout SeededGenerator) -> Int {
    startStates.count == 1 ? startStates[0] : startStates[generator.index(below: startStates.count)]
  }

  /// One step: the outcome of `action` in `state`.
  @inlinable
  public func step(
    from state: Int, action: Int, using generator: inout SeededGenerator
  ) -> TabularModel.Outcome {
    model.sample(state: state, action: action, using: &generator)
  }

  /// The state as text.
  public func draw(_ state: Int) -> String { drawing(state) }

  /// The state a name stands for (`start` is always known).
  public func state(named name: String) -> Int? {
    if name == "start" { return stateNames["start"] ?? startStates[0] }
    return stateNames[name]
  }
}
