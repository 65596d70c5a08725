import Crypto
import Foundation

/// What an `extract` run wrote into its output folder, kept in the cache: when the next run
/// over the same files, into the same folder, with the same framework, vocabulary and version
/// finds every file it wrote as it left them, there is nothing to do — not even the report;
/// when files were deleted or changed, they are put back from the cache's copies.
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
    return hasher.finalize().hexDigits
  }

  /// The record of a finished run: `digests` of the mandate files it wrote, as worked out when
  /// they were written, and of the extra files (summary, report), read back from `folder`.
  public init(
    fingerprint: String, folder: URL, summary: Batch.Summary, digests: [String: String], extraFiles: [String],
    reportLine: String?
  ) {
    self.fingerprint = fingerprint
    self.summary = summary
    self.reportLine = reportLine
    outputs = digests
    for name in extraFiles {
      outputs[name] = ExtractionCache.sha256(ofFileAt: folder.appendingPathComponent(name).path) ?? ""
    }
  }

  /// Puts every file the run wrote back into `folder` as it was, from the cache's copies;
  /// false when a copy is missing or damaged (the run must then be done again).
  ///
  /// A file goes back as a hard link to its copy where both are on one disk, so nothing is
  /// written however many files there are. Each copy is checked against its digest first:
  /// an output edited in place changes its linked copy too, and such a copy is dropped.
  public func restore(in folder: URL, from cache: ExtractionCache) -> Bool {
    let changed = outputs.sorted { $0.key < $1.key }.concurrentMap { name, digest in
      ExtractionCache.sha256(ofFileAt: folder.appendingPathComponent(name).path) == digest ? nil : (name, digest)
    }.compactMap { $0 }
    let damaged = changed.concurrentMap { _, digest in
      ExtractionCache.sha256(ofFileAt: cache.copyURL(digest).path) == digest ? nil : digest
    }.compactMap { $0 }
    for digest in damaged { try? FileManager.default.removeItem(at: cache.copyURL(digest)) }
    guard damaged.isEmpty else { return false }
    var folders: Set<URL> = []
    for (name, digest) in changed {
      let url = folder.appendingPathComponent(name)
      do {
        if folders.insert(url.deletingLastPathComponent()).inserted {
          try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        }
        try WholeFile.place(cache.copyURL(digest), at: url)
      } catch {
        return false
      }
    }
    return true
  }
}

extension ExtractionCache {
  /// The record of the last run into `folder`, if one is kept.
  public func runRecord(for folder: URL) -> RunRecord? {
    guard let data = try? Data(contentsOf: recordURL(folder)) else { return nil }
    return try? JSONDecoder().decode(RunRecord.self, from: data)
  }

  /// Keeps a run's record and a copy of each file it wrote (by content, so an unchanged file
  /// is kept once); a cache that cannot be written is no error.
  public func store(_ record: RunRecord, for folder: URL) {
    for (name, digest) in record.outputs where !FileManager.default.fileExists(atPath: copyURL(digest).path) {
      try? FileManager.default.createDirectory(
        at: copyURL(digest).deletingLastPathComponent(), withIntermediateDirectories: true)
      try? FileManager.default.copyItem(at: folder.appendingPathComponent(name), to: copyURL(digest))
    }
    let url = recordURL(folder)
    try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try? JSONEncoder().encode(record).writeWhole(to: url)
  }

  /// Where the copy of an output file with this SHA-256 is kept.
  func copyURL(_ digest: String) -> URL {
    folder.appendingPathComponent("outputs", isDirectory: true).appendingPathComponent(String(digest.prefix(2)))
      .appendingPathComponent(digest)
  }

  private func recordURL(_ folder: URL) -> URL {
    let path = folder.standardizedFileURL.path
    let key = SHA256.hash(data: Data(path.utf8)).prefix(8).hexDigits
    return self.folder.appendingPathComponent("runs", isDirectory: true).appendingPathComponent(key + ".json")
  }
}
