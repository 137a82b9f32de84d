// swift-tools-version: 6.0
import PackageDescription

/// Settings shared by every Swift target: strict module boundaries, so that the
/// one-way data flow of DESIGN.md is checked by the compiler.
let strictSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
  name: "rlbook",
  products: [
    .executable(name: "rlbook", targets: ["rlbook"]),
    .executable(name: "rlbook-bench", targets: ["rlbook-bench"]),
    .library(name: "Lessons", targets: ["Lessons"]),
    .library(name: "Renderers", targets: ["Renderers"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    // `rlbook serve`: a small HTTP server with no dependencies of its own.
    .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    // File paths split without Foundation's NSString, which traps on one-character paths.
    .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
  ],
  targets: [
    // The C library, found through pkg-config; the module map also links both
    // libraries where a .pc file lacks the extensions library.
    .systemLibrary(
      name: "CCmarkGFM",
      pkgConfig: "libcmark-gfm",
      providers: [
        .apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]),
        .brew(["cmark-gfm"]),
      ]
    ),
    // The cmark bridge: the only importer of CCmarkGFM. Markdown syntax only.
    .target(
      name: "MarkdownSyntax",
      dependencies: ["CCmarkGFM"],
      swiftSettings: strictSettings
    ),
    // A TeX subset: parsed once, rendered as Unicode text (and later MathML).
    .target(name: "TeXMath", swiftSettings: strictSettings),
    // The RL core: seeded randomness, tabular models, action selection. Knows numbers only.
    .target(name: "RLCore", swiftSettings: strictSettings),
    // Built-in environments: Gymnasium's and Sutton & Barto's, reproduced exactly.
    .target(name: "RLEnvironments", dependencies: ["RLCore"], swiftSettings: strictSettings),
    // One vector square root that Swift's standard library takes lane by lane.
    .target(name: "CVectorMath"),
    // A small Float32 neural network laid out for the vector unit: dense layers, losses, Adam.
    .target(
      name: "NeuralNet", dependencies: ["RLCore", "CVectorMath"], swiftSettings: strictSettings),
    // Agents: exact methods, tabular TD and Monte Carlo, bandits, policy gradients, DQN.
    .target(
      name: "RLAgents", dependencies: ["RLCore", "NeuralNet"], swiftSettings: strictSettings),
    // The expression language of inline values and claims: parsed, never executed.
    .target(name: "Expressions", swiftSettings: strictSettings),
    // The lesson model: front matter, sections, demo specs, diagnostics.
    .target(
      name: "Lessons",
      dependencies: [
        "MarkdownSyntax", "Expressions", "TeXMath", .product(name: "Yams", package: "Yams"),
        .product(name: "SystemPackage", package: "swift-system"),
      ],
      swiftSettings: strictSettings
    ),
    // Demos: the registry, validation of `rl` blocks, training, and views as Output values.
    .target(
      name: "Demos",
      dependencies: [
        "Lessons", "MarkdownSyntax", "RLCore", "RLEnvironments", "RLAgents", "NeuralNet",
      ],
      swiftSettings: strictSettings
    ),
    // Terminal capabilities, styles and text measurement; knows no lessons.
    .target(name: "TerminalUI", swiftSettings: strictSettings),
    // Renderers: lessons (and later outputs) to terminal text, Markdown, JSON.
    .target(
      name: "Renderers",
      dependencies: ["Lessons", "MarkdownSyntax", "TeXMath", "TerminalUI"],
      swiftSettings: strictSettings
    ),
    // The stepper's and presenter's logic without a terminal: keys, pages, slides, layout.
    .target(
      name: "Stepper", dependencies: ["Lessons", "MarkdownSyntax", "TerminalUI"],
      swiftSettings: strictSettings),
    // Publishing: writing a site to disk and serving it (file and network I/O,
    // which Renderers, being pure, never does).
    .target(
      name: "Publishing",
      dependencies: [
        "Lessons", "Renderers",
        .product(name: "SystemPackage", package: "swift-system"),
        .product(name: "FlyingFox", package: "FlyingFox"),
        .product(name: "FlyingSocks", package: "FlyingFox"),
      ],
      swiftSettings: strictSettings),
    // The thin executable: the only importer of ArgumentParser.
    .executableTarget(
      name: "rlbook",
      dependencies: [
        "Lessons", "Renderers", "TerminalUI", "MarkdownSyntax", "Demos", "RLCore", "Stepper",
        "Publishing",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "FlyingSocks", package: "FlyingFox"),
      ],
      swiftSettings: strictSettings
    ),
    // Benchmarks: `swift run -c release rlbook-bench [--compare]`.
    .executableTarget(
      name: "rlbook-bench",
      dependencies: ["RLCore", "RLEnvironments", "RLAgents", "NeuralNet", "CVectorMath"],
      swiftSettings: strictSettings
    ),
    .target(
      name: "RLBookTestSupport",
      dependencies: ["MarkdownSyntax"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "MarkdownSyntaxTests",
      dependencies: ["MarkdownSyntax", "RLBookTestSupport"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "TeXMathTests", dependencies: ["TeXMath"], exclude: ["Snapshots"],
      swiftSettings: strictSettings),
    .testTarget(
      name: "ExpressionsTests", dependencies: ["Expressions"], swiftSettings: strictSettings),
    .testTarget(
      name: "LessonsTests",
      dependencies: ["Lessons", "MarkdownSyntax", "RLBookTestSupport"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "RenderersTests",
      dependencies: ["Renderers", "Lessons", "MarkdownSyntax", "TerminalUI", "RLBookTestSupport"],
      exclude: ["Snapshots"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "RLCoreTests", dependencies: ["RLCore"], swiftSettings: strictSettings),
    .testTarget(
      name: "RLEnvironmentsTests",
      dependencies: ["RLEnvironments", "RLCore", "RLBookTestSupport"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "NeuralNetTests", dependencies: ["NeuralNet", "RLCore", "RLBookTestSupport"],
      swiftSettings: strictSettings),
    .testTarget(
      name: "RLAgentsTests", dependencies: ["RLAgents", "RLEnvironments", "RLCore", "NeuralNet"],
      swiftSettings: strictSettings),
    .testTarget(
      name: "DemosTests",
      dependencies: ["Demos", "Lessons", "MarkdownSyntax", "RLCore", "RLEnvironments", "RLAgents"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "StepperTests",
      dependencies: ["Stepper", "Lessons", "MarkdownSyntax", "TerminalUI", "RLBookTestSupport"],
      swiftSettings: strictSettings),
    .testTarget(
      name: "PublishingTests",
      dependencies: ["Publishing", "Lessons", "Renderers", "RLBookTestSupport"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "FuzzTests",
      dependencies: [
        "Demos", "Lessons", "MarkdownSyntax", "Renderers", "Stepper", "TerminalUI",
        "RLBookTestSupport",
      ],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "RLBookCLITests",
      dependencies: ["Demos", "Lessons", "RLCore", "RLBookTestSupport", "TerminalUI"],
      exclude: ["Snapshots"],
      swiftSettings: strictSettings
    ),
  ]
)
