import Foundation
import MandatKit

/// What the workers hand back, gathered in input order: each file's report for the summary,
/// the mandates for the consistency report, and, with `--format ndjson`, each mandate written
/// to standard output as one line as soon as the files before it are done.
final class BatchResults: @unchecked Sendable {
  private let lock = NSLock()
  private let streaming: Bool
  private var slots: [(report: Batch.FileReport, mandates: [Mandate], findings: [Finding])?]
  private var stream = InputOrder<[Mandate]>()
  private(set) var extracted = 0
  private(set) var cached = 0
  private(set) var writeError: (any Error)?

  init(count: Int, streaming: Bool) {
    slots = Array(repeating: nil, count: count)
    self.streaming = streaming
  }

  func store(
    _ index: Int, _ report: Batch.FileReport, _ outcome: FileOutcome, findings: [Finding], cached fromCache: Bool
  ) {
    lock.withLock {
      var mandates: [Mandate] = []
      if case .mandates(let found) = outcome { mandates = found }
      // Streamed mandates are not kept: memory stays flat however long the stream.
      slots[index] = (report, streaming ? [] : mandates, findings)
      if fromCache { cached += 1 } else { extracted += 1 }
      guard streaming else { return }
      for mandate in stream.add(mandates, at: index).joined() {
        if let line = try? JSONEncoder.sorted.encode(mandate) {
          FileHandle.standardOutput.write(line + Data("\n".utf8))
        }
      }
    }
  }

  func writeFailed(_ error: any Error) {
    lock.withLock { writeError = writeError ?? error }
  }

  var reports: [Batch.FileReport] { lock.withLock { slots.compactMap { $0?.report } } }
  var mandates: [Mandate] { lock.withLock { slots.flatMap { $0?.mandates ?? [] } } }
  /// The findings of the consistency report's rules that look at one mandate at a time.
  var findings: [Finding] { lock.withLock { slots.flatMap { $0?.findings ?? [] } } }
}
