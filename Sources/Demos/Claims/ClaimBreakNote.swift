import Lessons
import RLCore

/// What a reader is told when their own settings break a lesson's claim: after
/// `--set`, `--seed`, `s`, `n` or a nudge, a demo's claims are evaluated again on
/// the result, and each that no longer holds gets a note below the output:
/// "At γ = 0.5 this no longer holds: `q(start, jump) > q(start, left)` (…)".
///
/// Evaluating reads the result already computed; it never trains.
enum ClaimBreakNote {
  /// How notes write a few settings.
  private static let symbols = ["gamma": "γ", "alpha": "α", "epsilon": "ε"]

  /// The notes for `result`, trained with `plan`, whose settings differ from the
  /// lesson's own plan `own`; none when they are the same or every claim holds.
  static func notes(for spec: DemoSpec, result: DemoResult, plan: DemoPlan, own: DemoPlan?)
    -> [Output]
  {
    guard result.didRun, let own, own.provenance != plan.provenance else { return [] }
    let changed = plan.provenance.settings.filter { !own.provenance.settings.contains($0) }
    guard !changed.isEmpty else { return [] }
    let setting = changed.map { item in
      // A list of one (`gamma: [0.5]` under `--set gamma=0.5`) reads as its value.
      let value =
        item.value.hasPrefix("[") && item.value.hasSuffix("]") && !item.value.contains(",")
        ? String(item.value.dropFirst().dropLast()) : item.value
      return item.key == CommonSettings.seed.name
        ? "seed \(value)" : "\(symbols[item.key] ?? item.key) = \(value)"
    }
    let at = "At " + setting.joined(separator: ", ")
    return ClaimChecker.outcomes(for: spec, result: result).compactMap { claim, outcome in
      switch outcome {
      case .holds: return nil
      case .fails(let readings):
        let values = readings.isEmpty ? "" : " (\(readings))"
        return .message("\(at) the lesson's claim no longer holds: `\(claim.text)`\(values).")
      case .invalid(let problem):
        return .message(
          "\(at) the lesson's claim `\(claim.text)` cannot be checked: \(problem.message).")
      }
    }
  }
}
