import Foundation
import Testing

@testable import MandatKit

/// A digest is read again from a file's bytes only when its stamp says it may have been
/// written since.
@Suite struct FileStampTests {
  /// A file in a folder of its own, last written `age` seconds ago.
  static func file(_ text: String, age: TimeInterval) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandat-stamp-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("a.txt").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -age)], ofItemAtPath: path)
    return path
  }

  static func remove(_ path: String) {
    try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
  }

  static let abcDigest = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"

  @Test func aSettledFileIsReadOnceAndTrustedAfter() throws {
    let path = try Self.file("abc", age: 60)
    defer { Self.remove(path) }
    let first = StampedDigest.of(path, known: nil)
    #expect(first.digest == Self.abcDigest)
    let kept = try #require(first.kept)
    #expect(kept.stamp == FileStamp(path: path))
    #expect(kept.stamp.size == 3)
    // Not read again: a digest known under the same stamp is taken as it is.
    let trusted = StampedDigest(digest: "known", stamp: kept.stamp)
    #expect(StampedDigest.of(path, known: trusted).digest == "known")
  }

  /// A file written again, even to the same size, gets a new stamp and is read again.
  @Test func aRewrittenFileIsReadAgain() throws {
    let path = try Self.file("abc", age: 60)
    defer { Self.remove(path) }
    let kept = try #require(StampedDigest.of(path, known: nil).kept)
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.write(contentsOf: Data("xyz".utf8))
    try handle.close()
    let again = StampedDigest.of(path, known: kept)
    #expect(again.digest == Extractor.sha256(Data("xyz".utf8)))
    #expect(again.digest != kept.digest)
    #expect(FileStamp(path: path)?.inode == kept.stamp.inode)
  }

  /// A file written within the last second could be written again within the same tick of
  /// the file system's clock without a new stamp: its digest is not kept for next time.
  @Test func aFreshFileIsNotTrustedNextTime() throws {
    let path = try Self.file("abc", age: 0)
    defer { Self.remove(path) }
    let found = StampedDigest.of(path, known: nil)
    #expect(found.digest == Self.abcDigest)
    #expect(found.kept == nil)
    #expect(FileStamp(path: path)?.isSettled == false)
  }

  @Test func aMissingFileHasNoStampNorDigest() {
    #expect(FileStamp(path: "/nonexistent/a.txt") == nil)
    let found = StampedDigest.of("/nonexistent/a.txt", known: nil)
    #expect(found.digest == nil && found.kept == nil)
  }

  @Test func aStampIsKeptAsOneString() throws {
    let stamp = try JSONDecoder().decode(FileStamp.self, from: Data(#""2049:131:3:1700000000123456789""#.utf8))
    #expect(
      stamp.device == 2049 && stamp.inode == 131 && stamp.size == 3 && stamp.modified == 1_700_000_000_123_456_789)
    #expect(String(decoding: try JSONEncoder().encode(stamp), as: UTF8.self) == #""2049:131:3:1700000000123456789""#)
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(FileStamp.self, from: Data(#""2049:131""#.utf8)) }
  }
}
