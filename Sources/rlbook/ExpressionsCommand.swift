import ArgumentParser
import Demos
import TerminalUI

/// `rlbook expressions`: the language of inline values and `expect:` claims, and
/// what each view lets an expression read. `rlbook help expressions` shows it too.
struct ExpressionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "expressions",
    abstract: "The expression language of inline values and claims, and what each view exposes.",
    discussion: language)

  /// The language, as `--help` and the command print it.
  static let language = """
    Prose quotes a demo's results with a code span that starts with `{rl} `:
      The start is worth `{rl} lake.v(start):.2f`.
    and an rl block states what must hold of its results under `expect:`,
    a list, or a map of short names to claims, which only `rlbook check` reports:
      expect:
        worth: v(start) ≈ 0.54 ± 0.01
        left-first: left == argmax q(start)

    Names. Inside `expect:`, names are the block's own results: `q(start, jump)`.
    In prose every chain starts with the demo's id (`id: lake`), or `demo1`,
    `demo2`, … for demos without one: `lake.v(start)`, `argmax lake.q(6)`.
    With several agents, name the agent: `race.sarsa.curve.last(50).mean`;
    a sweep's variants by their setting: `arms.epsilon(0.1).curve.mean`.
    States and actions are named as the views print them (`start`, `goal`, `6`,
    `left`); a name may contain `-` between letters (`q-learning`, `edge-row`),
    so subtraction is written with spaces: `a - b`.

    Readings. q(s) and pi(s) are rows, q(s, a) and pi(s, a) numbers, v(s) a number;
    argmax q(s) is the set of actions within 1e-9 of the best (`x == argmax …`
    holds when the set is exactly {x}, `x in argmax …` when x is among them);
    max and min take a row. curve is the learning curve (a series); a series has
    .mean .max .min .final .length .first(n) .last(n); curve.band is the spread
    across runs. rms is the RMS error of V per episode (metric: rms-error).
    path is the greedy episode of a rollout: .length .return .visits(s).
    returns(γ) is a returns demo's G₀ for that γ.

    Operators, loosest first: or; and; not; comparisons < <= > >= == != and in
    (they do not chain); + -; * /; unary -. abs(x); x ≈ y ± t (ASCII: x ~= y +- t)
    is true when |x − y| ≤ t. == compares numbers exactly, and two rows whole
    (q(2) == q(6): the same values for every action). Division by zero, a
    missing state, or asking a demo for what it does not show is an error at
    the characters, with a hint.

    Formats, after a colon in an inline value: .2f (two decimals), % (a whole
    percentage), .1% (one decimal), d (a whole number); without one a number has
    at most four significant digits. Sets read "left and right".
    """

  @OptionGroup var output: OutputOptions

  func run() throws {
    let terminal = output.standardOutput
    var lines = Self.language.split(separator: "\n", omittingEmptySubsequences: false).map {
      StyledText(String($0))
    }
    lines.append(StyledText())
    lines.append(StyledText("What each view exposes", style: TextStyle(bold: true)))
    let nameWidth = Registry.views.map(\.name.count).max() ?? 0
    for view in Registry.views {
      let pieces = StyledText(view.reads).wrapped(width: max(20, terminal.width - nameWidth - 4))
      for (index, piece) in pieces.enumerated() {
        let name = index == 0 ? view.name : ""
        var line = StyledText(
          "  " + name + String(repeating: " ", count: nameWidth - name.count + 2),
          style: TextStyle(bold: true))
        line.append(piece)
        lines.append(line)
      }
    }
    Console.write(lines.map { $0.rendered(colors: terminal.colors) + "\n" }.joined())
  }
}
