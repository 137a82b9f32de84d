public import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a program to completion for a test, with a deadline.
///
/// Foundation's `Process` learns that a child ended when a descriptor the child
/// inherited closes; a child that starts a daemon (tmux starts its server) passes
/// that descriptor on, and `waitUntilExit()` then never returns. This spawns with
/// every descriptor above standard error closed, waits with `waitpid`, and kills
/// the program if it outlives `timeout`, so a broken test fails instead of hanging.
public enum Subprocess {
  /// What a finished program left behind.
  public struct Result: Sendable {
    /// The exit status, or 128 + the signal that ended it.
    public var status: Int32
    public var output: String
    public var error: String
    /// Whether the program was killed for outliving its deadline.
    public var timedOut: Bool
  }

  /// A program could not be started.
  public struct LaunchError: Error, CustomStringConvertible {
    public var executable: String
    public var code: Int32
    public var description: String {
      "could not start \(executable): \(String(cString: strerror(code)))"
    }
  }

  /// Runs `executable` with `arguments` in `directory` and `environment`
  /// (the current ones when nil), killing it after `timeout` seconds.
  @discardableResult
  public static func run(
    _ executable: String, _ arguments: [String], directory: URL? = nil,
    environment: [String: String]? = nil, timeout: TimeInterval = 300
  ) throws -> Result {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rlbook-subprocess-\(UUID().uuidString)")
    let outputPath = scratch.path + ".out"
    let errorPath = scratch.path + ".err"
    defer {
      unlink(outputPath)
      unlink(errorPath)
    }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    // A shell changes directory, as `posix_spawn` has no portable way to.
    let command =
      directory.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0.path] } ?? []
    let argv = (command + [executable] + arguments).map { strdup($0) } + [nil]
    let envp =
      (environment ?? ProcessInfo.processInfo.environment)
      .map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in argv + envp { free(pointer) } }

    markDescriptorsCloseOnExec()
    var pid: pid_t = 0
    let code = posix_spawn(&pid, command.first ?? executable, &actions, nil, argv, envp)
    guard code == 0 else { throw LaunchError(executable: executable, code: code) }

    let deadline = Date().addingTimeInterval(timeout)
    var timedOut = false
    var status: Int32 = 0
    while waitpid(pid, &status, WNOHANG) == 0 {
      if !timedOut, Date() > deadline {
        kill(pid, SIGKILL)
        timedOut = true
      }
      usleep(5_000)
    }
    let signal = status & 0x7f
    let exitStatus = signal == 0 ? (status >> 8) & 0xff : 128 + signal
    func text(_ path: String) -> String {
      (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }
    return Result(
      status: exitStatus, output: text(outputPath), error: text(errorPath), timedOut: timedOut)
  }

  /// Keeps this process's descriptors (pipes, sockets) out of programs it starts
  /// and of any daemon they leave running.
  private static func markDescriptorsCloseOnExec() {
    let listing = ["/proc/self/fd", "/dev/fd"].lazy
      .compactMap { try? FileManager.default.contentsOfDirectory(atPath: $0) }.first
    for descriptor in (listing ?? []).compactMap({ Int32($0) }) where descriptor > 2 {
      let flags = fcntl(descriptor, F_GETFD)
      if flags >= 0 { _ = fcntl(descriptor, F_SETFD, flags | FD_CLOEXEC) }
    }
  }
}
