import Foundation

/// The table of contents of a ZIP package, read and checked here before ZIPFoundation is let
/// near the bytes: ZIPFoundation trusts every offset and size a package declares, and traps on one
/// that points past the end of the data (a package with bytes cut out of its middle).
///
/// Every place ZIPFoundation would seek to is checked to lie within the package: the end record,
/// the central directory, each entry's local header and its data, and a data descriptor's sizes
/// (which ZIPFoundation prefers to the directory's) must agree with the directory. What the
/// entries declare they unpack to is kept, so that limits are checked before anything is inflated.
struct ZIPTableOfContents {
  struct Entry: Equatable {
    var compressedSize: UInt64
    var uncompressedSize: UInt64
  }

  /// By name; the first of two entries of one name, as ZIPFoundation finds it.
  private(set) var entries: [String: Entry] = [:]

  /// What is wrong with a package, in words for ``ReadError/damaged(path:format:detail:)``.
  struct Problem: Error, Equatable {
    var detail: String
  }

  private static let endRecordSize = 22
  private static let centralHeaderSize = 46
  private static let localHeaderSize = 30

  init(_ data: Data) throws(Problem) {
    let bytes = Bytes(data: data)
    guard let end = Self.endRecord(bytes) else {
      throw Problem(detail: "its ZIP package has no table of contents; it looks truncated")
    }
    var count = UInt64(bytes.u16(end + 10))
    var size = UInt64(bytes.u32(end + 12))
    var start = UInt64(bytes.u32(end + 16))
    var directoryLimit = UInt64(end)
    // A ZIP64 record right before its locator, right before the end record, overrides it, as in ZIPFoundation.
    let record = end - 20 - 56
    if record >= 0, bytes.u32(end - 20) == 0x0706_4B50, bytes.u32(record) == 0x0606_4B50 {
      count = bytes.u64(record + 32)
      size = bytes.u64(record + 40)
      start = bytes.u64(record + 48)
      directoryLimit = UInt64(record)
    } else if count == 0xFFFF || size == 0xFFFF_FFFF || start == 0xFFFF_FFFF {
      throw Problem(detail: "its ZIP64 table of contents is missing")
    }
    guard start <= directoryLimit, size <= directoryLimit - start else {
      throw Problem(detail: "its table of contents points past the end of the file; bytes are missing")
    }
    var position = Int(start)
    let directoryEnd = Int(start + size)
    for _ in 0..<count {
      guard position + Self.centralHeaderSize <= directoryEnd, bytes.u32(position) == 0x0201_4B50 else {
        throw Problem(detail: "its table of contents is cut short or garbled")
      }
      let nameLength = bytes.u16(position + 28)
      let extraLength = bytes.u16(position + 30)
      let next = position + Self.centralHeaderSize + nameLength + extraLength + bytes.u16(position + 32)
      guard next <= directoryEnd else { throw Problem(detail: "its table of contents is cut short or garbled") }
      let name = String(decoding: bytes.slice(position + 46, nameLength), as: UTF8.self)
      let entry = try Self.entry(at: position, extra: position + 46 + nameLength, extraLength, in: bytes, below: start)
      if entries[name] == nil { entries[name] = entry }
      position = next
    }
  }

  /// The end-of-central-directory record, searched for from the end as ZIPFoundation searches.
  private static func endRecord(_ bytes: Bytes) -> Int? {
    guard bytes.count >= endRecordSize else { return nil }
    let lowest = max(0, bytes.count - endRecordSize - 0xFFFF)
    return stride(from: bytes.count - endRecordSize, through: lowest, by: -1).first {
      bytes.u32($0) == 0x0605_4B50
    }
  }

  /// One entry of the directory, its local header and data checked to lie before the directory.
  private static func entry(at header: Int, extra: Int, _ extraLength: Int, in bytes: Bytes, below start: UInt64)
    throws(Problem) -> Entry
  {
    let flags = bytes.u16(header + 8)
    let method = bytes.u16(header + 10)
    var entry = Entry(compressedSize: UInt64(bytes.u32(header + 20)), uncompressedSize: UInt64(bytes.u32(header + 24)))
    var offset = UInt64(bytes.u32(header + 42))
    let zip64 = zip64Field(bytes, from: extra, length: extraLength)
    if let zip64 {
      var field = zip64.lowerBound
      func next() -> UInt64? {
        guard field + 8 <= zip64.upperBound else { return nil }
        defer { field += 8 }
        return bytes.u64(field)
      }
      if entry.uncompressedSize == 0xFFFF_FFFF, let value = next() { entry.uncompressedSize = value }
      if entry.compressedSize == 0xFFFF_FFFF, let value = next() { entry.compressedSize = value }
      if offset == 0xFFFF_FFFF, let value = next() { offset = value }
    }
    let damaged = Problem(detail: "a part lies outside the package or its sizes disagree; bytes are missing")
    guard start >= UInt64(localHeaderSize), offset <= start - UInt64(localHeaderSize),
      bytes.u32(Int(offset)) == 0x0403_4B50
    else { throw damaged }
    let dataStart = offset + UInt64(localHeaderSize) + UInt64(bytes.u16(Int(offset) + 26) + bytes.u16(Int(offset) + 28))
    // ZIPFoundation reads a stored entry's data by its uncompressed size.
    let stored = method == 0
    guard !stored || entry.compressedSize == entry.uncompressedSize, dataStart <= start,
      entry.compressedSize <= start - dataStart
    else { throw damaged }
    if flags & 0x08 != 0 {
      let isZIP64 = bytes.u16(header + 6) & 0xFF >= 45 || zip64 != nil
      let descriptor = Int(dataStart + entry.compressedSize)
      let length = isZIP64 ? 24 : 16
      if descriptor + length <= bytes.count {
        let sizes = descriptor + (bytes.u32(descriptor) == 0x0807_4B50 ? 8 : 4)
        let declared =
          isZIP64
          ? Entry(compressedSize: bytes.u64(sizes), uncompressedSize: bytes.u64(sizes + 8))
          : Entry(compressedSize: UInt64(bytes.u32(sizes)), uncompressedSize: UInt64(bytes.u32(sizes + 4)))
        guard declared == entry else { throw damaged }
      }
    }
    return entry
  }

  /// The ZIP64 extended information in an entry's extra field, if it has one.
  private static func zip64Field(_ bytes: Bytes, from start: Int, length: Int) -> Range<Int>? {
    var position = start
    while position + 4 <= start + length {
      let size = bytes.u16(position + 2)
      guard position + 4 + size <= start + length else { return nil }
      if bytes.u16(position) == 0x0001 { return position + 4..<position + 4 + size }
      position += 4 + size
    }
    return nil
  }

  /// Little-endian integers at offsets from the start of the data; reads past its end give zero.
  private struct Bytes {
    let data: Data
    var count: Int { data.count }

    func u16(_ offset: Int) -> Int { Int(value(offset, 2)) }
    func u32(_ offset: Int) -> Int { Int(value(offset, 4)) }
    func u64(_ offset: Int) -> UInt64 { value(offset, 8) }

    /// `length` bytes from `offset`, which the caller has checked lie within the data.
    func slice(_ offset: Int, _ length: Int) -> Data {
      data[data.startIndex + offset..<data.startIndex + offset + length]
    }

    private func value(_ offset: Int, _ length: Int) -> UInt64 {
      guard offset >= 0, offset <= count - length else { return 0 }
      var result: UInt64 = 0
      for index in (0..<length).reversed() {
        result = result << 8 | UInt64(data[data.startIndex + offset + index])
      }
      return result
    }
  }
}
