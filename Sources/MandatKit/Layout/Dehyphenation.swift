/// Joins a line to the text before it the way a reader reads across a line break, by
/// Swedish rules.
///
/// A hyphen at a line end is a break inside a word and goes away (`nation-`+`ella`),
/// restoring a triple consonant to two (`process-`+`stöd` → `processtöd`). It stays when
/// it opens a suspended compound (`hälso- och`), or belongs to the word itself: before a
/// digit or a capital (`covid-`+`19`), after an abbreviation in capitals (`RSG-`) or after a
/// single letter (`e-`+`hälsa`). The vocabulary's `lineEndHyphens` overrule the rules for the
/// words they name. A line ending in a slash (`samordna/`+`bidra`) runs on without a space.
///
/// Every hyphen resolved is reported as a ``HyphenDecision``, so that a wrong one can be seen
/// (`mandat inspect`) and corrected in the vocabulary.
struct Dehyphenation: Sendable {
  /// Words after a line-end hyphen that keep it and a space (`och`, `eller`, …).
  var suspendedCompoundWords: Set<String>
  /// Words written with a hyphen (`e-hälsa`): a line break at that hyphen keeps it.
  var hyphenatedWords: [String] = []
  /// Words written without one (`processtöd`): a line break inside them is joined.
  var closedWords: [String] = []

  static let hyphens: Set<Character> = ["-", "\u{00AD}", "\u{2010}"]

  /// Text joined across a line break, and how a hyphen at the break was resolved.
  struct Joined {
    var text: String
    var decision: HyphenDecision?
  }

  /// `text` followed by `next`, joined across the line break between them.
  func join(_ text: String, _ next: String) -> Joined {
    var joined = text
    let decision = append(next, to: &joined)
    return Joined(text: joined, decision: decision)
  }

  /// Appends `next` to `text` across the line break between them, in place (a paragraph
  /// grows a line at a time), and tells how a hyphen at the break was resolved.
  func append(_ next: String, to text: inout String) -> HyphenDecision? {
    guard !text.isEmpty else {
      text = next
      return nil
    }
    guard !next.isEmpty else { return nil }
    guard let last = text.last else { return nil }
    if last == "/" {
      text += next
      return nil
    }
    if let decision = Self.brokenWithoutHyphen(text, next) {
      text += next
      return decision
    }
    guard Self.hyphens.contains(last) else {
      text += " "
      text += next
      return nil
    }
    let stem = text[..<text.index(before: text.endIndex)]
    let fragment = String(stem.suffix(while: { $0.isLetter || $0.isNumber }, atMost: Self.longestWord))
    let nextWord = next.prefix { !$0.isWhitespace }
    let nextWordBare = nextWord.dropLast(while: { !$0.isLetter && !$0.isNumber })
    guard let stemLast = stem.last, stemLast.isLetter || stemLast.isNumber, let nextFirst = nextWord.first else {
      text += " "
      text += next
      return nil
    }
    func decided(_ joint: String, _ rest: Substring, _ rule: HyphenDecision.Rule) -> HyphenDecision {
      let result = fragment + joint + rest.prefix { !$0.isWhitespace }.dropLast(nextWord.count - nextWordBare.count)
      text.removeLast()
      text += joint
      text += rest
      return HyphenDecision(before: fragment + String(last), after: String(nextWordBare), result: result, rule: rule)
    }
    let joined = Self.restoringTripleConsonant(fragment, next)
    // `joined` is `next` or `next` less its first character: comparing where they start
    // tells which, without counting the characters of the line.
    let restoredTriple = joined.startIndex != next.startIndex
    if last == "\u{00AD}" { return decided("", joined, restoredTriple ? .tripleConsonant : .softHyphen) }
    if suspendedCompoundWords.contains(nextWord.lowercased()) {
      return decided("- ", Substring(next), .suspendedCompound)
    }
    if !hyphenatedWords.isEmpty {
      let hyphenated = (fragment + "-" + nextWord).lowercased()
      if hyphenatedWords.contains(where: { hyphenated.hasPrefix($0.lowercased()) }) {
        return decided("-", Substring(next), .vocabularyKept)
      }
    }
    if !closedWords.isEmpty {
      let closed = (fragment + joined.prefix { !$0.isWhitespace }).lowercased()
      if closedWords.contains(where: { closed.hasPrefix($0.lowercased()) }) {
        return decided("", joined, .vocabularyJoined)
      }
    }
    let isAbbreviation = fragment.count > 1 && fragment.allSatisfy { $0.isUppercase || $0.isNumber }
    if !nextFirst.isLowercase || isAbbreviation || fragment.count == 1 {
      return decided("-", Substring(next), .ownHyphen)
    }
    return decided("", joined, restoredTriple ? .tripleConsonant : .wordBroken)
  }

  /// A word too long for a narrow column, broken without a hyphen: the line after starts with
  /// a fragment no Swedish word can be, lowercase consonants only (`informationsförsörjnin`+`g`).
  private static func brokenWithoutHyphen(_ text: String, _ next: String) -> HyphenDecision? {
    guard let first = next.unicodeScalars.first, first.properties.isLowercase, !vowels.contains(Character(first)),
      let last = text.last, last.isLetter, last.isLowercase, firstWordIsConsonants(next)
    else { return nil }
    let fragment = next.prefix { !$0.isWhitespace }.dropLast(while: \.isPunctuation)
    let stem = String(text.suffix(while: \.isLetter, atMost: Self.longestWord))
    return HyphenDecision(before: stem, after: String(fragment), result: stem + fragment, rule: .brokenWithoutHyphen)
  }

  /// Whether the first word of `next`, less its closing punctuation, is lowercase consonants
  /// only, and not empty; read a character at a time, it stops at the first vowel.
  private static func firstWordIsConsonants(_ next: String) -> Bool {
    var consonants = 0
    var inClosingPunctuation = false
    for character in next {
      if character.isWhitespace { break }
      if !inClosingPunctuation, character.isLetter, character.isLowercase, !vowels.contains(character) {
        consonants += 1
        continue
      }
      // Anything else may only be punctuation closing the word.
      guard character.isPunctuation else { return false }
      inClosingPunctuation = true
    }
    return consonants > 0
  }

  static let vowels = Set("aeiouyåäöéü")

  /// More letters than any word has: a word broken at a line end is looked for no further back,
  /// so that a paragraph of a thousand one-letter lines is not read again at every line.
  static let longestWord = 64

  /// `next`, less its first letter when that letter would make a third equal consonant.
  private static func restoringTripleConsonant(_ fragment: String, _ next: String) -> Substring {
    let tail = Array(fragment.lowercased().suffix(2))
    guard tail.count == 2, tail[0] == tail[1], !vowels.contains(tail[0]),
      next.first.map({ Character($0.lowercased()) }) == tail[1]
    else { return Substring(next) }
    return next.dropFirst()
  }
}

/// How one hyphen at a line end was read: the two fragments, the word made of them and the
/// rule that decided.
public struct HyphenDecision: Hashable, Sendable {
  public enum Rule: String, Hashable, Sendable {
    /// A word broken at the line end, joined (`nation-` `ella` → `nationella`).
    case wordBroken = "word-broken"
    /// Joined, with the third of three equal consonants restored (`process-` `stöd`).
    case tripleConsonant = "triple-consonant"
    /// A soft hyphen, which is only ever a break (`vaccinations­` `rekommendationer`).
    case softHyphen = "soft-hyphen"
    /// Kept with its space: the first half of a suspended compound (`hälso-` `och`).
    case suspendedCompound = "suspended-compound"
    /// Kept: the word's own hyphen (`covid-` `19`, `RSG-` `ordförande`, `e-` `hälsa`).
    case ownHyphen = "own-hyphen"
    /// Kept because the vocabulary lists the word with its hyphen.
    case vocabularyKept = "vocabulary-kept"
    /// Joined because the vocabulary lists the word without one.
    case vocabularyJoined = "vocabulary-joined"
    /// No hyphen at all: a word broken where a narrow column ran out, its tail no word of its
    /// own (`informationsförsörjnin` `g`).
    case brokenWithoutHyphen = "broken-without-hyphen"
  }

  /// The fragment before the break, with its hyphen (`nation-`).
  public var before: String
  /// The first word after the break (`ella`).
  public var after: String
  /// The word the two became (`nationella`).
  public var result: String
  public var rule: Rule
  /// The page of the line after the break; set by the layout.
  public var page = 0
}

extension BidirectionalCollection {
  /// The longest suffix whose elements all satisfy `predicate`, found without reversing.
  func suffix(while predicate: (Element) -> Bool, atMost maximum: Int = .max) -> SubSequence {
    var start = endIndex
    var taken = 0
    while start > startIndex, taken < maximum {
      taken += 1
      let before = index(before: start)
      guard predicate(self[before]) else { break }
      start = before
    }
    return self[start...]
  }

  /// Without the longest suffix whose elements all satisfy `predicate`.
  func dropLast(while predicate: (Element) -> Bool) -> SubSequence {
    self[..<suffix(while: predicate).startIndex]
  }
}
