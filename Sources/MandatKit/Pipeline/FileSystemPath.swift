import Foundation

/// File names as the file system holds them: bytes, most often UTF-8 but not always (a name
/// made on an old Windows share is Latin-1: `Uppdrag f\xF6r…`).
///
/// A path is a `String` everywhere in Mandat, and a `String` holds only Unicode; a name's bytes
/// that are not UTF-8 are kept each as the private-use character U+F700 plus the byte
/// (`\xF6` → U+F7F6), so the name reads back to the very bytes it came from and the file is
/// found, where decoding it as UTF-8 would replace them and lose it.
public enum FileSystemPath {
  /// The first and last characters a byte that is not UTF-8 is kept as.
  static let escapes: ClosedRange<UInt32> = 0xF780...0xF7FF

  /// A name's bytes as a path: UTF-8 decoded, any other byte kept as its private-use character.
  public static func string(_ bytes: some Collection<UInt8>) -> String {
    let decoded = String(decoding: bytes, as: UTF8.self)
    if !decoded.unicodeScalars.contains("\u{FFFD}") { return decoded }
    var text = String.UnicodeScalarView()
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var rest = Array(bytes)[...]
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        text.append(Unicode.UTF8.decode(encoded))
        rest = rest.dropFirst(encoded.count)
      case .error(let length):
        for byte in rest.prefix(length) { text.append(Unicode.Scalar(0xF700 + UInt32(byte))!) }
        rest = rest.dropFirst(length)
      case .emptyInput:
        return String(text)
      }
    }
  }

  /// Calls `body` with the path's bytes as the file system knows them, as a C string.
  public static func withCString<Result>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> Result) rethrows
    -> Result
  {
    guard path.unicodeScalars.contains(where: { escapes.contains($0.value) }) else {
      return try path.withCString(body)
    }
    var bytes: [CChar] = []
    for scalar in path.unicodeScalars {
      if escapes.contains(scalar.value) {
        bytes.append(CChar(bitPattern: UInt8(scalar.value - 0xF700)))
      } else {
        bytes += String(scalar).utf8.map { CChar(bitPattern: $0) }
      }
    }
    bytes.append(0)
    return try body(bytes)
  }

  /// Whether something is at `path`, and whether it is a folder (symbolic links followed).
  public static func kind(of path: String) -> (exists: Bool, isFolder: Bool) {
    var status = stat()
    guard withCString(path, { stat($0, &status) }) == 0 else { return (false, false) }
    return (true, status.st_mode & S_IFMT == S_IFDIR)
  }

  /// The bytes of the file at `path`, from one read of an open file: what is hashed is what is
  /// parsed, even when the file is replaced or rewritten meanwhile (a mapped file's pages could
  /// change under the reader).
  public static func contents(of path: String) throws(Failure) -> Data {
    let descriptor = withCString(path) { open($0, O_RDONLY | O_CLOEXEC) }
    guard descriptor >= 0 else { throw Failure(code: errno) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw Failure(code: errno) }
    guard status.st_mode & S_IFMT != S_IFDIR else { throw Failure(code: EISDIR) }
    // A byte more than the size, so that a file that has not grown is read to its end at once.
    var data = Data(count: max(Int(status.st_size), 0) + 1)
    var filled = 0
    while true {
      if filled == data.count { data.count *= 2 }
      let count = data.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
      if count < 0 {
        if errno == EINTR { continue }
        throw Failure(code: errno)
      }
      if count == 0 { break }
      filled += count
    }
    data.count = filled
    return data
  }

  /// What the system said when a file could not be read: its `errno`.
  public struct Failure: Error {
    public var code: Int32

    /// As the system says it: `Permission denied`.
    public var reason: String { String(cString: strerror(code)) }
  }
}
