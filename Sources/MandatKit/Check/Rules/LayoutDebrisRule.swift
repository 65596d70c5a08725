import Foundation

/// No item carries what layout should have removed: a line-end hyphen fragment, a bullet
/// glyph, a page number, a soft hyphen.
struct LayoutDebrisRule: CheckRule {
  let id = "layout-debris"
  let severity = Finding.Severity.error
  let summary = "No text keeps a line-end hyphen fragment, a bullet glyph, a page number or a soft hyphen."

  func findings(in mandate: Mandate, context: CheckContext) -> [Finding] {
    let suspended = Set(context.vocabulary.suspendedCompoundWords)
    return mandate.sections.flatMap { section in
      section.items.compactMap { item in
        problem(in: item.text, suspended: suspended).map {
          mandate.finding(self, "\($0) in \"\(item.text)\"", section: section, item: item)
        }
      }
        + [problem(in: section.text, suspended: suspended)].compactMap { $0 }.map {
          mandate.finding(self, "\($0) in the text of \"\(section.heading)\"", section: section)
        }
    }
  }

  /// Whether a word of the text ends in a hyphen (before a space or at the end): only then
  /// can it hold a hyphen fragment.
  private static func hasWordEndingInHyphen(_ text: String) -> Bool {
    var previous: UInt8 = 0
    for byte in text.utf8 {
      if previous == UInt8(ascii: "-"), byte == UInt8(ascii: " ") { return true }
      previous = byte
    }
    return previous == UInt8(ascii: "-")
  }

  /// Whether the text holds what ``pageNumber`` needs to match — `ida ` or ` (` between
  /// digits — so that the expression runs only on the few texts that may hold one. Any
  /// non-ASCII byte counts as a digit, as the expression's `\d` takes every script's digits.
  private static func mayHoldPageNumber(_ text: String) -> Bool {
    func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte >= 0x80 }
    let bytes = Array(text.utf8)
    for index in bytes.indices.dropFirst(2).dropLast() where isDigit(bytes[index + 1]) {
      if bytes[index] == UInt8(ascii: "("), bytes[index - 1] == UInt8(ascii: " "), isDigit(bytes[index - 2]) {
        return true
      }
      if bytes[index] == UInt8(ascii: " "), index >= 3, bytes[(index - 3)..<index].elementsEqual("ida".utf8) {
        return true
      }
    }
    return false
  }

  private static let pageNumber = try! NSRegularExpression(pattern: #"\b(?:[Ss]ida \d+ av \d+|\d+ \(\d+\))\b"#)

  private func problem(in text: String, suspended: Set<String>) -> String? {
    if text.unicodeScalars.contains("\u{00AD}") { return "a soft hyphen" }
    if let first = text.first, ListMarker.bullets.contains(first), text.dropFirst().first == " " {
      return "a bullet glyph"
    }
    if Self.mayHoldPageNumber(text),
      Self.pageNumber.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    {
      return "a page number"
    }
    guard Self.hasWordEndingInHyphen(text) else { return nil }
    let words = text.split(separator: " ")
    for (word, next) in zip(words, words.dropFirst()) where word.count > 1 && word.last == "-" {
      let following = next.lowercased()
      if next.first?.isLowercase == true, !suspended.contains(following) {
        return "a hyphen fragment \"\(word) \(next)\""
      }
    }
    if let last = words.last, last.count > 1, last.last == "-" { return "a hyphen fragment \"\(last)\"" }
    return nil
  }
}
