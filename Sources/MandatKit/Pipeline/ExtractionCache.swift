import Crypto
import Foundation

/// Results kept by the content of the file they came from, so that a rerun over an unchanged
/// folder does no extraction work.
///
/// A result is keyed by the SHA-256 of the file's bytes, under a folder named by Mandat's
/// version and build, the layout of what is kept, the vocabulary and the reading limits in use: a new
/// version, a build that keeps results in another layout, another vocabulary or other limits
/// never sees an old result. Mandates
/// and non-mandates are kept; failures are not (a file that timed out may succeed on a quieter
/// machine). Deleting the folder clears the cache.
public struct ExtractionCache: Sendable {
  public var folder: URL

  /// `folder/<version>-k<layout>-<vocabulary digest>-<limits>/`.
  public init(root: URL, version: String, vocabulary: Vocabulary, limits: ReadLimits = ReadLimits()) {
    folder = root.appendingPathComponent(
      "\(version)-k\(Self.layout)-\(vocabulary.fingerprint)-\(limits.fingerprint)", isDirectory: true)
  }

  /// The layout of what the cache keeps (``FileResult/bytes``, ``RunRecord``), raised with every
  /// change to either: an entry in another layout could be misread rather than refused.
  static let layout = 4

  /// Where the cache lives unless told otherwise: `$MANDAT_CACHE_DIR`, else
  /// `$XDG_CACHE_HOME/mandat`, else `~/.cache/mandat`.
  public static var defaultRoot: URL {
    let environment = ProcessInfo.processInfo.environment
    if let folder = environment["MANDAT_CACHE_DIR"], !folder.isEmpty { return URL(fileURLWithPath: folder) }
    if let folder = environment["XDG_CACHE_HOME"], !folder.isEmpty {
      return URL(fileURLWithPath: folder).appendingPathComponent("mandat")
    }
    return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/mandat")
  }

  /// What the cache holds for a file's content.
  public enum Lookup: Sendable {
    case found(FileResult)
    case missing
    /// An entry was there but not whole, or not this content's (its bytes changed on disk, or
    /// it was put under another key): it is deleted, and the file must be read again.
    case dropped(reason: String)
  }

  /// The result kept for a file's content, as it was stored (see ``FileResult/serving(_:checker:)``).
  ///
  /// Each entry begins with a line naming the key it was stored under and the SHA-256 of the
  /// rest of its bytes, checked here, so that an entry damaged on disk or moved under another
  /// key is never served as a result.
  public func result(sha256: String) -> Lookup {
    let path = entry(sha256)
    guard let bytes = try? FileSystemPath.contents(of: path) else { return .missing }
    let problem: String
    if let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) {
      let fields = String(decoding: bytes[..<newline], as: UTF8.self).split(separator: " ").map(String.init)
      let body = bytes[(newline + 1)...]
      if fields.count != 3 || fields[0] != Self.entryMark {
        problem = "it does not begin as an entry does"
      } else if fields[1] != sha256 {
        problem = "it holds the result for other content"
      } else if fields[2] != Extractor.sha256(body) {
        problem = "its bytes are not those stored"
      } else if let result = FileResult(Data(body)), result.header.sha256 == sha256 {
        return .found(result)
      } else {
        problem = "it holds no result"
      }
    } else {
      problem = "it does not begin as an entry does"
    }
    unlink(path)
    return .dropped(reason: problem)
  }

  /// Keeps a result under the digest of the bytes it was read from (``FileResult/Header/sha256``);
  /// a failure is not kept, and a cache that cannot be written is no error.
  public func store(_ result: FileResult) {
    guard result.header.status != .failed, let sha256 = result.header.sha256 else { return }
    let path = entry(sha256)
    let body = result.bytes
    var bytes = Data("\(Self.entryMark) \(sha256) \(Extractor.sha256(body))\n".utf8)
    bytes.append(body)
    try? FileManager.default.createDirectory(atPath: WholeFile.split(path).folder, withIntermediateDirectories: true)
    try? bytes.writeWhole(toPath: path)
  }

  /// The first word of every entry.
  private static let entryMark = "mandat-result"

  /// Where the result for a file's content is kept: a path, as a batch asks for thousands.
  private func entry(_ sha256: String) -> String {
    folder.path + "/" + sha256.prefix(2) + "/" + sha256 + ".result"
  }

  /// The SHA-256 of a file's bytes, or `nil` when it cannot be read (the worker reports why).
  public static func sha256(ofFileAt path: String) -> String? {
    guard let data = try? FileSystemPath.contents(of: path) else { return nil }
    return Extractor.sha256(data)
  }
}

extension Vocabulary {
  /// Eight hex digits that change whenever any entry of the vocabulary does.
  public var fingerprint: String {
    let digest = SHA256.hash(data: Data(entryLines.joined(separator: "\n").utf8))
    return digest.prefix(4).hexDigits
  }
}
