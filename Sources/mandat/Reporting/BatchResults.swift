import Foundation
import MandatKit

/// What the workers hand back, gathered in input order: each file's report for the summary,
/// its share of the consistency report, the digest of each file written, and, with
/// `--format ndjson`, each mandate written to standard output as one line as soon as the
/// files before it are done.
final class BatchResults: @unchecked Sendable {
  private let lock = NSLock()
  private let streaming: Bool
  private var slots: [(report: Batch.FileReport, check: FileResult.CheckShare?)?]
  private var stream = InputOrder<[Data]>()
  private(set) var digests: [String: String] = [:]
  private(set) var extracted = 0
  private(set) var cached = 0
  private(set) var inputChanged = false
  private var notes: [Int: String] = [:]

  init(count: Int, streaming: Bool) {
    slots = Array(repeating: nil, count: count)
    self.streaming = streaming
  }

  /// Takes file `index`'s report and result; `written` maps the files written to their SHA-256.
  func store(
    _ index: Int, _ report: Batch.FileReport, _ result: FileResult, written: [String: String], cached fromCache: Bool
  ) {
    lock.withLock {
      slots[index] = (report, result.header.check)
      digests.merge(written) { first, _ in first }
      if fromCache { cached += 1 } else { extracted += 1 }
      guard streaming else { return }
      // Streamed mandates are not kept: memory stays flat however long the stream.
      for document in stream.add(result.documents, at: index).joined() {
        Console.standardOutput.write(JSONExport.compacted(document) + Data("\n".utf8))
      }
    }
  }

  /// A file was rewritten between its hashing and its reading.
  func inputChangedDuringRun() {
    lock.withLock { inputChanged = true }
  }

  /// Keeps something to say of file `index` when it is done.
  func note(_ index: Int, _ text: String) {
    lock.withLock { notes[index] = text }
  }

  /// What there is to say of file `index`, said once.
  func takeNote(_ index: Int) -> String? {
    lock.withLock { notes.removeValue(forKey: index) }
  }

  var reports: [Batch.FileReport] { lock.withLock { slots.compactMap { $0?.report } } }
  /// What the rules comparing the batch read of each mandate, in input order.
  var batchViews: [Mandate] { lock.withLock { slots.flatMap { $0?.check?.batchViews ?? [] } } }
  /// The findings of the consistency report's rules that look at one mandate at a time.
  var findings: [Finding] { lock.withLock { slots.flatMap { $0?.check?.findings ?? [] } } }
}
