#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// When to colour output.
public enum ColorMode: String, CaseIterable, Sendable {
  /// Colour when the stream is a terminal, unless `NO_COLOR` is set (or `FORCE_COLOR` is).
  case auto
  /// Always colour.
  case always
  /// Never colour.
  case never
}

/// What an output stream can do: whether it is a terminal, its width, whether to colour.
public struct Terminal: Sendable {
  /// Whether the stream is an interactive terminal (`isatty` and `TERM` is not `dumb`).
  public var isInteractive: Bool
  /// The width in columns.
  public var width: Int
  /// Whether to write colour escape codes.
  public var colors: Bool

  /// Creates capabilities by hand (tests, fixed-width output).
  public init(isInteractive: Bool, width: Int, colors: Bool) {
    self.isInteractive = isInteractive
    self.width = width
    self.colors = colors
  }

  /// Standard output's capabilities, read from the process.
  public static func standardOutput(
    colorMode: ColorMode = .auto, environment: [String: String]
  ) -> Terminal {
    detect(fileDescriptor: 1, colorMode: colorMode, environment: environment)
  }

  /// Standard error's capabilities, read from the process.
  public static func standardError(
    colorMode: ColorMode = .auto, environment: [String: String]
  ) -> Terminal {
    detect(fileDescriptor: 2, colorMode: colorMode, environment: environment)
  }

  /// The capabilities of a file descriptor.
  ///
  /// Width comes from the terminal (`TIOCGWINSZ`), then `$COLUMNS`, then 80.
  /// Colour follows `mode`; in `auto`, `FORCE_COLOR` (not `0`) turns it on,
  /// `NO_COLOR` (non-empty) off, and otherwise it is on for terminals.
  public static func detect(
    fileDescriptor: Int32, colorMode mode: ColorMode, environment: [String: String]
  ) -> Terminal {
    let isTTY = isatty(fileDescriptor) == 1 && environment["TERM"] != "dumb"
    var width = 0
    var size = winsize()
    if isTTY, ioctl(fileDescriptor, UInt(TIOCGWINSZ), &size) == 0 { width = Int(size.ws_col) }
    if width <= 0, let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 {
      width = columns
    }
    return Terminal(
      isInteractive: isTTY, width: width > 0 ? width : 80,
      colors: colorsEnabled(mode: mode, isTTY: isTTY, environment: environment))
  }

  /// The colour decision for a stream.
  public static func colorsEnabled(
    mode: ColorMode, isTTY: Bool, environment: [String: String]
  ) -> Bool {
    switch mode {
    case .always: return true
    case .never: return false
    case .auto:
      if let force = environment["FORCE_COLOR"], force != "0" { return true }
      if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
      return isTTY
    }
  }
}
