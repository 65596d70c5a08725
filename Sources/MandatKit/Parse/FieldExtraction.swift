import Foundation

/// Reads structured fields out of the wording of a mandate, by the phrases of the vocabulary.
struct FieldExtraction {
  var vocabulary: Vocabulary
  /// `Region Kalmar län`, `Region Östergötland`, `Region Jämtland Härjedalen`.
  static let region = try! NSRegularExpression(
    pattern: #"\bRegion[ \u00A0][A-ZÅÄÖ][\p{L}-]+(?:[ \u00A0][A-ZÅÄÖ][\p{L}-]+)?(?:[ \u00A0]län)?"#)

  /// `Uppdragsbeskrivning för regional samverkansgrupp vaccinationer i Sydöstra
  /// sjukvårdsregionen` → RSG, `vaccinationer`, `Sydöstra sjukvårdsregionen`.
  func group(fromTitle title: String) -> Group? {
    let phrases = vocabulary.groupKinds.flatMap { kind, phrases in phrases.map { (kind, $0) } }
      .sorted { ($0.1.count, $1.0) > ($1.1.count, $0.0) }
    for (kind, phrase) in phrases {
      guard let range = Self.wordRange(of: phrase, in: title) else { continue }
      let rest = title[range.upperBound...].trimmingWhitespace
      guard !rest.isEmpty else { continue }
      if let split = rest.range(of: " i ", options: .backwards) {
        return Group(
          kind: kind, name: String(rest[..<split.lowerBound]), organization: String(rest[split.upperBound...]))
      }
      return Group(kind: kind, name: rest, organization: nil)
    }
    return nil
  }

  /// Member regions named anywhere (`Region Kalmar län`), in order of first mention.
  func regions(in texts: [String]) -> [String] {
    var found: [String] = []
    for text in texts {
      // Every match holds the word `Region`: most texts have none to look for.
      guard text.containsBytes(of: "Region") else { continue }
      for match in Self.region.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
        let name = String(text[Range(match.range, in: text)!])
        if !found.contains(name) { found.append(name) }
      }
    }
    return found
  }

  /// The employer after *anställd av*, up to the end of the clause: a punctuation mark or a
  /// word that goes on to something else (*… Region Östergötland och utses av …*).
  func employer(in text: String, plural: Bool = false) -> String? {
    let phrases = vocabulary.employmentPhrases.filter { !plural || $0.hasPrefix("anställda") }
    for phrase in phrases.sorted(by: { $0.count > $1.count }) {
      guard let range = Self.wordRange(of: phrase, in: text) else { continue }
      let clause = text[range.upperBound...].prefix { !".,;:".contains($0) }
      let words = clause.split(separator: " ").prefix { !vocabulary.employerEndWords.contains(String($0)) }
      if !words.isEmpty { return words.joined(separator: " ") }
    }
    return nil
  }

  /// The rotation period in years, from the longest rotation phrase found.
  func rotationYears(in text: String) -> Int? {
    vocabulary.rotationPhrases.sorted { ($0.key.count, $1.key) > ($1.key.count, $0.key) }
      .first { Self.wordRange(of: $0.key, in: text) != nil }?.value
  }

  /// `phrase` in `text` as whole words, ignoring case.
  private static func wordRange(of phrase: String, in text: String) -> Range<String.Index>? {
    var searched = text.startIndex..<text.endIndex
    while let found = text.range(of: phrase, options: .caseInsensitive, range: searched) {
      let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
      let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
      if !(before.map(isWordCharacter) ?? false), !(after.map(isWordCharacter) ?? false) { return found }
      searched = text.index(after: found.lowerBound)..<text.endIndex
    }
    return nil
  }

  private static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber
  }
}
