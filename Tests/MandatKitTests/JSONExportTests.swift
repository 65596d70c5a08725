import Foundation
import Testing

@testable import MandatKit

@Suite struct JSONExportTests {
  struct Sample: Encodable {
    var name = "a \"quoted\" [text], {with: brackets}"
    var box = Box(x0: 71, y0: 62.8, x1: 521.84, y1: -3)
    var empty: [String] = []
    var nested = ["b": ["x", "y/z"]]
    var none: [String: Int] = [:]
  }

  @Test func layoutIsCanonical() throws {
    let text = String(decoding: try JSONExport.data(Sample()), as: UTF8.self)
    #expect(
      text == """
        {
          "box": [71, 62.8, 521.8, -3],
          "empty": [],
          "name": "a \\"quoted\\" [text], {with: brackets}",
          "nested": {
            "b": [
              "x",
              "y/z"
            ]
          },
          "none": {}
        }

        """)
  }

  /// The one-line form (`--format ndjson`) is the laid-out file with its layout taken out.
  @Test func compactedIsWhatTheEncoderWritesOnOneLine() throws {
    let compacted = JSONExport.compacted(try JSONExport.data(Sample()))
    #expect(compacted == (try JSONExport.line(Sample())))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    #expect(compacted == (try encoder.encode(Sample())))
    #expect(
      String(decoding: compacted, as: UTF8.self)
        == #"{"box":[71,62.8,521.8,-3],"empty":[],"name":"a \"quoted\" [text], {with: brackets}","nested":{"b":["x","y/z"]},"none":{}}"#
    )
  }

  struct Awkward: Encodable {
    var text = "tab\t, newline\n, return\r, bell\u{07}, unit\u{1F}, quote \" backslash \\ slash / é 😀 \u{7F}"
    var numbers: [Double] = [
      1e-7, 1e21, -0.0, 123_456_789.123, 0.1 + 0.2, 42, 62.8, -2.8, -0.5, 0.5, 99_999.9, 1e15 + 0.5,
    ]
    var integers: [Int] = [-3, 0, Int.max]
    var small: [UInt8] = [0, 255]
    var flags = [true, false]
    var missing: String? = nil
    var keys = ["b": 1, "a": 2, "B": 3, "ä": 4, "a1": 5, "a10": 6, "a2": 7]
    var nested: [[String: [Int]]] = [[:], ["x": []]]
  }

  /// Whatever the values, the bytes on one line are those of JSONEncoder with sorted keys.
  @Test func oneLineIsWhatJSONEncoderWrites() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    #expect(try JSONExport.line(Awkward()) == (try encoder.encode(Awkward())))
    #expect(JSONExport.compacted(try JSONExport.data(Awkward())) == (try encoder.encode(Awkward())))
    #expect(throws: EncodingError.self) { try JSONExport.data([Double.nan]) }
  }

  @Test func outputIsValidJSONOfTheSameValue() throws {
    let data = try JSONExport.data(Sample())
    let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
    #expect(object?["name"] as? String == "a \"quoted\" [text], {with: brackets}")
    #expect((object?["box"] as? [Double]) == [71, 62.8, 521.8, -3])
  }
}
