import Foundation
import Lessons
import MarkdownSyntax
import RLCore

extension BlockCheck {
  /// The states `state` names, resolved against the built environment.
  mutating func readProbes(world: DemoWorld) -> [Probe] {
    guard let entry = self["state"] else { return [] }
    switch world.body {
    case .bandit:
      error(
        "the bandit has a single state", hint: "remove `state`", key: "state",
        at: entry.value.range)
      return []
    case .tabular(let environment):
      guard let items = entry.value.items else {
        error("`state` must be a state or a list of states", key: "state", at: entry.value.range)
        return []
      }
      var probes: [Probe] = []
      for item in items {
        if let name = item.text, let state = environment.state(named: name) {
          probes.append(Probe(label: name, kind: .state(state)))
        } else if let index = item.int, (0..<environment.stateCount).contains(index) {
          probes.append(Probe(label: String(index), kind: .state(index)))
        } else {
          let names = environment.stateNames.keys.filter { Int($0) == nil }.sorted()
          let written = item.text ?? item.kindDescription
          let suggestion = item.text.flatMap { Spelling.suggestion(for: $0, in: names) }
          error(
            "\(world.entry.name) has no state `\(written)`",
            hint: [
              suggestion,
              "a state is an index from 0 to \(environment.stateCount - 1) or a name: "
                + SettingParser.listed(names.isEmpty ? ["start"] : names),
            ].hintText, key: "state", at: item.range)
        }
      }
      return probes
    case .cartpole, .pendulum:
      return readVectors(entry.value, world: world)
    }
  }

  private mutating func readVectors(_ value: YAMLValue, world: DemoWorld) -> [Probe] {
    let isCartPole = if case .cartpole = world.body { true } else { false }
    let form =
      isCartPole
      ? "a vector [x, ẋ, θ, θ̇] or `start`"
      : "a vector [θ, θ̇], or `start` (hanging down) or `up`"
    let items: [YAMLValue]
    if case .list(let list) = value.kind, list.allSatisfy({ $0.double != nil }) {
      items = [value]
    } else {
      items = value.items ?? [value]
    }
    var probes: [Probe] = []
    for item in items {
      if let name = item.text, let probe = Self.namedProbe(name, isCartPole: isCartPole) {
        probes.append(probe)
        continue
      }
      guard case .list(let parts) = item.kind else {
        error(
          "\(world.entry.name) has no state `\(item.text ?? item.kindDescription)`",
          hint: "a state is " + form, key: "state", at: item.range)
        continue
      }
      let numbers = parts.compactMap(\.double)
      let count = isCartPole ? 4 : 2
      if let bad = parts.first(where: { $0.double.map { !$0.isFinite } ?? false }) {
        error(
          "`\(bad.text ?? "")` is not a finite number", hint: "a state is " + form, key: "state",
          at: bad.range)
        continue
      }
      guard numbers.count == parts.count, numbers.count == count else {
        error(
          "a \(world.entry.name) state is \(count) numbers", hint: "a state is " + form,
          key: "state", at: item.range)
        continue
      }
      let label = "[" + numbers.map(SettingValue.write).joined(separator: ", ") + "]"
      let features = isCartPole ? numbers : [cos(numbers[0]), sin(numbers[0]), numbers[1]]
      probes.append(Probe(label: label, kind: .features(features)))
    }
    return probes
  }

  /// CartPole's `start` (all zeros); Pendulum's `start`/`down` and `up`.
  static func namedProbe(_ name: String, isCartPole: Bool) -> Probe? {
    switch (name, isCartPole) {
    case ("start", true): Probe(label: "start", kind: .features([0, 0, 0, 0]))
    case ("start", false), ("down", false): Probe(label: name, kind: .features([-1, 0, 0]))
    case ("up", false): Probe(label: "up", kind: .features([1, 0, 0]))
    default: nil
    }
  }
}
