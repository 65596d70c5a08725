/// Undoes what typesetting does to characters and a reader does not see: ligatures drawn as
/// one glyph (`ﬁ` → `fi`) and soft hyphens inside a line, where they did not break the word.
///
/// A soft hyphen at the end of a line stays: it is a break, for ``Dehyphenation`` to join.
enum Glyphs {
  static let ligatures: [Character: String] = [
    "\u{FB00}": "ff", "\u{FB01}": "fi", "\u{FB02}": "fl", "\u{FB03}": "ffi", "\u{FB04}": "ffl", "\u{FB05}": "st",
    "\u{FB06}": "st",
  ]

  static func normalized(_ line: Line) -> Line {
    // Looked for span by span: most lines have neither, and need not be joined to tell.
    guard
      line.spans.contains(where: { span in
        span.text.unicodeScalars.contains { (0xFB00...0xFB06).contains($0.value) || $0.value == 0xAD }
      })
    else { return line }
    let text = line.text
    var lastVisible = text.lastIndex { !$0.isWhitespace }
    // A browser draws the hyphen of a soft hyphen where it breaks the line and keeps the soft
    // hyphen after it: the drawn hyphen is the break.
    if let last = lastVisible, text[last] == "\u{00AD}", last > text.startIndex,
      Dehyphenation.hyphens.contains(text[text.index(before: last)])
    {
      lastVisible = nil
    }
    var normalized = line
    var offset = text.startIndex
    normalized.spans = line.spans.map { span in
      var span = span
      var result = ""
      for character in span.text {
        defer { offset = text.index(after: offset) }
        if let expansion = ligatures[character] {
          result += expansion
        } else if character != "\u{00AD}" || offset == lastVisible {
          result.append(character)
        }
      }
      span.text = result
      return span
    }
    return normalized
  }
}
