import Foundation
import MandatKit

/// How `extract` says what it is doing, file by file, from whichever worker finishes.
///
/// On a terminal: a progress bar on stderr (files done of all, rate, time left), with each
/// failure printed above it. Off a terminal: one line per file, in input order whatever order
/// the workers finish in. `--quiet` leaves only failures; `--json-log` adds one JSON object per
/// file (path, status, mandates, ms, cached, error) for a pipeline to read. A stream whose
/// reader has gone is written no more (see ``Console``).
final class BatchProgress: @unchecked Sendable {
  enum Style {
    case bar
    case lines
    case quiet
  }

  /// One file's entry in the JSON log.
  struct LogEntry: Encodable {
    var path: String
    var status: String
    var mandates: Int
    var ms: Int
    var cached: Bool
    var error: String?
  }

  private let total: Int
  private let style: Style
  private let outFolder: String
  private let log: Console?
  private let started = Date()
  private let lock = NSLock()
  private var done = 0
  private var lastDrawn = Date.distantPast
  /// Lines waiting for the files before them, so that output follows input order.
  private var pending = InputOrder<(lines: [(Console, String)], log: Data?)>()

  init(total: Int, style: Style, outFolder: String, log: Console?) {
    self.total = total
    self.style = style
    self.outFolder = outFolder
    self.log = log
  }

  /// Shows file `index` done; `note` is said of it on stderr, whatever the style.
  func fileDone(_ index: Int, _ report: Batch.FileReport, milliseconds: Int, cached: Bool, note: String? = nil) {
    lock.withLock {
      done += 1
      var lines: [(Console, String)] = []
      if let note {
        lines.append((.standardError, "note          \(note)"))
      }
      if report.status == .failed {
        lines.append((.standardError, "failed        \(report.reason ?? report.file)"))
      } else if style == .lines {
        lines.append((.standardOutput, describe(report)))
      }
      let entry = LogEntry(
        path: report.file, status: report.status.rawValue, mandates: report.mandates.count, ms: milliseconds,
        cached: cached, error: report.status == .failed ? report.reason : nil)
      let logLine = log.flatMap { _ in try? JSONExport.line(entry) + Data("\n".utf8) }
      for ready in pending.add((lines, logLine), at: index) {
        if style == .bar { clearBar() }
        for (console, line) in ready.lines { console.write(line + "\n") }
        if let data = ready.log { log?.write(data) }
      }
      if style == .bar, done == total || Date().timeIntervalSince(lastDrawn) > 0.1 { drawBar() }
    }
  }

  /// Ends the bar's line.
  func finish() {
    lock.withLock {
      if style == .bar, total > 0 { Console.standardError.write("\n") }
    }
  }

  var elapsed: TimeInterval { Date().timeIntervalSince(started) }

  private func describe(_ report: Batch.FileReport) -> String {
    switch report.status {
    case .mandate:
      let groups = report.mandates.map { $0.group.map { "\($0.kind) \($0.name)" } ?? $0.title }
      let outputs = report.outputs.map { (outFolder as NSString).appendingPathComponent($0) }
      return "mandate       \(report.file) → \(outputs.joined(separator: ", ")) (\(groups.joined(separator: "; ")))"
    case .notAMandate:
      return "not mandate   \(report.file): \(report.reason ?? "")"
    case .failed:
      return "failed        \(report.reason ?? report.file)"
    }
  }

  private func drawBar() {
    lastDrawn = Date()
    let width = 30
    let filled = total == 0 ? width : width * done / total
    let rate = Double(done) / max(elapsed, 0.001)
    let left = rate > 0 ? Double(total - done) / rate : 0
    let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
    let line = String(
      format: "\r%@ %d/%d files · %.1f files/s · %d:%02d left", bar, done, total, rate, Int(left) / 60, Int(left) % 60)
    Console.standardError.write(line)
  }

  private func clearBar() {
    Console.standardError.write("\r\u{1B}[K")
  }
}
