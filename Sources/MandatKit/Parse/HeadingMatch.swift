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
  /// Regions number, capitalise, inflect, qualify and compose their headings: `2.1 Generellt
  /// uppdrag`, `GENERELLT UPPDRAG`, `Uppdraget`, `Specifikt uppdrag för RPO hjärt- och
  /// kärlsjukdomar`, `Finansiering – fördelning mellan regionerna`, `Arbetsgruppens syfte`, `Mål
  /// och syfte`, `Ledamöternas ansvar`, `Våra löften till dig som patient`. Numbering (`1`,
  /// `2.1`, `2.1.`, `A.`, `II.`) is split off, case and a trailing colon are ignored, and the
  /// words are read by ``headingKey(_:joining:)``.
  public func heading(_ line: String) -> HeadingMatch? {
    // No heading of any vocabulary runs to a whole line of text.
    guard line.utf8.count <= 120 else { return nil }
    let (number, text) = Self.numbering(of: line)
    let words = Self.headingForm(text).split(separator: " ").map(String.init)
    return headingKey(words[...]).map { HeadingMatch(key: $0, number: number, text: text) }
  }

  /// The section key of a heading's words, by these rules in turn: a known heading (each word
  /// perhaps inflected, perhaps followed by a qualifier); a heading named by its main word
  /// (``HeadingVariants/mainWords``); a reader's question (``HeadingVariants/questions``); an
  /// owner in the genitive, a possessive or a participle before a heading (*Gruppens
  /// sammansättning*, *Vägledande principer*); an adjective made from a heading's noun leading
  /// a heading of up to three words (*Ekonomiska förutsättningar*); and, where `joining`,
  /// headings joined by `och`
  /// (the first known part's key) or a known heading named as the topic of another word
  /// (*Regler för ordförandeskap*).
  private func headingKey(_ words: ArraySlice<String>, joining: Bool = true) -> String? {
    if let key = knownHeadingKey(words) ?? mainWordKey(words) ?? questionKey(words) { return key }
    if words.count > 1, let first = words.first,
      isOwner(first) || headingVariants.possessiveWords.contains(first)
        || (isParticiple(first) && knownHeadingKey(words.prefix(1)) == nil)
    {
      return headingKey(words.dropFirst(), joining: joining)
    }
    if words.count <= 3, let first = words.first, let noun = nounOfAdjective(first),
      let key = knownHeadingKey([noun])
    {
      return key
    }
    return joining ? joinedHeadingKey(words) ?? topicKey(words) : nil
  }

  /// A heading naming a known heading as its topic after a word of its own and a qualifier's
  /// word (*Regler för ordförandeskap*, *Former för rapportering*): the topic's key.
  private func topicKey(_ words: ArraySlice<String>) -> String? {
    guard words.count >= 3, headingVariants.qualifierWords.contains(words[words.startIndex + 1]),
      knownHeadingKey(words.prefix(1)) == nil
    else { return nil }
    return headingKey(words.dropFirst(2), joining: false)
  }

  /// A heading of the vocabulary, each word perhaps with an added ending (``isInflection(_:of:)``)
  /// or a synonym's form (``isSynonym(_:of:)``), perhaps followed by a short qualifier opened by
  /// `för`, `inom`, `i`, a dash or a colon. A qualifier that holds a verb or `att` (*Uppdraget
  /// för gruppen är att …*), runs past ``HeadingVariants/qualifierMaximumWords`` or ends a
  /// sentence or a line mid-word makes the line a sentence, not a heading.
  private func knownHeadingKey(_ words: ArraySlice<String>) -> String? {
    if let key = headingIndex[words.joined(separator: " ")] { return key }
    guard let first = words.first else { return nil }
    let starts =
      [first]
      + headingVariants.synonyms.sorted { $0.key < $1.key }.filter { isInflection(first, of: $0.key) }.map(\.value)
    let candidates = starts.flatMap { headingsByStart[$0.prefix(3)] ?? [] }
    for candidate in candidates where candidate.words.count <= words.count {
      let count = candidate.words.count
      var head = Array(words.prefix(count))
      let colon = head[count - 1].hasSuffix(":") && count < words.count
      if colon { head[count - 1].removeLast() }
      guard zip(head, candidate.words).allSatisfy({ isInflection($0, of: $1) || isSynonym($0, of: $1) }) else {
        continue
      }
      if count == words.count { return candidate.key }
      var qualifier = words.dropFirst(count)
      // A year or a period names the mandate's time, not another section: *Specifikt uppdrag
      // 2024–2026*.
      if !colon, qualifier.allSatisfy({ $0.allSatisfy { $0.isNumber || "–—-/".contains($0) } }) {
        return candidate.key
      }
      if !colon {
        guard let opener = qualifier.first,
          Self.dashes.contains(opener) || headingVariants.qualifierWords.contains(opener)
        else { continue }
        qualifier = qualifier.dropFirst()
      }
      if isQualifier(qualifier) { return candidate.key }
    }
    return nil
  }

  /// `word` is a form of a word standing for `known` in a heading (``HeadingVariants/synonyms``):
  /// `uppgifter` of `uppdrag`.
  private func isSynonym(_ word: String, of known: String) -> Bool {
    headingVariants.synonyms.contains { synonym, target in
      isInflection(word, of: synonym) && isInflection(known, of: target)
    }
  }

  /// A heading whose first word is a form of a main word, or a compound ending in one
  /// (*Patientlöfte*, *Löften till patienter och närstående*): what follows is a qualifier,
  /// which may hold a clause word (*till dig som patient*) but no verb.
  private func mainWordKey(_ words: ArraySlice<String>) -> String? {
    guard let first = words.first else { return nil }
    for (main, key) in headingVariants.mainWords.sorted(by: { $0.key < $1.key }) {
      guard let found = first.ranges(of: main.lowercased()).last,
        isInflection(String(first[found.lowerBound...]), of: main.lowercased())
      else { continue }
      let rest = words.dropFirst()
      if rest.isEmpty || isQualifier(rest, allowingClauses: true) { return key }
    }
    return nil
  }

  /// A heading asking a reader's question (``HeadingVariants/questions``): its first word the
  /// question's, the question's verb after it, in at most eight words (*Hur arbetar gruppen?*,
  /// *Vilka som ingår*).
  private func questionKey(_ words: ArraySlice<String>) -> String? {
    guard let first = words.first, words.count <= 8, let questions = questionsByOpener[first] else { return nil }
    let rest = words.dropFirst().map { $0.hasSuffix("?") ? String($0.dropLast()) : $0 }
    return questions.first { rest.contains($0.verb) }?.key
  }

  /// An owner in the genitive, alone or ending a compound: `gruppens`, `arbetsgruppens`,
  /// `programområdets`, `uppdragets` (stems of ``HeadingVariants/ownerWords``), or a group kind's
  /// abbreviation with `:s` (`rsg:s`).
  private func isOwner(_ word: String) -> Bool {
    guard word.hasSuffix("s") else { return false }
    if word.hasSuffix(":s") { return groupKinds.keys.contains { $0.lowercased() == word.dropLast(2) } }
    let bare = word.dropLast()
    return headingVariants.ownerWords.contains { stem in
      guard let found = bare.ranges(of: stem).last else { return false }
      let ending = bare[found.upperBound...]
      return ending.isEmpty || headingVariants.endings.contains(String(ending))
    }
  }

  /// The noun in *-i* an adjective in *-isk* is made from (`ekonomiska` → `ekonomi`,
  /// `strategiskt` → `strategi`): *Ekonomiska förutsättningar* is about the economy.
  private func nounOfAdjective(_ word: String) -> String? {
    for ending in ["iska", "iskt", "isk"] where word.count > ending.count + 3 && word.hasSuffix(ending) {
      return String(word.dropLast(ending.count - 1))
    }
    return nil
  }

  /// A present participle, which qualifies the heading after it as an adjective does:
  /// *vägledande* (principer), *övergripande* (uppdrag), *gällande*; one that is a heading
  /// itself (*Ordförande*) is that heading.
  private func isParticiple(_ word: String) -> Bool {
    word.count > 5 && word.hasSuffix("nde")
  }

  /// Headings joined by `och` (or a comma): *Mål och syfte*, *Mötesformer och arbetssätt*,
  /// *Beslut och giltighet*. The first part that is a heading gives the key; a part that is
  /// none must be a name of at most two words, so that a sentence starting with a heading
  /// (*Uppdrag och ansvar fördelas enligt följande*) stays a sentence.
  private func joinedHeadingKey(_ words: ArraySlice<String>) -> String? {
    var parts: [ArraySlice<String>] = []
    var part: [String] = []
    for word in words {
      if headingVariants.joinWords.contains(word) {
        parts.append(part[...])
        part = []
      } else if word.count > 1, word.hasSuffix(",") {
        parts.append((part + [String(word.dropLast())])[...])
        part = []
      } else {
        part.append(word)
      }
    }
    parts.append(part[...])
    guard parts.count > 1, !parts.contains(where: \.isEmpty) else { return nil }
    let keys = parts.map { headingKey($0, joining: false) }
    for (part, key) in zip(parts, keys) where key == nil {
      guard part.count <= 2, isQualifier(part) else { return nil }
    }
    return keys.lazy.compactMap { $0 }.first
  }

  /// Dashes that set a qualifier off: `Finansiering – fördelning mellan regionerna`.
  private static let dashes: Set<String> = ["–", "—", "-"]

  /// A name rather than the rest of a sentence: a few words, no verb, no closing mark, not
  /// ending in a hyphen (a word broken at the line's end); no clause word either, unless
  /// `allowingClauses`.
  private func isQualifier(_ words: ArraySlice<String>, allowingClauses: Bool = false) -> Bool {
    guard let last = words.last, words.count <= headingVariants.qualifierMaximumWords ?? 0,
      !last.hasSuffix("-"), !words.contains(where: { $0.contains(where: ".!?;".contains) })
    else { return false }
    return !words.contains {
      headingVariants.sentenceWords.contains($0) || (!allowingClauses && headingVariants.clauseWords.contains($0))
    }
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
