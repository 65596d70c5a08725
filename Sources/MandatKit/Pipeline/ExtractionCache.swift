import Crypto
import Foundation

/// Results kept by the content of the file they came from, so that a rerun over an unchanged
/// folder does no extraction work.
///
/// A result is keyed by the SHA-256 of the file's bytes, under a folder named by Mandat's
/// version, the layout of what is kept and the vocabulary in use: a new version, a build that
/// keeps results in another layout, or another vocabulary never sees an old result. Mandates
/// and non-mandates are kept; failures are not (a file that timed out may succeed on a quieter
/// machine). Deleting the folder clears the cache.
public struct ExtractionCache: Sendable {
  public var folder: URL

  /// `folder/<version>-k<layout>-<vocabulary digest>/`.
  public init(root: URL, version: String, vocabulary: Vocabulary) {
    folder = root.appendingPathComponent("\(version)-k\(Self.layout)-\(vocabulary.fingerprint)", isDirectory: true)
  }

  /// The layout of what the cache keeps (``FileResult/bytes``, ``RunRecord``), raised with every
  /// change to either: an entry in another layout could be misread rather than refused.
  static let layout = 3

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

  /// The result kept for a file's content, as it was stored (see ``FileResult/serving(_:checker:)``).
  public func result(sha256: String) -> FileResult? {
    (try? Data(contentsOf: URL(fileURLWithPath: entry(sha256), isDirectory: false))).flatMap(FileResult.init)
  }

  /// Keeps a result; a failure is not kept, and a cache that cannot be written is no error.
  public func store(_ result: FileResult, sha256: String) {
    if result.header.status == .failed { return }
    let path = entry(sha256)
    try? FileManager.default.createDirectory(atPath: WholeFile.split(path).folder, withIntermediateDirectories: true)
    try? result.bytes.writeWhole(toPath: path)
  }

  /// Where the result for a file's content is kept: a path, as a batch asks for thousands.
  private func entry(_ sha256: String) -> String {
    folder.path + "/" + sha256.prefix(2) + "/" + sha256 + ".result"
  }

  /// The SHA-256 of a file's bytes, or `nil` when it cannot be read (the worker reports why).
  public static func sha256(ofFileAt path: String) -> String? {
    guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe) else { return nil }
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
