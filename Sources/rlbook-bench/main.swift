import Foundation
import NeuralNet
import RLAgents
import RLCore
import RLEnvironments

/// `swift run -c release rlbook-bench [--compare] [--runs N]`
///
/// Prints, for each workload, its throughput and wall time. With `--compare`,
/// runs `Benchmarks/baseline.py` (Gymnasium + NumPy) and rlbook back to back
/// `--runs` times (default 3) and prints medians and the ratio.
let arguments = CommandLine.arguments.dropFirst()
if arguments.contains("--help") || arguments.contains("-h") {
  print(
    """
    usage: rlbook-bench [--compare] [--runs N]
           rlbook-bench --solve reinforce|actor-critic|dqn [--seeds N] [--budget STEPS]
           rlbook-bench --only-network

    Measures rlbook's environments and agents (build with -c release). Workloads with a
    bare reference loop (Q-learning, the 4-64-64-2 network) are also printed as a share
    of that loop's rate, measured in the same run.
      --compare   also run Benchmarks/baseline.py (needs python3 with gymnasium and numpy)
                  and print the medians of both and the speed-up
      --runs N    how many times to run each side when comparing (default 3)
      --solve     train an agent on CartPole with seeds 0..<N (default 5) until it is
                  solved (mean return >= 475 over 100 episodes) or the budget runs out
      --only-network
                  measure only the network updates (forward, backward, Adam or SGD), online
                  and in minibatches, and the bare reference loops they are compared with
    """)
  exit(0)
}
let compare = arguments.contains("--compare")
if let index = arguments.firstIndex(of: "--solve"),
  arguments.index(after: index) < arguments.endIndex
{
  let name = arguments[arguments.index(after: index)]
  let budget =
    arguments.firstIndex(of: "--budget").flatMap { Int(arguments[arguments.index(after: $0)]) }
    ?? 500_000
  let seeds =
    arguments.firstIndex(of: "--seeds").flatMap { Int(arguments[arguments.index(after: $0)]) } ?? 5
  guard let solver = cartPoleSolvers().first(where: { $0.name == name }) else {
    let names = cartPoleSolvers().map(\.name).joined(separator: ", ")
    FileHandle.standardError.write(Data("rlbook-bench: no solver `\(name)`; use \(names)\n".utf8))
    exit(2)
  }
  for seed in 0..<seeds {
    let (measurement, solved) = solver.solve(UInt64(seed), budget)
    print(
      "\(measurement.name): \(solved ? "solved" : "NOT solved") after \(Int(measurement.work)) steps in \(String(format: "%.2f", measurement.seconds)) s"
    )
    fflush(nil)
  }
  exit(0)
}
if arguments.contains("--only-network") {
  let rows = networkMeasurements()
  printTable(rows)
  printFloors(rows)
  exit(0)
}
/// The network every CartPole agent trains (4-32-2), online and in DQN's
/// batches of 32, then a wider and a deeper one, online with Adam and with
/// SGD and in batches, each deep one beside its bare reference loop.
func networkMeasurements() -> [Measurement] {
  let deep = [4, 64, 64, 2]
  let online = Workloads.networkUpdates(sizes: deep, samples: 200_000)
  let batched = Workloads.networkUpdates(sizes: deep, batch: 32, samples: 2_000_000)
  return [
    Workloads.networkUpdates(sizes: [4, 32, 2], samples: 2_000_000),
    Workloads.networkUpdates(sizes: [4, 32, 2], batch: 32, samples: 4_000_000),
    Workloads.networkUpdates(sizes: [4, 64, 2], samples: 1_000_000),
    online,
    Workloads.bareNetworkUpdates(batch: 1, samples: 200_000, floorOf: online.name),
    Workloads.networkUpdates(sizes: deep, optimizer: .sgd, samples: 500_000),
    batched,
    Workloads.bareNetworkUpdates(batch: 32, samples: 2_000_000, floorOf: batched.name),
  ]
}

/// Each workload with a bare reference loop, as a share of that loop's rate.
func printFloors(_ rows: [Measurement]) {
  for floor in rows {
    guard let name = floor.floorOf, let row = rows.first(where: { $0.name == name }) else {
      continue
    }
    print("\(name): \(String(format: "%.0f", 100 * row.rate / floor.rate)) % of its bare loop")
  }
}

let runs =
  arguments.firstIndex(of: "--runs").flatMap { index in
    arguments.index(after: index) < arguments.endIndex
      ? Int(arguments[arguments.index(after: index)]) : nil
  } ?? 3

#if DEBUG
  FileHandle.standardError.write(
    Data("warning: a debug build; measure with `swift run -c release rlbook-bench`\n".utf8))
#endif

func rlbookMeasurements() -> [Measurement] {
  var results: [Measurement] = []
  let steps = 20_000_000
  results.append(Workloads.randomSteps(try! FrozenLake.make(), steps: steps))
  results.append(
    Workloads.randomSteps(
      try! FrozenLake.make(map: FrozenLake.map8x8), label: "frozenlake 8x8", steps: steps))
  results.append(Workloads.randomSteps(CliffWalking.make(), steps: steps))
  results.append(Workloads.randomSteps(GridWorld.make(), steps: steps))
  results.append(Workloads.randomSteps(try! RandomWalk.make(size: 19), steps: steps))
  results.append(Workloads.randomSteps(try! WindyGridworld.make(), steps: steps))
  results.append(Workloads.randomSteps(try! Mario().environment(), steps: steps))
  results.append(Workloads.cartPoleSteps(steps))
  results.append(Workloads.pendulumSteps(steps))
  results.append(Workloads.qLearningFrozenLake())
  results.append(Workloads.qLearningReference())
  results += networkMeasurements()
  results += cartPoleSolvers().map { $0.solve(0, 500_000).0 }
  return results
}

func format(_ rate: Double) -> String {
  rate >= 1e6
    ? String(format: "%.1fM", rate / 1e6)
    : rate >= 1e3 ? String(format: "%.1fk", rate / 1e3) : String(format: "%.1f", rate)
}

func printTable(_ rows: [Measurement]) {
  let width = rows.map(\.name.count).max() ?? 10
  for row in rows {
    let name = row.name.padding(toLength: width, withPad: " ", startingAt: 0)
    print(
      "\(name)  \(format(row.rate).leftPadded(8)) \(row.unit)/s  \(String(format: "%8.3f", row.seconds)) s"
    )
  }
}

extension String {
  func leftPadded(_ width: Int) -> String {
    String(repeating: " ", count: max(0, width - count)) + self
  }
}

if !compare {
  let rows = rlbookMeasurements()
  printTable(rows)
  printFloors(rows)
  exit(0)
}

/// Runs the Python baseline once; returns its measurements by name.
func baseline() -> [String: Measurement] {
  let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Benchmarks/baseline.py")
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["python3", script.path]
  let pipe = Pipe()
  process.standardOutput = pipe
  do { try process.run() } catch {
    FileHandle.standardError.write(Data("cannot run python3: \(error)\n".utf8))
    exit(1)
  }
  let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  process.waitUntilExit()
  guard process.terminationStatus == 0 else {
    FileHandle.standardError.write(
      Data("Benchmarks/baseline.py failed (is gymnasium installed?)\n".utf8))
    exit(1)
  }
  var results: [String: Measurement] = [:]
  for line in output.split(separator: "\n") {
    // name<TAB>work<TAB>unit<TAB>seconds
    let fields = line.split(separator: "\t").map(String.init)
    guard fields.count == 4, let work = Double(fields[1]), let seconds = Double(fields[3]) else {
      continue
    }
    results[fields[0]] = Measurement(name: fields[0], work: work, unit: fields[2], seconds: seconds)
  }
  return results
}

func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  return sorted.count % 2 == 1
    ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

var ours: [String: [Measurement]] = [:]
var theirs: [String: [Measurement]] = [:]
var order: [String] = []
for run in 1...runs {
  FileHandle.standardError.write(Data("run \(run)/\(runs)…\n".utf8))
  for measurement in baseline().values {
    theirs[measurement.name, default: []].append(measurement)
  }
  for measurement in rlbookMeasurements() {
    if ours[measurement.name] == nil { order.append(measurement.name) }
    ours[measurement.name, default: []].append(measurement)
  }
}
let width = order.map(\.count).max() ?? 10
print(
  "\("workload".padding(toLength: width, withPad: " ", startingAt: 0))  \("rlbook".leftPadded(9))  \("python".leftPadded(9))  ratio   (median of \(runs); per second, or wall time to solve)"
)
for name in order {
  let label = name.padding(toLength: width, withPad: " ", startingAt: 0)
  // Solving CartPole is compared by wall time (less is better); the rest by rate.
  let isSolve = name.contains(" solves ")
  let value: (Measurement) -> Double = { isSolve ? $0.seconds : $0.rate }
  let text: (Double) -> String = { isSolve ? String(format: "%.2f s", $0) : format($0) }
  let mine = median(ours[name]!.map(value))
  if let other = theirs[name].map({ median($0.map(value)) }) {
    let ratio = isSolve ? other / mine : mine / other
    print(
      "\(label)  \(text(mine).leftPadded(9))  \(text(other).leftPadded(9))  \(String(format: "%.0f×", ratio))"
    )
  } else {
    print("\(label)  \(text(mine).leftPadded(9))  \("—".leftPadded(9))")
  }
}
// The shares of the bare loops, from the medians.
printFloors(
  order.map { name in
    var row = ours[name]![0]
    row.seconds = row.work / median(ours[name]!.map(\.rate))
    return row
  })

/// REINFORCE, actor-critic and DQN, each trained on CartPole until solved, by name.
func cartPoleSolvers() -> [(name: String, solve: (UInt64, Int) -> (Measurement, solved: Bool))] {
  let cartPole = ActionSpace.discrete(count: 2)
  return [
    (
      "reinforce",
      { seed, budget in
        Workloads.solveCartPole("reinforce", seed: seed, budget: budget) {
          Reinforce(featureCount: 4, actionSpace: cartPole, using: &$0)
        }
      }
    ),
    (
      "actor-critic",
      { seed, budget in
        Workloads.solveCartPole("actor-critic", seed: seed, budget: budget) {
          ActorCritic(featureCount: 4, actionSpace: cartPole, using: &$0)
        }
      }
    ),
    (
      "dqn",
      { seed, budget in
        Workloads.solveCartPole("dqn", seed: seed, budget: budget) {
          DQN(featureCount: 4, actionCount: 2, using: &$0)
        }
      }
    ),
  ]
}
