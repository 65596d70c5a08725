import Foundation

extension Data {
  /// Writes the bytes to a file of their own beside `url`, then renames it into place: a
  /// reader never sees half a file, and a write that fails leaves nothing behind.
  ///
  /// Unlike Foundation's `.atomic` it does not wait for the disk to confirm (no `fsync`):
  /// what a batch writes can always be made again, and a batch writes thousands of files.
  public func writeWhole(to url: URL) throws {
    try writeWhole(toPath: url.path)
  }

  /// ``writeWhole(to:)`` for a path, as a batch knows its thousands of files.
  public func writeWhole(toPath path: String) throws {
    let temporary = WholeFile.temporaryPath(beside: path)
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw WholeFile.failure(errno, path) }
    var failed = withUnsafeBytes { WholeFile.write($0, to: descriptor) }
    if close(descriptor) != 0, failed == 0 { failed = errno }
    if failed == 0, rename(temporary, path) != 0 { failed = errno }
    if failed != 0 {
      unlink(temporary)
      throw WholeFile.failure(failed, path)
    }
  }
}

/// Whole-file placement: the file at a path is either the old one or the new one, never half.
enum WholeFile {
  /// Puts the file at `source` at `path` too, replacing whatever is there: as a hard link when
  /// both are on one disk (nothing is written, and no new file is made), else as a copy. A
  /// link goes straight to its name when nothing is there, else through a hidden name and a
  /// rename, so a reader finds the old file or the new one.
  static func place(_ source: String, at path: String) throws {
    if link(source, path) == 0 { return }
    if errno == EEXIST {
      let temporary = temporaryPath(beside: path)
      if link(source, temporary) == 0 {
        if rename(temporary, path) == 0 { return }
        unlink(temporary)
      }
    }
    try Data(contentsOf: URL(fileURLWithPath: source, isDirectory: false)).writeWhole(toPath: path)
  }

  /// Writes all of `bytes` to `descriptor`, however many calls that takes: 0, or the error.
  static func write(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32 {
    var written = 0
    while written < bytes.count {
      let count = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
      if count < 0 {
        if errno == EINTR { continue }
        return errno
      }
      written += count
    }
    return 0
  }

  /// A hidden name beside `path` that no other writer picks.
  static func temporaryPath(beside path: String) -> String {
    let (folder, name) = split(path)
    return folder + "/.\(name).\(getpid())-" + String(UInt64.random(in: 0...UInt64.max), radix: 36) + ".tmp"
  }

  /// The folder a path names a file in (`.` for a bare name) and the file's name.
  static func split(_ path: String) -> (folder: String, name: String) {
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return (".", path) }
    return (slash == path.startIndex ? "/" : String(path[..<slash]), String(path[path.index(after: slash)...]))
  }

  static func failure(_ code: Int32, _ path: String) -> CocoaError {
    CocoaError(
      .fileWriteUnknown,
      userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: "\(path): \(String(cString: strerror(code)))"])
  }
}
