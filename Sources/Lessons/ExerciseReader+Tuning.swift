extension ExerciseReader {
  /// `try:` a demo, `set:` what the learner may change, `goal:` what the
  /// retrained demo must show, and how `check` proves the goal fair.
  mutating func readTuning() -> Tuning? {
    guard let demoEntry = self["try"], let demo = name(demoEntry, what: "`try` names a demo")
    else { return nil }
    guard let setEntry = self["set"], let items = setEntry.value.items, !items.isEmpty else {
      error(
        "a tuning needs `set`: the settings the learner may change",
        hint: "for example `set: [epsilon]`", at: self["set"]?.value.range)
      return nil
    }
    var knobs: [Tuning.Knob] = []
    for item in items {
      guard let key = item.text, !key.isEmpty else {
        error("`set` lists setting names, not \(item.kindDescription)", at: item.range)
        return nil
      }
      knobs.append(Tuning.Knob(name: key, range: item.range))
    }
    guard let goalEntry = self["goal"] else {
      error(
        "a tuning needs a `goal`: what the retrained demo must show",
        hint: "an expression over the demo's results, as in its `expect:`")
      return nil
    }
    guard let goal = expression(goalEntry.value, what: "`goal`") else { return nil }
    var seeds = 1
    if let entry = self["seeds"] {
      guard let count = entry.value.int, (1...Self.maximumSeeds).contains(count) else {
        error(
          "`seeds` must be a whole number from 1 to \(Self.maximumSeeds)",
          hint: "the goal must hold on this many seeds, from the demo's own",
          at: entry.value.range)
        return nil
      }
      seeds = count
    }
    var isImpossible = false
    if let entry = self["impossible"] {
      guard let flag = entry.value.bool else {
        error("`impossible` is true or false", at: entry.value.range)
        return nil
      }
      isImpossible = flag
    }
    let solution = map("solution")
    let search = map("search")
    if isImpossible {
      if let entry = self["solution"] {
        error(
          "an impossible goal has no `solution`",
          hint: "give `search:`, the settings `check` tries and finds wanting",
          at: entry.keyRange)
      }
      if search == nil {
        error(
          "an impossible goal needs `search`: settings that `check` tries, none of which may meet it",
          hint: "for example `search: {epsilon: [0, 0.1, 0.3, 0.5]}`",
          at: self["impossible"]?.keyRange)
      }
    } else if solution == nil {
      error(
        "a tuning needs a `solution`: settings that meet the goal, which `check` verifies",
        hint: "for example `solution: {epsilon: 0.3}`, or `impossible: true` with `search:`")
    }
    for entry in (solution ?? []) + (search ?? [])
    where !knobs.contains(where: { $0.name == entry.key }) {
      error(
        "`\(entry.key)` is not among the settings the learner may change",
        hint: "`set` lists " + knobs.map { "`\($0.name)`" }.joined(separator: ", "),
        at: entry.keyRange)
    }
    return Tuning(
      demo: demo, demoRange: demoEntry.value.range, knobs: knobs, goal: goal, seeds: seeds,
      solution: solution ?? [], isImpossible: isImpossible, search: search ?? [])
  }

  private mutating func map(_ key: String) -> [YAMLEntry]? {
    guard let entry = self[key] else { return nil }
    guard case .map(let entries) = entry.value.kind, !entries.isEmpty else {
      error(
        "`\(key)` must be a map of settings to values, not \(entry.value.kindDescription)",
        hint: "for example `\(key): {epsilon: 0.3}`", at: entry.value.range)
      return nil
    }
    return entries
  }
}
