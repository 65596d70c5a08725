/// Text handling on UTF-8 bytes: the text of every line and block passes through these,
/// and working on bytes spares building strings a scalar at a time.
///
/// Whitespace is Unicode's White_Space property, as `Unicode.Scalar.isSpace` tells it.
extension StringProtocol {
  /// Whether the text holds `word`, byte for byte.
  func containsBytes(of word: String) -> Bool {
    let needle = Array(word.utf8)
    guard let first = needle.first else { return true }
    return withUTF8Bytes { bytes in
      guard bytes.count >= needle.count else { return false }
      for start in 0...(bytes.count - needle.count) where bytes[start] == first {
        if needle.indices.allSatisfy({ bytes[start + $0] == needle[$0] }) { return true }
      }
      return false
    }
  }

  /// Without whitespace at either end.
  var trimmingWhitespace: String {
    withUTF8Bytes { bytes in
      var start = 0
      var end = bytes.count
      while start < end, let length = UTF8Whitespace.length(in: bytes, at: start) { start += length }
      while end > start, let length = UTF8Whitespace.length(in: bytes, endingAt: end) { end -= length }
      if start == 0, end == bytes.count, let string = self as? String { return string }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
  }

  /// Runs of whitespace (including no-break spaces) as one space, no space at either end.
  var singleSpaced: String {
    withUTF8Bytes { bytes in
      if UTF8Whitespace.isSingleSpaced(bytes), let string = self as? String { return string }
      return String(unsafeUninitializedCapacity: bytes.count) { result in
        var count = 0
        var pendingSpace = false
        var index = 0
        while index < bytes.count {
          if let length = UTF8Whitespace.length(in: bytes, at: index) {
            pendingSpace = count > 0
            index += length
            continue
          }
          if pendingSpace {
            result[count] = UInt8(ascii: " ")
            count += 1
            pendingSpace = false
          }
          // A byte that starts no whitespace is copied as is, continuation bytes included.
          result[count] = bytes[index]
          count += 1
          index += 1
        }
        return count
      }
    }
  }

  /// Calls `body` with the text's UTF-8, copying it only where it is not stored contiguously.
  func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
    var copy = String(self)
    return copy.withUTF8(body)
  }
}

/// Finds White_Space scalars in valid UTF-8 without decoding it: U+0009–U+000D, U+0020,
/// U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000.
enum UTF8Whitespace {
  /// The length in bytes of the whitespace scalar starting at `index`, or `nil` where none does.
  @inline(__always)
  static func length(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    let lead = bytes[index]
    if lead < 0x80 { return lead == 0x20 || (0x09...0x0D).contains(lead) ? 1 : nil }
    guard lead == 0xC2 || lead == 0xE1 || lead == 0xE2 || lead == 0xE3 else { return nil }
    let second = bytes[index + 1]
    if lead == 0xC2 { return second == 0x85 || second == 0xA0 ? 2 : nil }
    return isWhitespace(lead, second, bytes[index + 2]) ? 3 : nil
  }

  /// The length in bytes of the whitespace scalar ending just before `end`, or `nil`.
  @inline(__always)
  static func length(in bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Int? {
    let last = bytes[end - 1]
    if last < 0x80 { return last == 0x20 || (0x09...0x0D).contains(last) ? 1 : nil }
    if end >= 2, bytes[end - 2] == 0xC2 { return last == 0x85 || last == 0xA0 ? 2 : nil }
    if end >= 3, isWhitespace(bytes[end - 3], bytes[end - 2], last) { return 3 }
    return nil
  }

  /// Whether the three bytes of a scalar encode one of the whitespace scalars above U+07FF.
  @inline(__always)
  private static func isWhitespace(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
    switch (first, second) {
    case (0xE1, 0x9A): return third == 0x80
    case (0xE2, 0x80): return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF
    case (0xE2, 0x81): return third == 0x9F
    case (0xE3, 0x80): return third == 0x80
    default: return false
    }
  }

  /// Whether single-spacing would leave the text as it is: its only whitespace is single
  /// spaces between other characters.
  static func isSingleSpaced(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var previousWasSpace = true
    for index in bytes.indices {
      let byte = bytes[index]
      if byte == 0x20 {
        if previousWasSpace { return false }
        previousWasSpace = true
      } else {
        if length(in: bytes, at: index) != nil { return false }
        previousWasSpace = false
      }
    }
    return !previousWasSpace || bytes.isEmpty
  }
}
