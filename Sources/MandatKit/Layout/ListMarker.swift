/// The bullet or number that opens a list item: `•`, `–`, `▪`, `o`, `1.`, `1)`, `a)`.
enum ListMarker {
  /// Bullet glyphs, including the private-use ones of the Symbol and Wingdings fonts.
  static let bullets = Set("•●▪■◦○–—-*·➢✓o\u{F0B7}\u{F0A7}\u{F076}")

  /// A line holding nothing but a bullet glyph or a number label.
  static func isLoneMarker(_ line: String) -> Bool {
    itemText(line + " x") == "x"
  }

  /// The text after the marker, or `nil` when the line does not open a list item.
  static func itemText(_ line: String) -> Substring? {
    if surelyOpensNoItem(line) { return nil }
    let trimmed = line.drop(while: \.isWhitespace)
    guard let first = trimmed.first else { return nil }
    let afterGlyph = trimmed.dropFirst()
    if bullets.contains(first), afterGlyph.first?.isWhitespace == true {
      return afterGlyph.drop(while: \.isWhitespace)
    }
    let label = trimmed.prefix(4).prefix { $0.isNumber || $0.isLetter }
    let rest = trimmed.dropFirst(label.count)
    guard !label.isEmpty, label.count <= 3, label.allSatisfy(\.isNumber) || label.count == 1,
      let close = rest.first, close == "." || close == ")",
      rest.dropFirst().first?.isWhitespace == true
    else { return nil }
    return rest.dropFirst().drop(while: \.isWhitespace)
  }

  /// Whether the line surely opens no item, told from its first characters where these are
  /// plain ASCII: it starts with a word of more than one letter, or with a character that is
  /// neither a bullet nor a letter or digit. `false` means only that it needs the full look.
  private static func surelyOpensNoItem(_ line: String) -> Bool {
    line.utf8.withContiguousStorageIfAvailable { bytes in
      // Each of the first four bytes is a character of its own when the fifth is ASCII too
      // (no combining accent follows); no carriage return, which joins a line feed.
      guard !bytes.isEmpty, bytes.prefix(5).allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) else {
        return false
      }
      let known = min(bytes.count, 4)
      let first = bytes[0]
      guard isAlphanumeric(first) else {
        // Whitespace and the ASCII bullets need the full look.
        return first > 0x20 && first != UInt8(ascii: "-") && first != UInt8(ascii: "*")
      }
      if first == UInt8(ascii: "o") { return false }
      var length = 1
      while length < known, isAlphanumeric(bytes[length]) { length += 1 }
      // A label is at most three characters, and only a number may be longer than one.
      return length == 4 || (length > 1 && !bytes[..<length].allSatisfy(isDigit))
    } ?? false
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  private static func isAlphanumeric(_ byte: UInt8) -> Bool {
    isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
  }
}
