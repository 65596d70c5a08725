/// Joins a line to the text before it the way a reader reads across a line break, by
/// Swedish rules.
///
/// A hyphen at a line end is a break inside a word and goes away (`nation-`+`ella`),
/// restoring a triple consonant to two (`process-`+`stöd` → `processtöd`). It stays when
/// it opens a suspended compound (`hälso- och`), or belongs to the word itself: before a
/// digit or a capital (`covid-`+`19`) or after an abbreviation in capitals (`RSG-`).
/// A line ending in a slash (`samordna/`+`bidra`) runs on without a space.
struct Dehyphenation: Sendable {
  /// Words after a line-end hyphen that keep it and a space (`och`, `eller`, …).
  var suspendedCompoundWords: Set<String>

  static let hyphens: Set<Character> = ["-", "\u{00AD}", "\u{2010}"]

  /// `text` followed by `next`, joined across the line break between them.
  func join(_ text: String, _ next: String) -> String {
    guard !text.isEmpty else { return next }
    guard !next.isEmpty else { return text }
    if text.last == "/" { return text + next }
    guard let last = text.last, Self.hyphens.contains(last) else { return text + " " + next }
    let stem = text.dropLast()
    let fragment = stem.reversed().prefix { $0.isLetter || $0.isNumber }.reversed()
    let nextWord = next.prefix { !$0.isWhitespace }
    guard let stemLast = stem.last, stemLast.isLetter, let nextFirst = nextWord.first else {
      return text + " " + next
    }
    if last == "\u{00AD}" { return String(stem) + Self.restoringTripleConsonant(String(fragment), next) }
    if suspendedCompoundWords.contains(nextWord.lowercased()) { return String(stem) + "- " + next }
    let isAbbreviation = fragment.count > 1 && fragment.allSatisfy { $0.isUppercase || $0.isNumber }
    if !nextFirst.isLowercase || isAbbreviation { return String(stem) + "-" + next }
    return String(stem) + Self.restoringTripleConsonant(String(fragment), next)
  }

  /// `next`, less its first letter when that letter would make a third equal consonant.
  private static func restoringTripleConsonant(_ fragment: String, _ next: String) -> Substring {
    let tail = Array(fragment.lowercased().suffix(2))
    guard tail.count == 2, tail[0] == tail[1], !"aeiouyåäö".contains(tail[0]),
      next.first.map({ Character($0.lowercased()) }) == tail[1]
    else { return Substring(next) }
    return next.dropFirst()
  }
}
