import Foundation

/// Writes values as JSON that other systems can diff and rely on: keys sorted, two-space
/// indentation, `"key": value`, empty containers as `[]`/`{}`, arrays of numbers (boxes,
/// line ranges) on one line, slashes unescaped, a final newline. The same value gives the
/// same bytes.
public enum JSONExport {
  public static func data<Value: Encodable>(_ value: Value) throws -> Data {
    Data(indented(Array(try JSONEncoder.compact.encode(value))))
  }

  /// The same JSON on one line, as JSONEncoder writes it with sorted keys and slashes
  /// unescaped: the layout's whitespace (all of it outside strings) taken out again.
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

  /// Lays out compact JSON (as JSONEncoder writes it: no whitespace outside strings).
  static func indented(_ compact: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(compact.count * 2)
    var depth = 0
    func newline() {
      out.append(UInt8(ascii: "\n"))
      out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }
    var index = 0
    while index < compact.count {
      let byte = compact[index]
      switch byte {
      case UInt8(ascii: "\""):
        let end = endOfString(compact, from: index)
        out.append(contentsOf: compact[index...end])
        index = end
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
        if let end = endOfFlatNumbers(compact, from: index, close: close) {
          for element in compact[index...end] {
            out.append(element)
            if element == UInt8(ascii: ",") { out.append(UInt8(ascii: " ")) }
          }
          index = end
        } else {
          out.append(byte)
          depth += 1
          newline()
        }
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
        newline()
        out.append(byte)
      case UInt8(ascii: ","):
        out.append(byte)
        newline()
      case UInt8(ascii: ":"):
        out.append(contentsOf: [byte, UInt8(ascii: " ")])
      default:
        out.append(byte)
      }
      index += 1
    }
    out.append(UInt8(ascii: "\n"))
    return out
  }

  /// The index of the quote closing the string that opens at `start`.
  private static func endOfString(_ bytes: [UInt8], from start: Int) -> Int {
    var index = start + 1
    while bytes[index] != UInt8(ascii: "\"") {
      index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
    }
    return index
  }

  /// The end of an empty container, or of an array holding only numbers: those stay on one line.
  private static func endOfFlatNumbers(_ bytes: [UInt8], from start: Int, close: UInt8) -> Int? {
    var index = start + 1
    while index < bytes.count, bytes[index] != close {
      let byte = bytes[index]
      guard close == UInt8(ascii: "]"),
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "-")
          || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
          || byte == UInt8(ascii: "+") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
      else { return nil }
      index += 1
    }
    return index
  }
}
