import ArgumentParser
import Foundation

/// Says on standard error that an output folder could not be written, and why as the system
/// puts it (`Not a directory`, where Foundation's own line for a folder it could not make says
/// only that an operation failed); gives back `status` to exit with.
func cannotWrite(to folder: String, _ error: any Error, status: ExitCode) -> ExitCode {
  var why = error.localizedDescription
  if let cause = (error as? CocoaError)?.underlying as NSError?, cause.domain == NSPOSIXErrorDomain {
    why = String(cString: strerror(Int32(cause.code)))
  }
  FileHandle.standardError.write(Data("error: cannot write to \(folder): \(why)\n".utf8))
  return status
}
