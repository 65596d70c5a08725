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

  private static let pageNumber = try! NSRegularExpression(pattern: #"\b(?:[Ss]ida \d+ av \d+|\d+ \(\d+\))\b"#)

  private func problem(in text: String, suspended: Set<String>) -> String? {
    if text.contains("\u{00AD}") { return "a soft hyphen" }
    if let first = text.first, ListMarker.bullets.contains(first), text.dropFirst().first == " " {
      return "a bullet glyph"
    }
    if text.contains("ida ") || text.contains("("),
      Self.pageNumber.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    {
      return "a page number"
    }
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
