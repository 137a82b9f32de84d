#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Losses and their gradients with respect to a network's outputs.
///
/// Each returns the loss and writes ∂loss/∂output into `gradient` (same size as the output).
public enum Loss {
  /// ½ (y − target)² on one output (the others get no gradient): a value regression.
  public static func squaredError(
    output: [Double], index: Int, target: Double, gradient: inout [Double]
  ) -> Double {
    for i in gradient.indices { gradient[i] = 0 }
    let error = output[index] - target
    gradient[index] = error
    return 0.5 * error * error
  }

  /// Huber loss on one output: quadratic within `delta` of the target, linear beyond (DQN's loss).
  public static func huber(
    output: [Double], index: Int, target: Double, delta: Double = 1, gradient: inout [Double]
  ) -> Double {
    for i in gradient.indices { gradient[i] = 0 }
    let error = output[index] - target
    gradient[index] = huberGradient(error: error, delta: delta)
    if abs(error) <= delta { return 0.5 * error * error }
    return delta * (abs(error) - 0.5 * delta)
  }

  /// The Huber loss's derivative with respect to the output, for `error` = output − target:
  /// the error itself within `delta`, clipped to ±`delta` beyond.
  public static func huberGradient(error: Double, delta: Double = 1) -> Double {
    min(max(error, -delta), delta)
  }

  /// The policy-gradient loss −weight · log softmax(logits)[action] for a discrete policy.
  ///
  /// The gradient is weight · (softmax(logits) − one-hot(action)). With the
  /// return (or an advantage) as weight, descending it raises the probability
  /// of actions that did better than expected: the loss is high when you did
  /// something wrong.
  public static func policyGradient(
    logits: [Double], action: Int, weight: Double, gradient: inout [Double]
  ) -> (loss: Double, logProbability: Double) {
    let largest = logits.max() ?? 0
    var total = 0.0
    for i in logits.indices {
      gradient[i] = exp(logits[i] - largest)
      total += gradient[i]
    }
    for i in logits.indices { gradient[i] /= total }
    let logProbability = logits[action] - largest - log(total)
    for i in logits.indices { gradient[i] *= weight }
    gradient[action] -= weight
    return (-weight * logProbability, logProbability)
  }

  /// The policy-gradient loss −weight · log N(action; mean, e^logStd) for a Gaussian policy.
  ///
  /// `output` is `[mean, logStd]`; the gradient is written for both.
  public static func gaussianPolicyGradient(
    output: [Double], action: Double, weight: Double, gradient: inout [Double]
  ) -> (loss: Double, logProbability: Double) {
    let mean = output[0]
    let logStd = min(max(output[1], -5), 2)
    let std = exp(logStd)
    let z = (action - mean) / std
    let logProbability = -0.5 * z * z - logStd - 0.5 * log(2 * Double.pi)
    gradient[0] = -weight * z / std
    gradient[1] = output[1] == logStd ? -weight * (z * z - 1) : 0
    return (-weight * logProbability, logProbability)
  }
}
