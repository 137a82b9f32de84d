/// One training at a time per exercise in `rlbook serve`: a second request for
/// the same exercise while one trains is refused (429), not queued, so that a
/// page sending many requests cannot pile work up on the machine.
public actor TrainingSlots {
  private var busy: Set<String> = []

  /// No training running.
  public init() {}

  /// Takes the slot of `exercise`; false when a training of it is running.
  public func take(_ exercise: String) -> Bool {
    busy.insert(exercise).inserted
  }

  /// Gives the slot of `exercise` back.
  public func release(_ exercise: String) {
    busy.remove(exercise)
  }
}
