/// Quicker ways to ask what the standard library answers for any text, for the Latin script
/// with its common punctuation that mandates are written in; other text takes the general way.
extension StringProtocol {
  /// `count`, without grapheme breaking where no scalar of the text can join its neighbour
  /// into one character (Latin letters without combining marks, dashes, quotes, bullets):
  /// then each scalar is a character of its own, but for a carriage return and line feed.
  var characterCount: Int {
    var count = 0
    var previous: Unicode.Scalar = "\0"
    for scalar in unicodeScalars {
      guard Self.standsAlone(scalar) else { return self.count }
      if !(previous == "\r" && scalar == "\n") { count += 1 }
      previous = scalar
    }
    return count
  }

  /// `prefix { !$0.isWhitespace }.count`, counted as scalars where these stand alone (see
  /// ``characterCount``).
  var firstWordCharacterCount: Int {
    var count = 0
    for scalar in unicodeScalars {
      guard Self.standsAlone(scalar) else { return prefix { !$0.isWhitespace }.count }
      if scalar.isSpace { return count }
      count += 1
    }
    return count
  }

  /// Whether each scalar is a character of its own (see ``characterCount``), a carriage
  /// return included: then the scalars can stand for the characters.
  var scalarsAreCharacters: Bool {
    unicodeScalars.allSatisfy { Self.standsAlone($0) && $0 != "\r" }
  }

  /// A scalar that never joins another into one character: below the combining accents
  /// (U+0300), the dashes, quotes, bullets and other general punctuation without the joiners
  /// and format controls, and the euro sign.
  private static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x300 || (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value) || value == 0x20AC
  }

  /// `lowercased()`, with ASCII and Latin-1 letters (`Å`, `Ä`, `Ö`, `É`) lowered by their
  /// code points rather than a string per scalar; the standard library lowers a scalar at a
  /// time, so the rest lowers the same scalar by scalar.
  var lowercasedQuickly: String {
    if utf8.allSatisfy({ $0 < 0x80 }) { return lowercased() }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count)
    for scalar in unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        bytes.append(UInt8(truncatingIfNeeded: (0x41...0x5A).contains(value) ? value + 0x20 : value))
      } else if value < 0x100 {
        // À–Þ lower to à–þ, 0x20 on; × (U+00D7) has no case.
        let lower = (0xC0...0xDE).contains(value) && value != 0xD7 ? value + 0x20 : value
        bytes.append(UInt8(truncatingIfNeeded: 0xC0 | lower >> 6))
        bytes.append(UInt8(truncatingIfNeeded: 0x80 | lower & 0x3F))
      } else {
        bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
