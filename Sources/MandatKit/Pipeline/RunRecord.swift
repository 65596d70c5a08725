import Crypto
import Foundation

/// What an `extract` run wrote into its output folder, kept in the cache: when the next run
/// over the same files, into the same folder, with the same framework, vocabulary and version
/// finds every file it wrote as it left them, there is nothing to do — not even the report.
public struct RunRecord: Codable, Sendable {
  /// The digest of everything the run's output depends on.
  public var fingerprint: String
  /// Each file the run wrote, relative to the output folder, with the SHA-256 of its bytes.
  public var outputs: [String: String]
  public var summary: Batch.Summary
  /// The consistency report's line, when the run wrote one.
  public var reportLine: String?

  /// The digest of a run's inputs: each file's name and content, and whatever else its output
  /// depends on (`context`: version, vocabulary, framework files, shard).
  public static func fingerprint(files: [InputFile], digests: [String?], context: [String]) -> String {
    var hasher = SHA256()
    for part in context + zip(files, digests).map({ "\($0.path)|\($0.outputName)|\($1 ?? "-")" }) {
      hasher.update(data: Data((part + "\n").utf8))
    }
    return hasher.finalize().map { String(format: "%02x", $0) }.joined()
  }

  /// The record of a finished run: the digests of the files it wrote.
  public init(fingerprint: String, folder: URL, summary: Batch.Summary, extraFiles: [String], reportLine: String?) {
    self.fingerprint = fingerprint
    self.summary = summary
    self.reportLine = reportLine
    let written = summary.files.flatMap(\.outputs) + extraFiles
    outputs = Dictionary(
      written.map { ($0, ExtractionCache.sha256(ofFileAt: folder.appendingPathComponent($0).path) ?? "") },
      uniquingKeysWith: { first, _ in first })
  }

  /// Whether every file the run wrote is still in `folder`, unchanged.
  public func isIntact(in folder: URL) -> Bool {
    outputs.allSatisfy { name, digest in
      ExtractionCache.sha256(ofFileAt: folder.appendingPathComponent(name).path) == digest
    }
  }
}

extension ExtractionCache {
  /// The record of the last run into `folder`, if one is kept.
  public func runRecord(for folder: URL) -> RunRecord? {
    guard let data = try? Data(contentsOf: recordURL(folder)) else { return nil }
    return try? JSONDecoder().decode(RunRecord.self, from: data)
  }

  /// Keeps a run's record; a cache that cannot be written is no error.
  public func store(_ record: RunRecord, for folder: URL) {
    let url = recordURL(folder)
    try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try? JSONEncoder().encode(record).write(to: url, options: .atomic)
  }

  private func recordURL(_ folder: URL) -> URL {
    let path = folder.standardizedFileURL.path
    let key = SHA256.hash(data: Data(path.utf8)).prefix(8).map { String(format: "%02x", $0) }.joined()
    return self.folder.appendingPathComponent("runs", isDirectory: true).appendingPathComponent(key + ".json")
  }
}
