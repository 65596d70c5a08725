import Foundation

/// Reads structured fields out of the wording of a mandate, by the phrases of the vocabulary.
struct FieldExtraction {
  var vocabulary: Vocabulary
  /// `Region Kalmar län`, `Region Östergötland`, `Region Jämtland Härjedalen`, and the one
  /// region named otherwise, `Västra Götalandsregionen`; a name never runs on into the next
  /// (`Region Skåne Region Blekinge` is two).
  static let region = try! NSRegularExpression(
    pattern:
      #"\b(?:Region[ \u00A0][A-ZÅÄÖ][\p{L}-]+(?:[ \u00A0](?!Region\b)[A-ZÅÄÖ][\p{L}-]+)?(?:[ \u00A0]län)?|Västra[ \u00A0]Götalandsregionen)"#
  )

  /// `Uppdragsbeskrivning för regional samverkansgrupp vaccinationer i Sydöstra
  /// sjukvårdsregionen` → RSG, `vaccinationer`, `Sydöstra sjukvårdsregionen`.
  func group(fromTitle title: String) -> Group? {
    let phrases = vocabulary.groupKinds.flatMap { kind, phrases in phrases.map { (kind, $0) } }
      .sorted { ($0.1.count, $1.0) > ($1.1.count, $0.0) }
    for (kind, phrase) in phrases {
      guard let range = Self.wordRange(of: phrase, in: title) else { continue }
      var rest = Self.droppingShortForm(title[range.upperBound...].trimmingWhitespace)
      if rest.hasPrefix("för ") { rest = rest.dropFirst(4).trimmingWhitespace }
      guard !rest.isEmpty else { continue }
      if let split = rest.range(of: " i ", options: .backwards) {
        return Group(
          kind: kind, name: String(rest[..<split.lowerBound]), organization: String(rest[split.upperBound...]))
      }
      // A dash or a comma sets apart what follows the name: its sjukvårdsregion, or the
      // document's kind (*– uppdragsbeskrivning*).
      for separator in [" – ", " — ", " - ", ", "] {
        guard let split = rest.range(of: separator, options: .backwards) else { continue }
        let after = rest[split.upperBound...].trimmingWhitespace
        let name = String(rest[..<split.lowerBound])
        if MandateDetector.namesAMandate(after.lowercased()) {
          return Group(kind: kind, name: name, organization: nil)
        }
        if organization(in: [after]) == after { return Group(kind: kind, name: name, organization: after) }
      }
      return Group(kind: kind, name: rest, organization: nil)
    }
    return nil
  }

  /// `(RAG) diabetes` → `diabetes`: an abbreviation in parentheses right after the kind's
  /// phrase (*regional arbetsgrupp (RAG) diabetes*) is the kind's short form, not the name's.
  private static func droppingShortForm(_ rest: String) -> String {
    guard rest.first == "(", let close = rest.firstIndex(of: ")") else { return rest }
    let inside = rest[rest.index(after: rest.startIndex)..<close]
    guard (2...6).contains(inside.count), inside.allSatisfy({ $0.isUppercase }) else { return rest }
    return rest[rest.index(after: close)...].trimmingWhitespace
  }

  /// `Sjukvårdsregion Mellansverige`, `Sjukvårdsregion Stockholm–Gotland`, `sjukvårdsregion
  /// Stockholm-Gotland` in a sentence.
  static let regionFirst = try! NSRegularExpression(
    pattern: #"\b[Ss]jukvårdsregion[ \u00A0]+\p{Lu}\p{L}*(?:[-–]\p{Lu}\p{L}*)?(?!\p{L})"#)
  /// `Norra sjukvårdsregionen`, `Uppsala-Örebro sjukvårdsregion`, `Västra sjukvårdsregionens`.
  static let nameFirst = try! NSRegularExpression(
    pattern: #"(?<!\p{L})(\p{Lu}\p{L}*(?:[-–]\p{Lu}\p{L}*)?)[ \u00A0]+(sjukvårdsregion(?:en)?)s?(?!\p{L})"#)

  /// The sjukvårdsregion a mandate names most often in `texts` (its running headers and
  /// footers, front matter and text, in reading order), the first named on a tie: the
  /// organisation of a mandate whose title names none. `Norra sjukvårdsregionen` and
  /// `Sjukvårdsregion Mellansverige` are names, a genitive is read as its name (`Västra
  /// sjukvårdsregionens` → `Västra sjukvårdsregionen`); *hela sjukvårdsregionen* at a sentence's
  /// start (``Vocabulary/organizationNonNames``) and a region (`Region Halland`) are none.
  func organization(in texts: [String]) -> String? {
    var counts: [String: Int] = [:]
    var order: [String] = []
    for text in texts where text.containsBytes(of: "jukvårdsregion") {
      let whole = NSRange(text.startIndex..., in: text)
      let named = Self.regionFirst.matches(in: text, range: whole)
      // The name is *Sjukvårdsregion Mellansverige*, also where a sentence writes it in lowercase.
      var found = named.map { ($0.range, "S" + text[Range($0.range, in: text)!].dropFirst()) }
      for match in Self.nameFirst.matches(in: text, range: whole)
      where !named.contains(where: { NSIntersectionRange($0.range, match.range).length > 0 }) {
        let name = text[Range(match.range(at: 1), in: text)!]
        guard !vocabulary.organizationNonNames.contains(name.lowercased()) else { continue }
        found.append((match.range, name + " " + text[Range(match.range(at: 2), in: text)!]))
      }
      for (_, name) in found.sorted(by: { $0.0.location < $1.0.location }) {
        if counts[name] == nil { order.append(name) }
        counts[name, default: 0] += 1
      }
    }
    let most = counts.values.max()
    return order.first { counts[$0] == most }
  }

  /// Member regions named anywhere (`Region Kalmar län`), in order of first mention. A name in
  /// the genitive is the region's name (`Region Gotlands webbplats` → `Region Gotland`): no
  /// region's name ends in `s`.
  func regions(in texts: [String]) -> [String] {
    var found: [String] = []
    for text in texts {
      // Every match holds `egion` (`Region`, `-regionen`): most texts have none to look for.
      guard text.containsBytes(of: "egion") else { continue }
      for match in Self.region.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
        var name = String(text[Range(match.range, in: text)!])
        if name.hasSuffix("s") { name.removeLast() }
        if !found.contains(name) { found.append(name) }
      }
    }
    return found
  }

  /// Whose employer a text names: one person's (the chair's: *anställd av*), several people's
  /// (the participants' in the composition section: *anställda av*), or either.
  enum Employee {
    case one, several, either
  }

  /// The employer after *anställd av*, up to the end of the clause: a punctuation mark or a
  /// word that goes on to something else (*… Region Östergötland och utses av …*). Only the
  /// phrases fitting `employee` count: *Ordförande och vice ordförande ska vara anställda i
  /// olika regioner* names no employer of the chair's.
  func employer(in text: String, of employee: Employee = .either) -> String? {
    let phrases = vocabulary.employmentPhrases.filter { phrase in
      employee == .either || phrase.hasPrefix("anställda") == (employee == .several)
    }
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
