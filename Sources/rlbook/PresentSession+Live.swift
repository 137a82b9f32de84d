import Demos
import Dispatch
import Stepper
import Synchronization
import TerminalUI

extension PresentSession {
  /// Runs `work` with `runner` off the main thread, its progress shown big on
  /// the slide, and returns its outcome, or `nil` if waiting stopped first.
  /// Every 100 ms `keepWaiting` gets the outcome so far (`nil` while `work`
  /// runs) and the keys pressed meanwhile, and says whether to wait on.
  func live<Outcome: Sendable>(
    _ runner: DemoRunner, _ work: @escaping @Sendable (DemoRunner) -> Outcome,
    keepWaiting: (Outcome?, [Key]) -> Bool
  ) -> Outcome? {
    var runner = runner
    let latest = Mutex<TrainingProgress?>(nil)
    let finished = Mutex<Outcome?>(nil)
    runner.progress = { _, progress in latest.withLock { $0 = progress } }
    let reporting = runner
    DispatchQueue.global().async {
      let outcome = work(reporting)
      finished.withLock { $0 = outcome }
    }
    defer { training = nil }
    while true {
      training = .some(latest.withLock { $0 })
      draw()
      let keys = decoder.keys(in: RawTerminal.read(waiting: 100))
      let outcome = finished.withLock { $0 }
      guard keepWaiting(outcome, keys) else { return outcome }
    }
  }
}
