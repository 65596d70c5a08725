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
    #expect(compacted == (try JSONEncoder.compact.encode(Sample())))
    #expect(
      String(decoding: compacted, as: UTF8.self)
        == #"{"box":[71,62.8,521.8,-3],"empty":[],"name":"a \"quoted\" [text], {with: brackets}","nested":{"b":["x","y/z"]},"none":{}}"#
    )
  }

  @Test func outputIsValidJSONOfTheSameValue() throws {
    let data = try JSONExport.data(Sample())
    let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
    #expect(object?["name"] as? String == "a \"quoted\" [text], {with: brackets}")
    #expect((object?["box"] as? [Double]) == [71, 62.8, 521.8, -3])
  }
}
