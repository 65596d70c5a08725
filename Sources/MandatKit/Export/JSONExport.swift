import Foundation

/// Writes values as JSON that other systems can diff and rely on: keys sorted, two-space
/// indentation, `"key": value`, empty containers as `[]`/`{}`, arrays of numbers (boxes,
/// line ranges) on one line, slashes unescaped, a final newline. The same value gives the
/// same bytes.
public enum JSONExport {
  public static func data<Value: Encodable>(_ value: Value) throws -> Data {
    Data(try CanonicalEncoder(indented: true).encode(value))
  }

  /// The same JSON on one line, as JSONEncoder writes it with sorted keys and slashes unescaped.
  public static func line<Value: Encodable>(_ value: Value) throws -> Data {
    Data(try CanonicalEncoder(indented: false).encode(value))
  }

  /// ``line(_:)`` of a value already laid out by ``data(_:)``: the layout's whitespace (all
  /// of it outside strings) taken out again.
  public static func compacted(_ laidOut: Data) -> Data {
    let bytes = Array(laidOut)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let end = endOfString(bytes, from: index)
        out.append(contentsOf: bytes[index...end])
        index = end
      } else if byte != UInt8(ascii: " "), byte != UInt8(ascii: "\n") {
        out.append(byte)
      }
      index += 1
    }
    return Data(out)
  }

  /// The index of the quote closing the string that opens at `start`.
  private static func endOfString(_ bytes: [UInt8], from start: Int) -> Int {
    var index = start + 1
    while bytes[index] != UInt8(ascii: "\"") {
      index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
    }
    return index
  }
}
