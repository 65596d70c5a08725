/// A line read as a heading of the vocabulary: the section it opens, and its numbering kept
/// apart from its wording.
public struct HeadingMatch: Hashable, Sendable {
  public var key: String
  /// `2.1`, `A`, `II`: the numbering before the heading, without a closing dot.
  public var number: String?
  /// The heading as written, without its numbering.
  public var text: String
}

extension Vocabulary {
  /// The heading a line is, if it is one of the vocabulary's written otherwise.
  ///
  /// Regions number, capitalise, inflect and qualify their headings: `2.1 Generellt uppdrag`,
  /// `GENERELLT UPPDRAG`, `Uppdraget`, `Specifikt uppdrag för RPO hjärt- och kärlsjukdomar`,
  /// `Finansiering – fördelning mellan regionerna`. Numbering (`1`, `2.1`, `2.1.`, `A.`,
  /// `II.`) is split off, case and a trailing colon are ignored, each word may differ from
  /// the vocabulary's by an added definite, plural or genitive ending (``HeadingVariants/endings``),
  /// and a known heading may be followed by a short qualifier opened by `för`, `inom`, `i`, a
  /// dash or a colon. A qualifier that holds a verb or `att` (*Uppdraget för gruppen är att …*),
  /// runs past ``HeadingVariants/qualifierMaximumWords`` or ends a sentence or a line mid-word
  /// makes the line a sentence, not a heading.
  public func heading(_ line: String) -> HeadingMatch? {
    // No heading of any vocabulary runs to a whole line of text.
    guard line.utf8.count <= 120 else { return nil }
    let (number, text) = Self.numbering(of: line)
    let form = Self.headingForm(text)
    if let key = headingIndex[form] { return HeadingMatch(key: key, number: number, text: text) }
    let words = form.split(separator: " ").map(String.init)
    guard let first = words.first, let candidates = headingsByStart[first.prefix(3)] else { return nil }
    for candidate in candidates where candidate.words.count <= words.count {
      let count = candidate.words.count
      var head = Array(words[..<count])
      let colon = head[count - 1].hasSuffix(":") && count < words.count
      if colon { head[count - 1].removeLast() }
      guard zip(head, candidate.words).allSatisfy({ isInflection($0, of: $1) }) else { continue }
      if count == words.count { return HeadingMatch(key: candidate.key, number: number, text: text) }
      var qualifier = words[count...]
      if !colon {
        guard let opener = qualifier.first,
          Self.dashes.contains(opener) || headingVariants.qualifierWords.contains(opener)
        else { continue }
        qualifier = qualifier.dropFirst()
      }
      if isQualifier(qualifier) { return HeadingMatch(key: candidate.key, number: number, text: text) }
    }
    return nil
  }

  /// Dashes that set a qualifier off: `Finansiering – fördelning mellan regionerna`.
  private static let dashes: Set<String> = ["–", "—", "-"]

  /// A name rather than the rest of a sentence: a few words, no verb, no closing mark, not
  /// ending in a hyphen (a word broken at the line's end).
  private func isQualifier(_ words: ArraySlice<String>) -> Bool {
    guard let last = words.last, words.count <= headingVariants.qualifierMaximumWords ?? 0,
      !last.hasSuffix("-"), !words.contains(where: { $0.contains(where: ".!?;".contains) })
    else { return false }
    return !words.contains { headingVariants.sentenceWords.contains($0) }
  }

  /// `word` is `known` with an ending of ``HeadingVariants/endings`` added, either followed by
  /// a genitive `s` (`uppdraget`, `kostnaderna`, `ordförandens`), or `known` is `word` with one
  /// (`syfte` of `syftet`). Only whole endings are added, never swapped: `syftar` is no form
  /// of `syftet`.
  func isInflection(_ word: String, of known: String) -> Bool {
    if word == known { return true }
    let (short, long) = word.count < known.count ? (word, known) : (known, word)
    guard short.count >= 3, long.count - short.count <= 5, long.hasPrefix(short) else { return false }
    return isEnding(long.dropFirst(short.count))
  }

  private func isEnding(_ letters: Substring) -> Bool {
    var ending = letters
    if ending.hasSuffix("s") { ending.removeLast() }
    return ending.isEmpty || headingVariants.endings.contains(String(ending))
  }

  /// `2.1 Generellt uppdrag` → `2.1` and `Generellt uppdrag`; `A. Syfte` → `A`, `II. Organisation`
  /// → `II`. A number of one or two digits per level (not a year), a capital letter or a roman
  /// numeral with its dot; the heading after it starts with a letter. Worked out without a
  /// regular expression: Layout asks it of every line that might be a heading.
  static func numbering(of line: String) -> (number: String?, text: String) {
    let text = line.trimmingWhitespace
    guard let space = text.firstIndex(where: \.isWhitespace) else { return (nil, text) }
    let label = text[..<space]
    let rest = text[space...].drop(while: \.isWhitespace)
    guard label.count <= 8, rest.first?.isLetter == true else { return (nil, text) }
    let dotted = label.hasSuffix(".")
    let number = dotted ? label.dropLast() : label
    let levels = number.split(separator: ".", omittingEmptySubsequences: false)
    let isNumber = levels.allSatisfy { level in
      (1...2).contains(level.count) && level.allSatisfy { ("0"..."9").contains($0) }
    }
    let isLetter = dotted && number.count == 1 && number.first!.isUppercase
    let isRoman = dotted && number.allSatisfy { "IVX".contains($0) }
    guard isNumber || isLetter || isRoman else { return (nil, text) }
    return (String(number), String(rest))
  }
}
