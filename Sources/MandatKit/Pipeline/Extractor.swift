import Crypto
import Foundation

/// What became of one input file.
public enum ExtractionOutcome: Sendable {
  case mandates([Mandate])
  case notAMandate(reason: String)
  case failed(ReadError)
}

/// The whole pipeline for one file: read → layout → detect → parse.
///
/// Readers come from outside (MandatIngest) so the pipeline itself stays pure Swift and
/// can be driven in tests by readers that need no PDF.
public struct Extractor: Sendable {
  public var readers: [InputFormat: any DocumentReader]
  public var layout: Layout
  public var detector: MandateDetector
  public var parser: MandateParser

  public init(readers: [InputFormat: any DocumentReader], vocabulary: Vocabulary = .standard) {
    self.readers = readers
    self.layout = Layout(vocabulary: vocabulary)
    self.detector = MandateDetector(vocabulary: vocabulary)
    self.parser = MandateParser(vocabulary: vocabulary)
  }

  /// Reads and extracts the file at `path`; never throws: a bad file is an outcome.
  public func extract(path: String) -> ExtractionOutcome {
    extractWithDigest(path: path).outcome
  }

  /// Reads and extracts the file at `path`, with the SHA-256 of the very bytes parsed (`nil`
  /// when none could be read): the key a result is cached under, which a digest taken before
  /// or after the reading could give to other content.
  public func extractWithDigest(path: String) -> (outcome: ExtractionOutcome, sha256: String?) {
    var sha256: String?
    do {
      let (data, raw) = try read(path: path)
      sha256 = Self.sha256(data)
      let laidOut = layout.analyze(raw)
      return (extract(laidOut, format: raw.format, sha256: sha256!, path: path), sha256)
    } catch {
      return (.failed(error), sha256)
    }
  }

  /// Reads and extracts the file at `path`, and returns the laid-out document as well, for
  /// measuring what share of its text landed in the mandates.
  public func extractShowingLayout(path: String) throws(ReadError) -> (
    laidOut: LaidOutDocument, outcome: ExtractionOutcome
  ) {
    let (data, raw) = try read(path: path)
    let laidOut = layout.analyze(raw)
    return (laidOut, extract(laidOut, format: raw.format, sha256: Self.sha256(data), path: path))
  }

  /// The file's bytes and what its format's reader makes of them; the format is chosen by
  /// content, and a `.pdf` name on something else is an error of its own.
  public func read(path: String) throws(ReadError) -> (data: Data, document: RawDocument) {
    let data = try Self.contents(of: path)
    guard !data.isEmpty else { throw .empty(path: path) }
    let detected = InputFormat.detect(data, path: path)
    if path.lowercased().hasSuffix(".pdf"), detected != .pdf { throw .notAPDF(path: path) }
    guard let format = detected, let reader = readers[format] else { throw .unknownFormat(path: path) }
    return (data, try reader.read(data, path: path))
  }

  func extract(_ laidOut: LaidOutDocument, format: InputFormat, sha256: String, path: String)
    -> ExtractionOutcome
  {
    switch detector.detect(laidOut) {
    case .notAMandate(let reason):
      return .notAMandate(reason: reason)
    case .mandates(let parts):
      let source = SourceFile(file: path, sha256: sha256, format: format, pages: laidOut.pageCount)
      let document = DocumentInfo(runningMatter: laidOut.runningTexts, metadata: laidOut.metadata)
      return .mandates(
        parts.map { blocks in
          var mandate = parser.parse(blocks, source: source, document: document)
          mandate.warnings = laidOut.warnings + mandate.warnings
          return mandate
        })
    }
  }

  private static func contents(of path: String) throws(ReadError) -> Data {
    do {
      return try FileSystemPath.contents(of: path)
    } catch {
      switch error.code {
      case ENOENT: throw .fileMissing(path: path)
      case EISDIR: throw .unreadable(path: path, reason: "it is a folder")
      default: throw .unreadable(path: path, reason: error.reason)
      }
    }
  }

  /// The SHA-256 of the bytes, as Mandat writes every digest.
  public static func sha256(_ data: Data) -> String {
    SHA256.hash(data: data).hexDigits
  }
}
