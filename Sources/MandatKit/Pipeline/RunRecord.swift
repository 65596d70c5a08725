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
  /// The digests of the files the run read (by path), for the next run to trust while their
  /// stamps stay the same, instead of reading every file again.
  public var inputs: [String: StampedDigest]
  /// The stamp of each output's copy in the cache (by digest), as the cache wrote or last checked it.
  public var copies: [String: FileStamp] = [:]

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
    reportLine: String?, inputs: [String: StampedDigest]
  ) {
    self.fingerprint = fingerprint
    self.summary = summary
    self.reportLine = reportLine
    self.inputs = inputs
    outputs = digests
    for name in extraFiles {
      outputs[name] = ExtractionCache.sha256(ofFileAt: folder.appendingPathComponent(name).path) ?? ""
    }
  }

  /// Puts every file the run wrote back into `folder` as it was, from the cache's copies;
  /// false when a copy is missing or damaged (the run must then be done again).
  ///
  /// A file goes back as a hard link to its copy where both are on one disk, so nothing is
  /// written however many files there are. An output edited in place changes its linked copy
  /// too: a copy is trusted while its stamp is the one recorded, else checked against its
  /// digest, and a damaged copy is dropped. An output that is its copy (the same file on
  /// disk, with the recorded stamp) is in place without being read.
  public func restore(in folder: URL, from cache: ExtractionCache) -> Bool {
    enum Verdict: Sendable { case inPlace, missing, damaged }
    let outputs = outputs.sorted { $0.key < $1.key }
    let verdicts = outputs.concurrentMap { name, digest -> Verdict in
      let path = folder.path + "/" + name
      let copy = cache.copyPath(digest)
      let recorded = copies[digest]
      if let stamp = FileStamp(path: path) {
        if stamp == recorded || ExtractionCache.sha256(ofFileAt: path) == digest { return .inPlace }
      }
      let intact =
        recorded != nil && FileStamp(path: copy) == recorded || ExtractionCache.sha256(ofFileAt: copy) == digest
      return intact ? .missing : .damaged
    }
    let damaged = zip(outputs, verdicts).filter { $1 == .damaged }.map(\.0.value)
    for digest in damaged { unlink(cache.copyPath(digest)) }
    guard damaged.isEmpty else { return false }
    var folders: Set<String> = []
    for ((name, digest), verdict) in zip(outputs, verdicts) where verdict == .missing {
      let path = folder.path + "/" + name
      do {
        let parent = WholeFile.split(path).folder
        if folders.insert(parent).inserted { try WholeFile.makeFolders(parent) }
        try WholeFile.place(cache.copyPath(digest), at: path)
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
  /// is kept once); a cache that cannot be written is no error. `previous`, the record this
  /// one replaces, vouches for the copies already kept.
  public func store(_ record: RunRecord, for folder: URL, previous: RunRecord?) {
    var record = record
    let named = Dictionary(record.outputs.map { ($1, $0) }) { first, second in min(first, second) }
    let copies = named.sorted { $0.key < $1.key }.concurrentMap { digest, name -> (String, FileStamp?) in
      let copy = copyPath(digest)
      let known = previous?.copies[digest].map { StampedDigest(digest: digest, stamp: $0) }
      let (found, kept) = StampedDigest.of(copy, known: known)
      if found == digest { return (digest, kept?.stamp) }
      // Missing or damaged: copied anew. Only the cache writes there, so its stamp is good at once.
      try? FileManager.default.createDirectory(atPath: WholeFile.split(copy).folder, withIntermediateDirectories: true)
      guard let bytes = try? Data(contentsOf: folder.appendingPathComponent(name, isDirectory: false)),
        (try? bytes.writeWhole(toPath: copy)) != nil
      else { return (digest, nil) }
      return (digest, FileStamp(path: copy))
    }
    record.copies = Dictionary(uniqueKeysWithValues: copies.compactMap { digest, stamp in stamp.map { (digest, $0) } })
    keep(record, for: folder)
  }

  /// Writes a run's record, leaving the copies as they are.
  public func keep(_ record: RunRecord, for folder: URL) {
    let url = recordURL(folder)
    try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try? JSONEncoder().encode(record).writeWhole(to: url)
  }

  /// Where the copy of an output file with this SHA-256 is kept.
  func copyPath(_ digest: String) -> String {
    folder.path + "/outputs/" + digest.prefix(2) + "/" + digest
  }

  private func recordURL(_ folder: URL) -> URL {
    let path = folder.standardizedFileURL.path
    let key = SHA256.hash(data: Data(path.utf8)).prefix(8).hexDigits
    return self.folder.appendingPathComponent("runs", isDirectory: true).appendingPathComponent(
      key + ".json", isDirectory: false)
  }
}
