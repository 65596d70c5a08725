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
}
