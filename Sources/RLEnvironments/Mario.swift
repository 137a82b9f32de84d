public import RLCore

/// The notes' side-scroller: Mario runs along one row of tiles to the flag.
///
/// A level is a string of tiles: `S` start, `.` ground, `c` coin, `E` enemy,
/// `_` pit, `F` flag. Actions (the notes' left/right/jump/run):
///
/// | action | effect |
/// | --- | --- |
/// | left (0) | one tile back; at the left edge nothing happens |
/// | right (1) | one tile forward |
/// | jump (2) | over the next tile (not touched), landing on the one after |
/// | run (3) | two tiles forward, touching both in order |
///
/// Rewards add up within a step: +1 for a coin (once; the tile becomes
/// ground), +100 for landing on an enemy from a jump (it is removed), +1000 and
/// the end for reaching `F` (a run or jump past it stops on it), −1 and the end
/// for touching a pit or a live enemy any other way, +0.1 per tile moved right
/// and −0.1 per tile moved left (the shaping reward; `progress` sets its size,
/// and 0 leaves only the game's own rewards).
///
/// The state is Mario's position, the coins taken and the enemies alive:
/// `(position × 2^coins + coinsTaken) × 2^enemies + enemiesAlive`. The episode
/// is cut off after `time` steps (4 × the level's length by default). Mario
/// observes a window of tiles around him (two behind to two ahead by default,
/// off-level tiles as walls `#`, the start as ground); an agent may learn from
/// the full state or from that window.
public struct Mario: Sendable {
  /// The default level: at the start, jump beats right, run is fatal and left idles.
  public static let defaultLevel = "S.E..c._..cE...F"
  /// The default observation window: two tiles behind Mario to two ahead.
  public static let defaultWindow = 5
  /// The default shaping reward per tile moved right.
  public static let defaultProgress = 0.1
  /// Action names, by index.
  public static let actionNames = ["left", "right", "jump", "run"]
  /// The most coins and enemies a level may hold together.
  public static let maximumItems = 16
  /// The most states a level may have.
  public static let maximumStates = 1 << 18

  /// The tiles, as written.
  public let tiles: [Character]
  /// The start position.
  public let start: Int
  /// The tile index of each coin, in order.
  public let coins: [Int]
  /// The tile index of each enemy, in order.
  public let enemies: [Int]
  /// The observation window's width (odd).
  public let windowWidth: Int
  /// The time limit in steps.
  public let timeLimit: Int
  /// The reward per tile moved right, and its negative per tile moved left.
  public let progress: Double

  /// Reads and checks a level.
  ///
  /// - Throws: ``EnvironmentError/invalidMap(_:column:)`` with the 1-based
  ///   column of the problem: an unknown tile, no `S` or two, a level not
  ///   ending with `F`, too many coins and enemies.
  public init(
    level: String = defaultLevel, window: Int = defaultWindow, time: Int? = nil,
    progress: Double = defaultProgress
  ) throws(EnvironmentError) {
    let tiles = Array(level)
    guard tiles.count >= 2 else { throw .invalidMap("a level needs at least a start and a flag") }
    if let bad = tiles.firstIndex(where: { !"S.cE_F".contains($0) }) {
      throw .invalidMap("`\(tiles[bad])` is not a tile (use S . c E _ F)", column: bad + 1)
    }
    let starts = tiles.indices.filter { tiles[$0] == "S" }
    guard starts.count == 1 else {
      throw .invalidMap(
        starts.isEmpty ? "the level needs a start `S`" : "the level has more than one start `S`",
        column: starts.count > 1 ? starts[1] + 1 : nil)
    }
    guard tiles.last == "F" else {
      throw .invalidMap("the level must end with the flag `F`", column: tiles.count)
    }
    if let early = tiles.dropLast().firstIndex(of: "F") {
      throw .invalidMap("the flag `F` must be the last tile", column: early + 1)
    }
    let coins = tiles.indices.filter { tiles[$0] == "c" }
    let enemies = tiles.indices.filter { tiles[$0] == "E" }
    guard coins.count + enemies.count <= Self.maximumItems else {
      throw .invalidMap(
        "\(coins.count) coins and \(enemies.count) enemies; a level holds at most \(Self.maximumItems) together",
        column: (coins + enemies).sorted()[Self.maximumItems] + 1)
    }
    let stateCount = tiles.count << (coins.count + enemies.count)
    guard stateCount <= Self.maximumStates else {
      throw .invalidMap(
        "the level has \(stateCount) states (length × 2^(coins + enemies)); at most \(Self.maximumStates)"
      )
    }
    guard window >= 1, window % 2 == 1, window <= 7 else {
      throw .invalidParameter(name: "window", reason: "the window must be an odd width from 1 to 7")
    }
    guard progress.isFinite, progress >= 0 else {
      throw .invalidParameter(
        name: "progress", reason: "the reward per tile must be a number of at least 0")
    }
    if let time, time < 1 {
      throw .invalidParameter(name: "time", reason: "the time limit must be at least 1 step")
    }
    self.tiles = tiles
    self.start = starts[0]
    self.coins = coins
    self.enemies = enemies
    self.windowWidth = window
    self.timeLimit = time ?? 4 * tiles.count
    self.progress = progress
  }

  /// The number of states.
  public var stateCount: Int { tiles.count << (coins.count + enemies.count) }

  /// A state's parts: position, coins taken (bit i for coin i), enemies alive (bit i for enemy i).
  public struct State: Hashable, Sendable {
    public var position: Int
    public var coinsTaken: Int
    public var enemiesAlive: Int
  }

  /// The state number of parts.
  public func index(of state: State) -> Int {
    ((state.position << coins.count) | state.coinsTaken) << enemies.count | state.enemiesAlive
  }

  /// The parts of a state number.
  public func state(at index: Int) -> State {
    let enemiesAlive = index & ((1 << enemies.count) - 1)
    let rest = index >> enemies.count
    return State(
      position: rest >> coins.count, coinsTaken: rest & ((1 << coins.count) - 1),
      enemiesAlive: enemiesAlive)
  }

  /// The start state: at `S`, no coin taken, every enemy alive.
  public var startState: State {
    State(position: start, coinsTaken: 0, enemiesAlive: (1 << enemies.count) - 1)
  }

  /// The tile as it now looks in a state: taken coins and defeated enemies are ground.
  public func tile(_ position: Int, in state: State) -> Character {
    guard tiles.indices.contains(position) else { return "#" }
    let tile = tiles[position]
    if tile == "c", let coin = coins.firstIndex(of: position), state.coinsTaken & (1 << coin) != 0 {
      return "."
    }
    if tile == "E", let enemy = enemies.firstIndex(of: position),
      state.enemiesAlive & (1 << enemy) == 0
    {
      return "."
    }
    return tile
  }

  /// Whether a state ends the episode: Mario on a pit, on a live enemy, or at the flag.
  public func isTerminal(_ state: State) -> Bool {
    let tile = tile(state.position, in: state)
    return tile == "_" || tile == "E" || tile == "F"
  }

  /// The result of an action: the next state, the reward, and whether the episode ends.
  public func step(_ state: State, action: Int) -> (next: State, reward: Double, terminates: Bool) {
    var current = state
    var reward = 0.0
    let last = tiles.count - 1
    /// Steps onto a tile; false when the episode ends there.
    func touch(_ position: Int, fromJump: Bool) -> Bool {
      reward += progress * Double(position - current.position)
      current.position = position
      switch tile(position, in: current) {
      case "_":
        reward -= 1
        return false
      case "E":
        if fromJump, let enemy = enemies.firstIndex(of: position) {
          current.enemiesAlive &= ~(1 << enemy)
          reward += 100
          return true
        }
        reward -= 1
        return false
      case "c":
        if let coin = coins.firstIndex(of: position) { current.coinsTaken |= 1 << coin }
        reward += 1
        return true
      case "F":
        reward += 1000
        return false
      default:
        return true
      }
    }
    var continues = true
    switch action {
    case 0:
      if current.position > 0 { continues = touch(current.position - 1, fromJump: false) }
    case 1:
      continues = touch(min(current.position + 1, last), fromJump: false)
    case 2:
      continues = touch(min(current.position + 2, last), fromJump: true)
    default:
      continues = touch(min(current.position + 1, last), fromJump: false)
      if continues { continues = touch(min(current.position + 1, last), fromJump: false) }
    }
    return (current, reward, !continues)
  }

  /// The tiles Mario sees: the window around him, with `M` for himself and `#` off the level.
  public func window(of state: State) -> String {
    let half = windowWidth / 2
    return String(
      (state.position - half...state.position + half).map { position in
        if position == state.position { return "M" }
        let tile = tile(position, in: state)
        return tile == "S" ? "." : tile
      })
  }

  /// The symbols a window can show, besides Mario himself.
  private static let windowSymbols: [Character] = ["#", ".", "c", "E", "_", "F"]

  /// The number of different windows: each tile but Mario's is one of 6 symbols.
  public var observationCount: Int {
    (1..<windowWidth).reduce(1) { count, _ in count * Self.windowSymbols.count }
  }

  /// A window's number: its tiles (Mario's left out) read as a base-6 number.
  ///
  /// The numbering depends on what is seen only, not on the level, so an agent
  /// that learned from windows on one level reads them the same on another.
  public func observationID(of state: State) -> Int {
    var id = 0
    for (offset, symbol) in window(of: state).enumerated() where offset != windowWidth / 2 {
      id = id * Self.windowSymbols.count + (Self.windowSymbols.firstIndex(of: symbol) ?? 1)
    }
    return id
  }

  /// The level as it now looks, with Mario as `M`.
  public func draw(_ state: State) -> String {
    String(tiles.indices.map { $0 == state.position ? "M" : tile($0, in: state) })
  }

  /// What an agent learns from.
  public enum Observation: String, Sendable, CaseIterable {
    /// The full state: position, coins taken, enemies alive (Markov).
    case state
    /// The window of tiles around Mario (not Markov: exact methods refuse it).
    case window
  }

  /// The environment: the full model, observed as the full state (default) or through the window.
  public func environment(observing observation: Observation = .state) -> TabularEnvironment {
    let count = stateCount
    let parts = (0..<count).map(state(at:))
    let terminal = parts.map(isTerminal)
    let model = TabularModel(stateCount: count, actionCount: 4, isTerminal: terminal) {
      index, action in
      if terminal[index] {
        return [.init(probability: 1, nextState: index, reward: 0, terminates: true)]
      }
      let (next, reward, terminates) = step(parts[index], action: action)
      return [
        .init(
          probability: 1, nextState: self.index(of: next), reward: reward, terminates: terminates)
      ]
    }
    let observations = parts.map(observationID(of:))
    let startIndex = index(of: startState)
    var names = ["start": startIndex]
    for position in tiles.indices {
      names["\(position)"] = index(
        of: State(position: position, coinsTaken: 0, enemiesAlive: startState.enemiesAlive))
    }
    let level = self
    return TabularEnvironment(
      name: "mario", model: model, actionNames: Self.actionNames, startStates: [startIndex],
      timeLimit: timeLimit, stateNames: names,
      observations: observation == .window ? (observations, observationCount) : nil,
      drawing: { index in
        let part = level.state(at: index)
        return level.draw(part) + "   sees [" + level.window(of: part) + "]"
      })
  }

  /// Whether another level has the same shape (length, coins, enemies), so that
  /// states mean the same positions and an agent can move from one to the other.
  public func hasSameShape(as other: Mario) -> Bool {
    tiles.count == other.tiles.count && coins.count == other.coins.count
      && enemies.count == other.enemies.count
      && windowWidth == other.windowWidth
  }
}
