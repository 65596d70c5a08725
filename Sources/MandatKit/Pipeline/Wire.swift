/// The compact form a result's header travels in from a worker to the main process, and is
/// kept in the cache: every field in its declared order, with no names; counts and integers
/// as variable-length numbers, strings as their byte count and UTF-8 bytes.
///
/// The main process reads one header per file while the workers go on. As JSON, decoding it
/// took a third of that process's time; read field by field, it takes a small part of that.
protocol WireCodable {
  init(from wire: inout WireReader) throws(WireReader.Malformed)
  func write(to wire: inout WireWriter)
}

/// Builds the bytes of values written one after another.
struct WireWriter {
  private(set) var bytes: [UInt8] = []

  /// The values, one after another.
  mutating func write<each Value: WireCodable>(_ value: repeat each Value) {
    repeat (each value).write(to: &self)
  }

  /// Seven bits a byte, low bits first, the high bit set on every byte but the last.
  mutating func writeNumber(_ number: UInt64) {
    var rest = number
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  mutating func writeBytes(_ more: some Sequence<UInt8>) {
    bytes.append(contentsOf: more)
  }
}

/// Reads back what a ``WireWriter`` wrote, in the same order.
struct WireReader {
  /// The bytes end early, or hold something no writer writes.
  struct Malformed: Error {}

  private let bytes: [UInt8]
  private var position = 0

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Whether every byte was read: a reader that stops short read something else.
  var isAtEnd: Bool { position == bytes.count }

  mutating func read<Value: WireCodable>(_: Value.Type = Value.self) throws(Malformed) -> Value {
    try Value(from: &self)
  }

  mutating func readNumber() throws(Malformed) -> UInt64 {
    var number: UInt64 = 0
    var shift: UInt64 = 0
    while position < bytes.count, shift < 64 {
      let byte = bytes[position]
      position += 1
      number |= UInt64(byte & 0x7f) << shift
      if byte < 0x80 { return number }
      shift += 7
    }
    throw Malformed()
  }

  /// A count of things that follow, each at least a byte long.
  mutating func readCount() throws(Malformed) -> Int {
    let count = try readNumber()
    guard count <= bytes.count - position else { throw Malformed() }
    return Int(count)
  }

  mutating func readBytes(_ count: Int) throws(Malformed) -> ArraySlice<UInt8> {
    guard count <= bytes.count - position else { throw Malformed() }
    defer { position += count }
    return bytes[position..<position + count]
  }
}

extension Int: WireCodable {
  /// Zigzag, so that a small negative number is short too.
  init(from wire: inout WireReader) throws(WireReader.Malformed) {
    let number = try wire.readNumber()
    self = Int(truncatingIfNeeded: number >> 1) ^ -Int(truncatingIfNeeded: number & 1)
  }

  func write(to wire: inout WireWriter) {
    wire.writeNumber(UInt64(bitPattern: Int64((self << 1) ^ (self >> (Int.bitWidth - 1)))))
  }
}

extension Double: WireCodable {
  init(from wire: inout WireReader) throws(WireReader.Malformed) {
    self = Double(bitPattern: try wire.readNumber())
  }

  func write(to wire: inout WireWriter) {
    wire.writeNumber(bitPattern)
  }
}

extension String: WireCodable {
  init(from wire: inout WireReader) throws(WireReader.Malformed) {
    self = String(decoding: try wire.readBytes(wire.readCount()), as: UTF8.self)
  }

  func write(to wire: inout WireWriter) {
    var text = self
    text.withUTF8 { utf8 in
      wire.writeNumber(UInt64(utf8.count))
      wire.writeBytes(utf8)
    }
  }
}

extension Optional: WireCodable where Wrapped: WireCodable {
  init(from wire: inout WireReader) throws(WireReader.Malformed) {
    switch try wire.readNumber() {
    case 0: self = nil
    case 1: self = try wire.read(Wrapped.self)
    default: throw WireReader.Malformed()
    }
  }

  func write(to wire: inout WireWriter) {
    wire.writeNumber(self == nil ? 0 : 1)
    if let self { wire.write(self) }
  }
}

extension Array: WireCodable where Element: WireCodable {
  init(from wire: inout WireReader) throws(WireReader.Malformed) {
    let count = try wire.readCount()
    self = []
    reserveCapacity(count)
    for _ in 0..<count { append(try wire.read(Element.self)) }
  }

  func write(to wire: inout WireWriter) {
    wire.writeNumber(UInt64(count))
    for element in self { wire.write(element) }
  }
}

/// An enumeration travels as its raw value.
extension WireCodable where Self: RawRepresentable, RawValue == String {
  init(from wire: inout WireReader) throws(WireReader.Malformed) {
    guard let value = Self(rawValue: try wire.read(String.self)) else { throw WireReader.Malformed() }
    self = value
  }

  func write(to wire: inout WireWriter) {
    wire.write(rawValue)
  }
}
