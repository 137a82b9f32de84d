#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// What the signal handlers need, kept where a C function can reach it.
nonisolated(unsafe) private var savedSettings = termios()
nonisolated(unsafe) private var isRaw: sig_atomic_t = 0
nonisolated(unsafe) private var sizeChanged: sig_atomic_t = 0
/// Show the cursor, leave the alternate screen (written from signal handlers: no allocation).
nonisolated(unsafe) private var leaveSequence: [UInt8] = Array("\u{1B}[?25h\u{1B}[?1049l".utf8)

/// Puts the terminal back as it was: cooked mode, cursor shown, main screen.
/// Async-signal-safe: only `tcsetattr` and `write`.
private func restoreTerminal() {
  guard isRaw == 1 else { return }
  isRaw = 0
  tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedSettings)
  _ = leaveSequence.withUnsafeBufferPointer { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
}

/// Restores the terminal, then lets the signal do what it would have done.
private let fatalSignalHandler: @convention(c) (Int32) -> Void = { signalNumber in
  restoreTerminal()
  signal(signalNumber, SIG_DFL)
  raise(signalNumber)
}

/// The signals of a crash: a Swift trap (SIGILL, SIGTRAP), an abort, a bad address, a bad division.
private let crashSignals = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]

/// Handles the crash signals on a stack of their own (a stack overflow leaves
/// none), restoring the terminal before the default action ends the process.
private func installCrashHandlers() {
  let stackSize = 1 << 16
  var stack = stack_t()
  stack.ss_sp = malloc(stackSize)
  stack.ss_size = stackSize
  stack.ss_flags = 0
  sigaltstack(&stack, nil)
  for signalNumber in crashSignals {
    var action = sigaction()
    #if canImport(Glibc)
      action.__sigaction_handler.sa_handler = fatalSignalHandler
    #else
      action.__sigaction_u.__sa_handler = fatalSignalHandler
    #endif
    action.sa_flags = SA_ONSTACK | Int32(bitPattern: UInt32(SA_RESETHAND))
    sigemptyset(&action.sa_mask)
    sigaction(signalNumber, &action, nil)
  }
}

private func systemRead(_ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(STDIN_FILENO, buffer, count)
}

private func systemWrite(_ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  write(STDOUT_FILENO, buffer, count)
}

private let resizeHandler: @convention(c) (Int32) -> Void = { _ in sizeChanged = 1 }

/// The terminal in raw mode on the alternate screen, for the full-screen front ends.
///
/// Every way out restores it: ``leave()``, `exit` (an `atexit` hook), the
/// signals that end a process (INT, TERM, HUP, QUIT) and those of a crash (a
/// Swift trap, an abort, a bad address), whose handlers restore and then
/// re-raise with the default action, so the exit status still tells what happened.
public enum RawTerminal {
  /// Switches to raw mode and the alternate screen, and installs the restoring hooks.
  public static func enter() {
    tcgetattr(STDIN_FILENO, &savedSettings)
    var raw = savedSettings
    raw.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
    raw.c_cflag |= tcflag_t(CS8)
    raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
    withUnsafeMutableBytes(of: &raw.c_cc) { bytes in
      bytes[Int(VMIN)] = 1
      bytes[Int(VTIME)] = 0
    }
    isRaw = 1
    atexit { restoreTerminal() }
    for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
      signal(signalNumber, fatalSignalHandler)
    }
    installCrashHandlers()
    signal(SIGWINCH, resizeHandler)
    // The runtime may start us with these blocked; a blocked SIGTERM would never restore.
    var handled = sigset_t()
    sigemptyset(&handled)
    for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGWINCH] {
      sigaddset(&handled, signalNumber)
    }
    pthread_sigmask(SIG_UNBLOCK, &handled, nil)
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw)
    write("\u{1B}[?1049h\u{1B}[?25l")
  }

  /// Restores the terminal.
  public static func leave() {
    restoreTerminal()
  }

  /// Bytes typed, waiting at most `milliseconds`; empty when nothing came.
  public static func read(waiting milliseconds: Int32) -> [UInt8] {
    var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, milliseconds) > 0 else { return [] }
    var buffer = [UInt8](repeating: 0, count: 64)
    let count = buffer.withUnsafeMutableBytes { systemRead($0.baseAddress, 64) }
    return count > 0 ? Array(buffer.prefix(count)) : []
  }

  /// Whether the window was resized since the last call.
  public static func takeResize() -> Bool {
    defer { sizeChanged = 0 }
    return sizeChanged == 1
  }

  /// The window's size in columns and lines.
  public static var size: (width: Int, height: Int) {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else {
      return (80, 24)
    }
    return (Int(size.ws_col), Int(size.ws_row))
  }

  /// Writes text to the terminal at once.
  public static func write(_ text: String) {
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes {
        systemWrite($0.baseAddress! + offset, $0.count - offset)
      }
      if written <= 0 { return }
      offset += written
    }
  }
}
