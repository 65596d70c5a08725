import ArgumentParser
import MandatKit

/// Every exit status Mandat gives, with one meaning in every subcommand (the README's "Exit
/// status" lists them): a pipeline can tell a file's fault from Mandat's, and either from a
/// finding, whichever command it ran.
extension ExitCode {
  /// The command's answer is no: a finding reaches `--fail-on` (check), the versions differ
  /// (diff), a document falls below its minimum (accuracy).
  static let flagged = ExitCode(1)
  /// An input could not be read: missing, damaged, encrypted, no text layer, not a mandate
  /// where one was asked for, a framework deck that cannot be read.
  static let unreadableInput = ExitCode(3)
  /// An output could not be written: the output folder, a file's mandate, the summary or report.
  static let cannotWrite = ExitCode(4)
  /// A file needed more than it may have: longer than `--timeout`, more memory than
  /// `--worker-memory`, or more than a reading limit (`--max-pages`, `--max-text`, …).
  static let overLimit = ExitCode(5)
  /// A file crashed its reader, or no worker could be started: a bug in Mandat.
  static let readerCrashed = ExitCode(6)
  /// The command line was wrong (ArgumentParser's own status for it).
  static let usage = ExitCode.validationFailure

  /// The status for files that failed with these kinds (as in `summary.json`): the highest
  /// of theirs, so the worst cause shows.
  static func failed(kinds: some Sequence<String>) -> ExitCode {
    let statuses = kinds.map { kind -> Int32 in
      switch kind {
      case "timeout", "out-of-memory": ExitCode.overLimit.rawValue
      case _ where ReadLimits.Limit.allCases.contains(where: { $0.kind == kind }): ExitCode.overLimit.rawValue
      case "crashed", "worker": ExitCode.readerCrashed.rawValue
      case "cannot-write": ExitCode.cannotWrite.rawValue
      default: ExitCode.unreadableInput.rawValue
      }
    }
    return statuses.max().map { ExitCode($0) } ?? .success
  }
}
