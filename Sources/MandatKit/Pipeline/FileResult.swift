import Foundation

/// What became of one input file, as a worker hands it to the main process and as the cache
/// keeps it: a line with each document's byte count, a line of JSON saying what the file held
/// (``Header``), then each mandate's JSON exactly as it is written to the output folder.
///
/// The main process writes those bytes as they come: decoding and encoding every mandate
/// again there would make it the batch's bottleneck, however many workers there are.
public struct FileResult: Sendable {
  public var header: Header
  /// Each mandate's JSON, as ``JSONExport`` writes it (none for a file that is no mandate).
  public var documents: [Data]

  public struct Header: Codable, Sendable {
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
  }

  /// What the consistency report needs of one file, worked out where the file is read.
  public struct CheckShare: Codable, Sendable {
    /// The ``Checker/fingerprint`` of the checker that made it.
    public var checker: String
    /// The findings of the rules that look at one mandate at a time.
    public var findings: [Finding]
    /// What the rules that compare the batch read of each mandate (``Checker/batchView(of:)``).
    public var batchViews: [Mandate]

    init(checker: String, findings: [Finding], batchViews: [Mandate]) {
      (self.checker, self.findings, self.batchViews) = (checker, findings, batchViews)
    }

    private enum CodingKeys: String, CodingKey { case checker, findings, batchViews }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      checker = try container.decode(String.self, forKey: .checker)
      findings = try container.decode([Finding].self, forKey: .findings)
      batchViews = try container.decode([ViewOnTheWire].self, forKey: .batchViews).map(\.mandate)
    }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(checker, forKey: .checker)
      try container.encode(findings, forKey: .findings)
      try container.encode(batchViews.map(ViewOnTheWire.init), forKey: .batchViews)
    }

    /// A batch view as a worker sends it: just the fields a view holds. The main process reads
    /// one for every mandate of the batch, and a mandate's other keys, empty in a view, would
    /// cost it more to decode than these.
    private struct ViewOnTheWire: Codable {
      var source: SourceFile
      var title: String
      var group: Group?
      var generalTasks: [Item]
      var section: Section?

      init(_ view: Mandate) {
        (source, title, group, generalTasks) = (view.source, view.title, view.group, view.generalTasks)
        section = view.sections.first
      }

      var mandate: Mandate {
        Checker.batchView(source: source, title: title, group: group, generalTasks: generalTasks, section: section)
      }
    }
  }

  /// The result of extracting the file at `path`; with a checker, its share of the report too.
  public init(_ outcome: ExtractionOutcome, path: String, checker: Checker? = nil) {
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

  /// A file whose reader ended its worker (a crash in the PDF library, or worse).
  static func crashed(_ path: String, status: String) -> FileResult {
    .failed(
      kind: "crashed", message: "\(path): the reader crashed on this file (\(status)); the rest of the batch went on",
      path: path)
  }

  /// The lengths line, the header line, then the documents.
  public var bytes: Data {
    var bytes = Data(documents.map { String($0.count) }.joined(separator: " ").utf8)
    bytes.append(UInt8(ascii: "\n"))
    bytes.append((try? JSONExport.line(header)) ?? Data())
    bytes.append(UInt8(ascii: "\n"))
    for document in documents { bytes.append(document) }
    return bytes
  }

  /// A result as it arrives, its header not yet decoded: a worker's reader takes frames off
  /// the pipe, and the header is decoded while the worker goes on to its next file.
  public struct Frame: Sendable {
    public var lengths: [Int]
    public var headerLine: Data
    public var body: Data

    /// The byte counts of the lengths line; `nil` when it is not one.
    static func lengths(_ line: Data) -> [Int]? {
      var lengths: [Int] = []
      for field in line.split(separator: UInt8(ascii: " ")) {
        guard let length = Int(String(decoding: field, as: UTF8.self)), length >= 0 else { return nil }
        lengths.append(length)
      }
      return lengths
    }
  }

  /// A result from its frame; `nil` when the parts do not fit.
  public init?(_ frame: Frame) {
    guard frame.lengths.reduce(0, +) == frame.body.count,
      let header = try? JSONDecoder().decode(Header.self, from: frame.headerLine)
    else { return nil }
    self.header = header
    var start = frame.body.startIndex
    documents = frame.lengths.map { length in
      defer { start += length }
      return Data(frame.body[start..<start + length])
    }
  }

  /// A result from ``bytes``.
  public init?(_ bytes: Data) {
    let lines = bytes.split(separator: UInt8(ascii: "\n"), maxSplits: 2, omittingEmptySubsequences: false)
    guard lines.count == 3, let lengths = Frame.lengths(lines[0]) else { return nil }
    self.init(Frame(lengths: lengths, headerLine: Data(lines[1]), body: Data(lines[2])))
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
    return FileResult(.mandates(mandates), path: path, checker: checker)
  }
}

extension Batch.MandateSummary {
  init(_ mandate: Mandate) {
    self.init(title: mandate.title, group: mandate.group, items: mandate.itemCount)
  }
}
