import Foundation
import MandatIngest
import MandatKit

/// What every fuzz target does with its input once it is a document: the stages after reading
/// (layout, detection, parsing), as `mandat extract` runs them, so that a reader's odd output
/// is followed into the code that trusts it.
public enum FuzzPipeline {
  static let layout = Layout()
  static let detector = MandateDetector()
  static let parser = MandateParser()
  /// The source a parsed mandate names; its values do not matter to parsing.
  static let source = try! JSONDecoder().decode(
    SourceFile.self, from: Data(#"{"file":"fuzz-input","sha256":"","format":"pdf","pages":1}"#.utf8))
  static let document = try! JSONDecoder().decode(DocumentInfo.self, from: Data("{}".utf8))

  /// Reads `bytes` with the reader of `format` and runs the rest of the pipeline on what it
  /// gives; a file the reader refuses is a good outcome, not a finding.
  public static func read(_ bytes: UnsafePointer<UInt8>?, count: Int, as format: InputFormat) {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    guard let reader = Readers.all[format], let raw = try? reader.read(data, path: "fuzz-input") else { return }
    run(raw)
  }

  /// Lays out, detects and parses a document as extraction does.
  public static func run(_ raw: RawDocument) {
    let laidOut = layout.analyze(raw)
    guard case .mandates(let parts) = detector.detect(laidOut) else { return }
    for blocks in parts { _ = parser.parse(blocks, source: source, document: document) }
  }
}
