import Foundation

/// What became of one input file, as a worker hands it to the main process and as the cache
/// keeps it: a line with the byte counts of what follows, what the file held (``Header``, in
/// its ``WireCodable`` form), then each mandate's JSON exactly as it is written to the output
/// folder.
///
/// The main process writes those bytes as they come: decoding and encoding every mandate
/// again there would make it the batch's bottleneck, however many workers there are.
public struct FileResult: Sendable {
  public var header: Header
  /// Each mandate's JSON, as ``JSONExport`` writes it (none for a file that is no mandate).
  public var documents: [Data]

  public struct Header: Hashable, Sendable {
    public var status: Batch.FileReport.Status
    /// Why the file is not a mandate, or what is wrong with it.
    public var reason: String?
    /// The error's kind for failed files (`encrypted`, `damaged`, `timeout`, …).
    public var error: String?
    /// The path the mandates say they were read from (`source.file`).
    public var file: String
    public var mandates: [Batch.MandateSummary]
    /// The consistency report's share, when the batch has a report.
    public var check: CheckShare?
    /// The SHA-256 of the bytes the worker read and parsed, the key the result is cached
    /// under (`nil` when the file could not be read).
    public var sha256: String? = nil
  }

  /// What the consistency report needs of one file, worked out where the file is read.
  public struct CheckShare: Hashable, Sendable {
    /// The ``Checker/fingerprint`` of the checker that made it.
    public var checker: String
    /// The findings of the rules that look at one mandate at a time.
    public var findings: [Finding]
    /// What the rules that compare the batch read of each mandate (``Checker/batchView(of:)``).
    public var batchViews: [Mandate]
  }

  /// The result of extracting the file at `path` (whose bytes have the digest `sha256`); with a
  /// checker, its share of the report too.
  public init(_ outcome: ExtractionOutcome, path: String, sha256: String? = nil, checker: Checker? = nil) {
    switch outcome {
    case .mandates(let mandates):
      documents = mandates.map { (try? JSONExport.data($0)) ?? Data() }
      header = Header(
        status: .mandate, file: path, mandates: mandates.map(Batch.MandateSummary.init),
        check: checker.map { checker in
          CheckShare(
            checker: checker.fingerprint, findings: mandates.flatMap(checker.findingsOfItsOwn),
            batchViews: mandates.map(Checker.batchView))
        })
    case .notAMandate(let reason):
      self = .init(status: .notAMandate, reason: reason, path: path)
    case .failed(let error):
      self = .failed(kind: error.kind, message: error.description, path: path)
    }
    header.sha256 = sha256
  }

  private init(status: Batch.FileReport.Status, reason: String, error: String? = nil, path: String) {
    header = Header(status: status, reason: reason, error: error, file: path, mandates: [])
    documents = []
  }

  /// A file that could not be read, and why.
  static func failed(kind: String, message: String, path: String) -> FileResult {
    FileResult(status: .failed, reason: message, error: kind, path: path)
  }

  /// A file that took longer than the batch allows; its worker was stopped.
  static func timedOut(_ path: String, after seconds: Double) -> FileResult {
    .failed(
      kind: "timeout",
      message: "\(path): timed out: reading took longer than \(Int(seconds.rounded())) s and was stopped", path: path)
  }

  /// A file whose reader ended its worker (a crash in the PDF library, or worse): a fault of
  /// Mandat's, not of the file's.
  static func crashed(_ path: String, status: String) -> FileResult {
    .failed(
      kind: "crashed",
      message:
        "\(path): the reader crashed on this file (\(status)); this is a bug in Mandat, please report it with the file",
      path: path)
  }

  /// A file whose reading needed more memory than a worker may have (`--worker-memory`).
  static func outOfMemory(_ path: String, limit: Int) -> FileResult {
    .failed(
      kind: "out-of-memory",
      message: "\(path): the file needs more than \(MemorySize.describe(limit)) to read; raise --worker-memory",
      path: path)
  }

  /// A file whose mandates could not be written under the output folder (a name too long for
  /// the file system, a folder that cannot be made, a full disk).
  public static func cannotWrite(_ path: String, _ error: any Error) -> FileResult {
    .failed(
      kind: "cannot-write", message: "\(path): its output cannot be written: \(WholeFile.reason(error))", path: path)
  }

  /// The lengths line (the header's byte count, then each document's), the header, then the
  /// documents.
  public var bytes: Data {
    var wire = WireWriter()
    wire.write(header)
    let lengths = [wire.bytes.count] + documents.map(\.count)
    var bytes = Data(lengths.map(String.init).joined(separator: " ").utf8)
    bytes.append(UInt8(ascii: "\n"))
    bytes.append(contentsOf: wire.bytes)
    for document in documents { bytes.append(document) }
    return bytes
  }

  /// A result as it arrives, not yet read: a worker's reader takes frames off the pipe, and
  /// the header is read while the worker goes on to its next file.
  public struct Frame: Sendable {
    /// The header's byte count, then each document's.
    public var lengths: [Int]
    /// The header and the documents, one after another.
    public var body: Data

    /// The byte counts of a lengths line; `nil` when it is not one (nor when they add up to
    /// more than a count can hold: a garbled line must not stop the main process).
    static func lengths(_ line: Data) -> [Int]? {
      var lengths: [Int] = []
      var total = 0
      for field in line.split(separator: UInt8(ascii: " ")) {
        guard let length = Int(String(decoding: field, as: UTF8.self)), length >= 0 else { return nil }
        let (sum, overflow) = total.addingReportingOverflow(length)
        guard !overflow else { return nil }
        lengths.append(length)
        total = sum
      }
      return lengths.isEmpty ? nil : lengths
    }
  }

  /// A result from its frame; `nil` when the parts do not fit.
  public init?(_ frame: Frame) {
    guard frame.lengths.reduce(0, +) == frame.body.count else { return nil }
    var parts: [Data] = []
    var start = frame.body.startIndex
    for length in frame.lengths {
      parts.append(frame.body[start..<start + length])
      start += length
    }
    var wire = WireReader([UInt8](parts[0]))
    guard let header = try? wire.read(Header.self), wire.isAtEnd else { return nil }
    self.header = header
    documents = parts.dropFirst().map { Data($0) }
  }

  /// A result from ``bytes``.
  public init?(_ bytes: Data) {
    guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")),
      let lengths = Frame.lengths(bytes[bytes.startIndex..<newline])
    else { return nil }
    self.init(Frame(lengths: lengths, body: Data(bytes[(newline + 1)...])))
  }

  /// The same result for the file at `path`, checked by `checker`: itself when it was made so,
  /// else made again from its mandates, since the path is in each mandate (a cached result
  /// serves a moved or copied file too) and the findings are the checker's.
  public func serving(_ path: String, checker: Checker?) -> FileResult? {
    let checked = checker.map { header.check?.checker == $0.fingerprint } ?? true
    if header.file == path, checked { return self }
    guard header.status == .mandate else {
      var moved = self
      moved.header.file = path
      return moved
    }
    guard var mandates = try? documents.map({ try JSONDecoder().decode(Mandate.self, from: $0) }) else { return nil }
    for index in mandates.indices { mandates[index].source.file = path }
    return FileResult(.mandates(mandates), path: path, sha256: header.sha256, checker: checker)
  }
}

extension Batch.MandateSummary {
  init(_ mandate: Mandate) {
    self.init(title: mandate.title, group: mandate.group, items: mandate.itemCount)
  }
}
