public import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Looks inside a PNG to tell a picture from a blank image, with the system's zlib
/// (loaded at run time, so nothing extra is needed to build).
public enum PNGCheck {
  /// The number of distinct byte values in the image's pixel data (filter bytes
  /// included): a single-colour image has a handful, a page of text and tables
  /// nearly all 256. `nil` when the file is not a PNG this can read.
  public static func distinctPixelBytes(_ png: Data) -> Int? {
    let bytes = [UInt8](png)
    guard bytes.count > 33, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { return nil }
    func integer(_ offset: Int) -> Int {
      bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
    }
    let width = integer(16)
    let height = integer(20)
    let channels: Int
    switch bytes[25] {
    case 2: channels = 3
    case 6: channels = 4
    default: return nil
    }
    var compressed: [UInt8] = []
    var offset = 8
    while offset + 8 <= bytes.count {
      let length = integer(offset)
      let type = String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self)
      if type == "IDAT" { compressed += bytes[offset + 8..<offset + 8 + length] }
      offset += 12 + length
    }
    guard let inflated = inflate(compressed, size: height * (1 + width * channels)) else {
      return nil
    }
    return Set(inflated).count
  }

  private typealias Uncompress =
    @convention(c) (
      UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<UInt>?, UnsafePointer<UInt8>?, UInt
    ) -> Int32

  private static func inflate(_ data: [UInt8], size: Int) -> [UInt8]? {
    guard let library = dlopen("libz.so.1", RTLD_NOW) ?? dlopen("libz.dylib", RTLD_NOW),
      let symbol = dlsym(library, "uncompress")
    else { return nil }
    let uncompress = unsafeBitCast(symbol, to: Uncompress.self)
    var output = [UInt8](repeating: 0, count: size)
    var length = UInt(size)
    let status = output.withUnsafeMutableBufferPointer { target in
      data.withUnsafeBufferPointer { source in
        uncompress(target.baseAddress, &length, source.baseAddress, UInt(source.count))
      }
    }
    return status == 0 ? Array(output.prefix(Int(length))) : nil
  }
}
