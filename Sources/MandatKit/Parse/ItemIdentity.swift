import Crypto
import Foundation

/// The stable identity of an item: what stays the same when only typography changes.
enum ItemIdentity {
  /// `generalTasks-3f9a12c0`: the section key and the first 8 hex digits of the SHA-256 of
  /// the comparable form of the text.
  static func id(key: String, text: String) -> String {
    let digest = SHA256.hash(data: Data(comparableForm(text).utf8))
    return key + "-" + digest.prefix(4).hexDigits
  }

  /// Lowercase, straight quotes and hyphens, single spaces, no closing punctuation.
  static func comparableForm(_ text: String) -> String {
    var form = folded(text).singleSpaced
    while let last = form.last, ".;,:!".contains(last) || last.isWhitespace { form.removeLast() }
    return form
  }

  /// Lowercase, with typographic quotes and dashes as straight ones: what a reader does not
  /// tell apart.
  static func folded(_ text: String) -> String {
    let lowered = text.lowercasedQuickly
    // Every mark folded here is encoded starting with 0xC2 or 0xE2: most texts have none.
    guard lowered.utf8.contains(where: { $0 == 0xC2 || $0 == 0xE2 }) else { return lowered }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(lowered.utf8.count)
    for scalar in lowered.unicodeScalars {
      switch scalar {
      case "“", "”", "„", "«", "»": bytes.append(UInt8(ascii: "\""))
      case "‘", "’", "‚": bytes.append(UInt8(ascii: "'"))
      case "–", "—", "‐", "‑": bytes.append(UInt8(ascii: "-"))
      default: bytes.append(contentsOf: scalar.utf8)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

extension Sequence<UInt8> {
  /// The bytes as lowercase hexadecimal digits: how Mandat writes every SHA-256 it shows.
  var hexDigits: String {
    let digits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    text.reserveCapacity(underestimatedCount * 2)
    for byte in self {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: text, as: UTF8.self)
  }
}
