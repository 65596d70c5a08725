/// The bullet or number that opens a list item: `•`, `–`, `▪`, `o`, `1.`, `1)`, `a)`, `iv.`.
public enum ListMarker {
  /// Bullet glyphs, including the private-use ones of the Symbol and Wingdings fonts.
  static let bullets = Set("•●▪■◦○–—-*·➢✓o\u{F0B7}\u{F0A7}\u{F076}")
  /// Bullets that never begin a word or a number, so that the text may follow with no
  /// space: a producer that sets the item text at a tab stop writes none.
  static let wordlessBullets = Set("•●▪■◦○➢✓·\u{F0B7}\u{F0A7}\u{F076}")

  /// A glyph that is a bullet wherever it opens a line: one listed, a private-use glyph of
  /// a symbol font, a character a font could not map, or a symbol such as `►` or `❖`.
  static func isBullet(_ character: Character, needingSpace: Bool) -> Bool {
    if (needingSpace ? bullets : wordlessBullets).contains(character) { return true }
    guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return false }
    return (0xE000...0xF8FF).contains(scalar.value) || scalar == "\u{FFFD}"
      || scalar.properties.generalCategory == .otherSymbol
  }

  /// Whether a line opens a list item by a marker of its own, typed (`1.`, `a)`, `iv.`, `•`),
  /// or is nothing but one.
  public static func opensItem(_ line: String) -> Bool {
    itemText(line) != nil || isLoneMarker(line)
  }

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
    if afterGlyph.first?.isWhitespace == true, isBullet(first, needingSpace: true) {
      return afterGlyph.drop(while: \.isWhitespace)
    }
    if let next = afterGlyph.first, next.isLetter || next.isNumber, isBullet(first, needingSpace: false) {
      return afterGlyph
    }
    let label = trimmed.prefix(5).prefix { $0.isNumber || $0.isLetter }
    let rest = trimmed.dropFirst(label.count)
    guard !label.isEmpty, label.count <= 3 && label.allSatisfy(\.isNumber) || label.count == 1 || isRoman(label),
      let close = rest.first, close == "." || close == ")",
      rest.dropFirst().first?.isWhitespace == true
    else { return nil }
    return rest.dropFirst().drop(while: \.isWhitespace)
  }

  /// A line opening with one glyph in a symbol font (Symbol, Wingdings, Zapf Dingbats):
  /// whatever character the font maps it to (`l`, `§`, `Ø`), it is a bullet.
  static func symbolFontBulletRead(_ line: Line) -> Line {
    // The glyph first: a span of one character is rare, a font name's look-up costs more.
    guard let first = line.spans.first, first.text.utf8.count <= 8, first.text.trimmingWhitespace.count == 1,
      let name = first.font?.name.lowercased(), symbolFonts.contains(where: name.contains)
    else { return line }
    var read = line
    read.spans[0].text = "•"
    return read
  }

  private static let symbolFonts = ["symbol", "wingdings", "dingbats", "webdings"]

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
      // A label is at most three characters, and only a number or a roman numeral (`viii`)
      // may be longer than one.
      let isRoman = bytes[..<length].allSatisfy { "ivxIVX".utf8.contains($0) }
      return (length == 4 && !isRoman) || (length > 1 && !bytes[..<length].allSatisfy(isDigit) && !isRoman)
    } ?? false
  }

  /// A roman numeral of a list's first dozen items, in lowercase or capitals: `ii`, `iv`, `XII`.
  private static func isRoman(_ label: Substring) -> Bool {
    romanNumerals.contains(label.lowercased())
  }

  private static let romanNumerals: Set<String> = [
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
  ]

  private static func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  private static func isAlphanumeric(_ byte: UInt8) -> Bool {
    isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
  }
}
