import NeuralNet
import RLCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns a policy network's outputs into a distribution over actions: a softmax
/// over logits for discrete actions, a Gaussian from `[mean, log std]` for continuous ones.
struct PolicyHead: Sendable {
  let actionSpace: ActionSpace

  /// The network's output size for this action space.
  var outputSize: Int {
    switch actionSpace {
    case .discrete(let count): count
    case .continuous: 2
    }
  }

  /// π(·∣s) (discrete) or `[mean, standard deviation]` (continuous).
  func distribution(_ output: [Double]) -> [Double] {
    switch actionSpace {
    case .discrete: return ActionSelection.softmax(output)
    case .continuous: return [output[0], exp(min(max(output[1], -5), 2))]
    }
  }

  /// The distribution a policy network gives in a state.
  func distribution(of network: Network, at features: [Double]) -> [Double] {
    var workspace = network.makeWorkspace()
    network.forward(features, workspace: &workspace)
    return distribution(workspace.output)
  }

  /// Draws an action: an index (as a Double) or a real number (unclipped).
  func sample(_ output: [Double], using generator: inout SeededGenerator) -> Double {
    let distribution = distribution(output)
    switch actionSpace {
    case .discrete: return Double(ActionSelection.sample(distribution, using: &generator))
    case .continuous: return distribution[0] + distribution[1] * generator.gaussian()
    }
  }

  /// Writes the gradient of −weight · log π(action∣s) into `gradient`; returns log π(action∣s).
  func logProbabilityGradient(
    _ output: [Double], action: Double, weight: Double, gradient: inout [Double]
  ) -> Double {
    switch actionSpace {
    case .discrete:
      return Loss.policyGradient(
        logits: output, action: Int(action), weight: weight, gradient: &gradient
      )
      .logProbability
    case .continuous:
      return Loss.gaussianPolicyGradient(
        output: output, action: action, weight: weight, gradient: &gradient
      )
      .logProbability
    }
  }

  /// Applies an action to an environment (clipping continuous actions to their range).
  func act<E: FeatureEnvironment>(
    _ action: Double, in environment: inout E, using generator: inout SeededGenerator
  ) -> FeatureStep {
    switch actionSpace {
    case .discrete: return environment.step(Int(action), using: &generator)
    case .continuous(let range):
      return environment.step(
        continuous: min(max(action, range.lowerBound), range.upperBound), using: &generator)
    }
  }
}
