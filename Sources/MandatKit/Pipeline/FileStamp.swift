import Foundation

/// What the file system says of a file without reading it: which file it is, its size and
/// when it was last written. While a file's stamp stays the same its bytes have not been
/// written, so a digest worked out once can be trusted again without reading them — the rule
/// git, make and rsync live by. (A program that writes a file and then sets its modification
/// time back by hand defeats it, as it defeats them.)
public struct FileStamp: Hashable, Sendable, Codable {
  public var device: UInt64
  public var inode: UInt64
  public var size: Int64
  /// Nanoseconds since 1970.
  public var modified: Int64

  /// The stamp of the file at `path`, or `nil` when there is none to stat.
  public init?(path: String) {
    var status = stat()
    guard FileSystemPath.withCString(path, { stat($0, &status) }) == 0 else { return nil }
    device = UInt64(status.st_dev)
    inode = UInt64(status.st_ino)
    size = Int64(status.st_size)
    modified = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
  }

  /// Whether the file was last written a second or more before now. Only such a stamp may
  /// vouch for bytes read now: the file system's clock moves in ticks, and a file written
  /// again within the tick of its last write would keep its modification time.
  public var isSettled: Bool {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    return modified <= (Int64(now.tv_sec) - 1) * 1_000_000_000 + Int64(now.tv_nsec)
  }

  /// One string, `device:inode:size:modified`, so that a record of thousands of files stays
  /// quick to read.
  public init(from decoder: Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    let parts = text.split(separator: ":")
    guard parts.count == 4, let device = UInt64(parts[0]), let inode = UInt64(parts[1]),
      let size = Int64(parts[2]), let modified = Int64(parts[3])
    else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "not a file stamp: \(text)"))
    }
    (self.device, self.inode, self.size, self.modified) = (device, inode, size, modified)
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode("\(device):\(inode):\(size):\(modified)")
  }
}

/// A file's SHA-256 with the stamp the file had when its bytes were read.
public struct StampedDigest: Hashable, Sendable, Codable {
  public var digest: String
  public var stamp: FileStamp

  /// The SHA-256 of the file at `path`: `known`'s when the file still has the stamp it had
  /// then, else worked out from its bytes (`nil` when they cannot be read). `kept` is what may
  /// be trusted next time: nothing for a file written within the last second.
  public static func of(_ path: String, known: StampedDigest?) -> (digest: String?, kept: StampedDigest?) {
    guard let stamp = FileStamp(path: path) else { return (nil, nil) }
    if let known, known.stamp == stamp { return (known.digest, known) }
    guard let digest = ExtractionCache.sha256(ofFileAt: path) else { return (nil, nil) }
    return (digest, stamp.isSettled ? StampedDigest(digest: digest, stamp: stamp) : nil)
  }

  /// The SHA-256 of each file in `paths`, on every core, each taken from `known` (by path)
  /// where the stamp allows; `kept`, by path, is what the next run may trust.
  public static func of(_ paths: [String], known: [String: StampedDigest]) -> (
    digests: [String?], kept: [String: StampedDigest]
  ) {
    let found = paths.concurrentMap { of($0, known: known[$0]) }
    let kept = zip(paths, found).compactMap { path, found in found.kept.map { (path, $0) } }
    return (found.map(\.digest), Dictionary(kept) { first, _ in first })
  }
}
