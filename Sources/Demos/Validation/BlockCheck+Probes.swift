import Expressions
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
    case .control(let task):
      return readVectors(entry.value, task: task, world: world)
    }
  }

  private mutating func readVectors(_ value: YAMLValue, task: any ControlTask, world: DemoWorld)
    -> [Probe]
  {
    let form = task.stateForm
    var items: [(name: String?, value: YAMLValue)]
    if case .list(let list) = value.kind, list.allSatisfy({ $0.double != nil }) {
      items = [(nil, value)]
    } else if case .map(let entries) = value.kind {
      // `state: {leaning-right: [0, 0, 0.1, 0]}` names states for expressions.
      items = []
      for entry in entries {
        guard Vocabulary.isName(entry.key) else {
          error(
            "`\(entry.key)` is not a name", hint: "use letters, digits and `-`: `leaning-right`",
            key: "state", at: entry.keyRange)
          continue
        }
        items.append((entry.key, entry.value))
      }
    } else {
      items = (value.items ?? [value]).map { (nil, $0) }
    }
    var probes: [Probe] = []
    for (given, item) in items {
      if let name = item.text, var probe = task.namedProbe(name) {
        if let given {
          probe.label = given
          probe.name = given
        }
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
      let count = task.vectorLength
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
      let vector = "[" + numbers.map(SettingValue.write).joined(separator: ", ") + "]"
      probes.append(
        Probe(
          label: given.map { "\($0) \(vector)" } ?? vector,
          kind: .features(task.features(ofVector: numbers)), name: given))
    }
    return probes
  }
}
