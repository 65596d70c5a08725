import Foundation
import MandatKit

/// Standard output or standard error, written so that a reader that goes away ends the output,
/// not the program.
///
/// `mandat extract … | head -1` closes the pipe after one line: the next write fails with
/// EPIPE (SIGPIPE is ignored), and Foundation's `FileHandle.write` stops the process on it,
/// with no summary written. Here a closed stream is an ordinary end of output: nothing more is
/// written to it, and the batch finishes its files, its summary and its exit status.
final class Console: @unchecked Sendable {
  static let standardOutput = Console(STDOUT_FILENO)
  static let standardError = Console(STDERR_FILENO)

  private let descriptor: Int32
  private let lock = NSLock()
  private var closed = false

  private init(_ descriptor: Int32) {
    self.descriptor = descriptor
  }

  func write(_ data: Data) {
    lock.withLock {
      guard !closed, !data.isEmpty else { return }
      let failed = data.withUnsafeBytes { WholeFile.write($0, to: descriptor) }
      if failed != 0 { closed = true }
    }
  }

  func write(_ text: String) {
    write(Data(text.utf8))
  }
}
