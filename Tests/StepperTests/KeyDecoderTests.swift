import Stepper
import Testing

/// Bytes from a terminal in raw mode, decoded into keys.
@Suite struct KeyDecoderTests {
  private let decoder = KeyDecoder()

  @Test func arrowsPagesAndHomeArriveAsEscapeSequences() {
    let bytes: [UInt8] = [
      0x1B, 0x5B, 0x41, 0x1B, 0x5B, 0x42, 0x1B, 0x5B, 0x43, 0x1B, 0x5B, 0x44,
      0x1B, 0x5B, 0x35, 0x7E, 0x1B, 0x5B, 0x36, 0x7E, 0x1B, 0x4F, 0x48,
    ]
    #expect(decoder.keys(in: bytes) == [.up, .down, .right, .left, .pageUp, .pageDown, .home])
  }

  @Test func controlKeysAndCharacters() {
    #expect(
      decoder.keys(in: Array("q g3\r".utf8) + [0x7F, 0x03, 0x1B]) == [
        .character("q"), .character(" "), .character("g"), .character("3"), .enter, .backspace,
        .interrupt, .escape,
      ])
  }

  @Test func utf8CharactersAreKeptWhole() {
    #expect(decoder.keys(in: Array("γ=0.5".utf8)).first == .character("γ"))
    #expect(decoder.keys(in: Array("γ=0.5".utf8)).count == 5)
  }
}
