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
    let descriptor = Interruption.opening(temporary) {
      FileSystemPath.withCString(temporary) { open($0, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666) }
    }
    guard descriptor >= 0 else { throw WholeFile.failure(errno, path) }
    defer { Interruption.written(temporary) }
    var failed = withUnsafeBytes { WholeFile.write($0, to: descriptor) }
    if close(descriptor) != 0, failed == 0 { failed = errno }
    if failed == 0, WholeFile.rename(temporary, path) != 0 { failed = errno }
    if failed != 0 {
      _ = FileSystemPath.withCString(temporary) { unlink($0) }
      throw WholeFile.failure(failed, path)
    }
  }
}

/// Whole-file placement: the file at a path is either the old one or the new one, never half.
public enum WholeFile {
  /// Puts the file at `source` at `path` too, replacing whatever is there: as a hard link when
  /// both are on one disk (nothing is written, and no new file is made), else as a copy. A
  /// link goes straight to its name when nothing is there, else through a hidden name and a
  /// rename, so a reader finds the old file or the new one.
  static func place(_ source: String, at path: String) throws {
    func link(_ from: String, _ to: String) -> Int32 {
      FileSystemPath.withCString(from) { from in FileSystemPath.withCString(to) { Glibc.link(from, $0) } }
    }
    if link(source, path) == 0 { return }
    if errno == EEXIST {
      let temporary = temporaryPath(beside: path)
      if link(source, temporary) == 0 {
        if rename(temporary, path) == 0 { return }
        _ = FileSystemPath.withCString(temporary) { unlink($0) }
      }
    }
    try FileSystemPath.contents(of: source).writeWhole(toPath: path)
  }

  /// Makes the folder at `path` and those it is in, as `mkdir -p` does.
  public static func makeFolders(_ path: String) throws {
    var made = path.hasPrefix("/") ? "" : "."
    for part in path.split(separator: "/") where part != "." {
      made += "/" + part
      if FileSystemPath.withCString(made, { mkdir($0, 0o777) }) != 0, errno != EEXIST { throw failure(errno, path) }
    }
    guard FileSystemPath.kind(of: path).isFolder else { throw failure(ENOTDIR, path) }
  }

  /// Writes all of `bytes` to `descriptor`, however many calls that takes: 0, or the error.
  public static func write(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32 {
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

  /// A hidden name beside `path` that no other writer picks, and that the file system takes
  /// whenever it takes `path`: the name in it is shortened to keep within 255 bytes.
  static func temporaryPath(beside path: String) -> String {
    let (folder, name) = split(path)
    let tail = ".\(getpid())-" + String(UInt64.random(in: 0...UInt64.max), radix: 36) + ".tmp"
    var kept = Substring(name)
    while 1 + kept.utf8.count + tail.utf8.count > 255 { kept.removeLast() }
    return folder + "/." + kept + tail
  }

  /// `rename(2)` for paths that may hold names that are not UTF-8 (see ``FileSystemPath``).
  static func rename(_ old: String, _ new: String) -> Int32 {
    FileSystemPath.withCString(old) { old in FileSystemPath.withCString(new) { Glibc.rename(old, $0) } }
  }

  /// Why a write failed, as the system says it (`File name too long`, `Not a directory`), not
  /// as Foundation's line that an operation failed.
  public static func reason(_ error: any Error) -> String {
    if let cause = (error as? CocoaError)?.underlying as NSError?, cause.domain == NSPOSIXErrorDomain {
      return String(cString: strerror(Int32(cause.code)))
    }
    if let code = (error as? CocoaError)?.userInfo["code"] as? Int32 { return String(cString: strerror(code)) }
    return error.localizedDescription
  }

  /// The folder a path names a file in (`.` for a bare name) and the file's name.
  static func split(_ path: String) -> (folder: String, name: String) {
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return (".", path) }
    return (slash == path.startIndex ? "/" : String(path[..<slash]), String(path[path.index(after: slash)...]))
  }

  static func failure(_ code: Int32, _ path: String) -> CocoaError {
    CocoaError(
      .fileWriteUnknown,
      userInfo: [
        NSFilePathErrorKey: path, NSLocalizedDescriptionKey: "\(path): \(String(cString: strerror(code)))",
        "code": code,
      ])
  }
}
