import Foundation

/// Writes values as JSON that other systems can diff and rely on: sorted keys, two-space
/// pretty printing, unescaped slashes, a final newline. The same value gives the same bytes.
public enum JSONExport {
  public static func data<Value: Encodable>(_ value: Value) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(value)
    data.append(0x0A)
    return data
  }
}
