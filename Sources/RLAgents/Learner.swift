public import RLCore

/// A learner that keeps a table and trains on a tabular environment, episode by episode.
///
/// Training can be split into calls: the learner keeps everything between them,
/// so chunks of episodes give exactly what one call would.
public protocol TabularLearner: Sendable {
  /// Trains for `episodes` episodes or `maximumSteps` steps, whichever ends first.
  mutating func train(
    on environment: TabularEnvironment, episodes: Int, maximumSteps: Int,
    options: TrainingOptions, using generator: inout SeededGenerator
  ) -> TrainingRecord
}

/// What a call to `train` records: at least the returns and lengths of its episodes.
public protocol EpisodeRecord {
  /// Returns and lengths of the episodes trained.
  var log: EpisodeLog { get }
}

extension TrainingRecord: EpisodeRecord {}
extension PolicyTrainingRecord: EpisodeRecord {}

/// A learner that trains on a ``FeatureEnvironment``, episode by episode.
public protocol FeatureLearner: Sendable {
  /// What a call to `train` records.
  associatedtype Record: EpisodeRecord

  /// Trains for `episodes` episodes or `maximumSteps` steps, whichever ends first,
  /// or until `stop` says so after an episode.
  mutating func train<Environment: FeatureEnvironment>(
    on environment: inout Environment, episodes: Int, maximumSteps: Int,
    options: TrainingOptions, stop: (EpisodeLog) -> Bool, using generator: inout SeededGenerator
  ) -> Record
}

extension TDControl: TabularLearner {}
extension TDPrediction: TabularLearner {}
extension MonteCarlo: TabularLearner {}
extension Reinforce: FeatureLearner {}
extension ActorCritic: FeatureLearner {}
extension DQN: FeatureLearner {}
