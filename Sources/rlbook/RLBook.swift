import ArgumentParser

/// `rlbook`: a notebook for learning reinforcement learning by running it.
@main
struct RLBook: AsyncParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "rlbook",
    abstract: "A notebook for learning reinforcement learning by running it.",
    discussion: """
      Lessons are Markdown files (Lessons/ by default). Their `rl` blocks are demos
      that train real agents on built-in environments and show what they learned.

      Start with `rlbook list`, step through a lesson with `rlbook step Lessons/<file>.md`,
      teach from one with `rlbook present`, publish them all with `rlbook render`, and
      check your own lessons with `rlbook check`.
      """,
    version: version,
    subcommands: [
      StepCommand.self, PresentCommand.self, RenderCommand.self, ServeCommand.self,
      ListCommand.self,
      CheckCommand.self, RunCommand.self, AnswerCommand.self, ProgressCommand.self,
      GradeCommand.self,
      EnvsCommand.self,
      AgentsCommand.self, ExpressionsCommand.self,
    ]
  )
}
