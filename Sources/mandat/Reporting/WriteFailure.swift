import ArgumentParser
import Foundation
import MandatKit

/// Says on standard error that an output folder could not be written, and why as the system
/// puts it (`Not a directory`); gives back the status for it.
func cannotWrite(to folder: String, _ error: any Error) -> ExitCode {
  Console.standardError.write("error: cannot write to \(folder): \(WholeFile.reason(error))\n")
  return .cannotWrite
}
