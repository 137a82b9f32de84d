public import RLCore

/// Sutton & Barto's random walk (Example 6.2, and the 19-state walk of Example 7.1).
///
/// States 1…n lie in a row between two terminal states, 0 and n+1; every
/// episode starts in the middle and moves left or right with probability 1/2
/// whatever the action (there is one, `step`). Ending on the right gives +1.
/// Ending on the left gives 0 in the 5-state walk and −1 in the 19-state walk,
/// as in the book. Use γ = 1.
public enum RandomWalk {
  /// The sizes the book uses.
  public static let supportedSizes = [5, 19]

  /// The walk with `size` non-terminal states (odd, so it has a middle).
  public static func make(size: Int = 5) throws(EnvironmentError) -> TabularEnvironment {
    guard size >= 3, size % 2 == 1, size <= 99 else {
      throw .invalidParameter(name: "size", reason: "a random walk needs an odd size from 3 to 99")
    }
    let leftReward: Double = size == 19 ? -1 : 0
    let stateCount = size + 2
    let isTerminal = (0..<stateCount).map { $0 == 0 || $0 == stateCount - 1 }
    let model = TabularModel(stateCount: stateCount, actionCount: 1, isTerminal: isTerminal) {
      state, _ in
      if isTerminal[state] {
        return [.init(probability: 1, nextState: state, reward: 0, terminates: true)]
      }
      let left = state - 1
      let right = state + 1
      return [
        .init(
          probability: 0.5, nextState: left, reward: left == 0 ? leftReward : 0,
          terminates: left == 0),
        .init(
          probability: 0.5, nextState: right, reward: right == stateCount - 1 ? 1 : 0,
          terminates: right == stateCount - 1),
      ]
    }
    var names: [String: Int] = [:]
    if size <= 26 {
      for index in 1...size { names[String(UnicodeScalar(UInt8(64 + index)))] = index }
    }
    let start = (size + 1) / 2
    names["start"] = start
    return TabularEnvironment(
      name: "random-walk", model: model, actionNames: ["step"], startStates: [start],
      timeLimit: nil,
      stateNames: names,
      drawing: { state in
        (0..<stateCount).map { index in
          let label =
            isTerminal[index] ? "□" : size <= 26 ? String(UnicodeScalar(UInt8(64 + index))) : "·"
          return index == state ? "[\(label)]" : label
        }.joined(separator: " ")
      })
  }

  /// The true value of every state (terminals 0): i/(n+1) for the 5-state walk,
  /// and 2i/(n+1) − 1 for the 19-state walk with −1 on the left.
  public static func trueValues(size: Int = 5) -> [Double] {
    (0..<size + 2).map { state in
      guard state > 0, state <= size else { return 0 }
      let fraction = Double(state) / Double(size + 1)
      return size == 19 ? 2 * fraction - 1 : fraction
    }
  }
}
