import Demos
import Lessons
import Testing

/// Traces and rollouts spelled out step by step: every number a card shows is the
/// one the algorithm computed, and the arithmetic it states holds.
@Suite struct StepCardTests {
  /// The numbers of a stage, in order.
  private func numbers(_ line: OutputLine) -> [Double] {
    line.parts.compactMap { if case .number(let value) = $0 { value } else { nil } }
  }

  private func words(_ line: OutputLine) -> String {
    line.parts.map { if case .text(let text) = $0 { text } else { "#" } }.joined()
  }

  /// The row of a choice table marked as the action taken or sampled.
  private func chosenRow(_ table: OutputTable) -> [OutputTable.Cell]? {
    let rows = table.rows.filter { $0.last?.text?.hasPrefix("← ") == true }
    return rows.count == 1 ? rows[0] : nil
  }

  @Test func qLearningStepsStateTheirTDErrorAndUpdate() throws {
    let result = DemoBlocks.run(
      "env: cliff\nagent: q-learning\nepisodes: 30\nalpha: 0.5\ngamma: 0.9\ntrace-from: 20\ntrace: 25\nshow: trace"
    )
    let table = try #require(result.tables.first)
    #expect(table.steps.count == 25)
    var kinds: Set<String> = []
    for (row, step) in zip(table.rows, table.steps) {
      #expect(step.stages.count == 4)
      #expect(step.picture.count == 4)  // the 4x12 grid
      let delta = numbers(step.stages[2])
      let (r, gamma, next, estimate, error) = (delta[0], delta[1], delta[2], delta[3], delta[4])
      #expect(gamma == 0.9)
      #expect(abs(r + gamma * next - estimate - error) < 1e-12)
      #expect(row.contains { $0.number == error })  // the trace table's δ
      let update = numbers(step.stages[3])
      #expect(update[0] == estimate && update[1] == 0.5 && update[2] == error)
      #expect(abs(update[3] - (estimate + 0.5 * error)) < 1e-12)
      let choice = try #require(step.choice)
      #expect(choice.rows.map { $0[0].text } == ["up", "right", "down", "left"])
      let chosen = try #require(chosenRow(choice))
      #expect(row.contains { $0.text == chosen[0].text })
      let because = words(step.stages[0])
      if because.contains("the greedy choice") {
        kinds.insert("greedy")
        #expect(chosen[1].isHighlighted)
      } else if because.contains("exploratory") {
        kinds.insert("explore")
        #expect(!chosen[1].isHighlighted)
      }
    }
    #expect(kinds.contains("greedy"))
  }

  @Test func actorCriticStepsFollowTheLessonsFiveSteps() throws {
    let result = DemoBlocks.run(
      "env: cartpole\nagent: actor-critic\nepisodes: 1\ntrace: 6\nshow: trace")
    let table = try #require(result.tables.first)
    #expect(table.steps.count == 6)
    for step in table.steps {
      #expect(step.stages.count == 5)
      #expect(words(step.stages[0]).hasPrefix("The actor sampled"))
      #expect(words(step.stages[2]).hasPrefix("The critic scores it: δ = r + γV(s′) − V(s) = "))
      let delta = numbers(step.stages[2])
      #expect(abs(delta[0] + delta[1] * delta[2] - delta[3] - delta[4]) < 1e-12)
      let loss = numbers(step.stages[3])
      #expect(loss[0] == delta[4])
      #expect(abs(-loss[0] * loss[1] - loss[2]) < 1e-12)
      let choice = try #require(step.choice)
      let probabilities = choice.rows.compactMap { $0[1].number }
      #expect(abs(probabilities.reduce(0, +) - 1) < 1e-9)
      #expect(chosenRow(choice) != nil)
      #expect(step.picture.contains { $0.contains("θ") })
    }
  }

  @Test func rolloutStepsSayWhyEachGreedyMoveWasTaken() throws {
    let result = DemoBlocks.run(
      "env: cliff\nagent: q-learning\nepisodes: 300\nalpha: 0.5\nshow: rollout\ntrace: 20")
    let episode = try #require(result.episodes.first)
    #expect(episode.steps.count == episode.frames.count)
    for (frame, step) in zip(episode.frames, episode.steps) {
      guard let action = frame.action else {
        #expect(words(step.stages[0]).hasPrefix("The episode is over"))
        continue
      }
      let chosen = try #require(step.choice.flatMap(chosenRow))
      #expect(chosen[0].text == action)
      #expect(chosen[1].isHighlighted)  // greedy: the largest Q
      #expect(step.picture == frame.picture)
    }
  }

  @Test func aRandomAgentsMovesAreTiesNotGreedyChoices() throws {
    let result = DemoBlocks.run("env: mario\nagent: random\nshow: rollout\ntrace: 3")
    let episode = try #require(result.episodes.first)
    #expect(episode.title == "One episode of random on mario")
    let step = try #require(episode.steps.first)
    #expect(
      words(step.stages[0]).hasSuffix(
        ": every action ties, so a greedy rollout picks one at random."))
  }

  @Test func aOneActionWalkSaysSo() throws {
    let result = DemoBlocks.run(
      "env: random-walk\nagent: td0\nepisodes: 1\nalpha: 0.1\ntrace: 2\nshow: trace")
    let step = try #require(result.tables.first?.steps.first)
    #expect(
      words(step.stages[0]) == "From s = C the walk took its one action, step, and moved at random."
    )
    #expect(step.choice == nil)
  }
}
