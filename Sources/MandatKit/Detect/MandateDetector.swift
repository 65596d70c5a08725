/// Decides whether a document holds mandates, and where each one starts.
///
/// A mandate opens with a title such as *Uppdragsbeskrivning för …*; a document with
/// several such titles holds several mandates, but a title printed again after a cover page
/// and a table of contents is the same mandate. Without a title, a document still counts
/// as a mandate when at least ``minimumSections`` of a mandate's own sections appear.
public struct MandateDetector: Sendable {
  public var vocabulary: Vocabulary
  /// Section keys only a mandate has; a slide deck or minutes may share a heading or two.
  static let mandateSectionKeys: Set<String> = [
    "purpose", "tasks", "generalTasks", "specificTasks", "workingMethods", "reporting",
    "composition", "chair", "participants", "financing",
  ]
  static let minimumSections = 3

  public init(vocabulary: Vocabulary = .standard) {
    self.vocabulary = vocabulary
  }

  public enum Detection: Hashable, Sendable {
    /// The blocks of each mandate, in document order, each starting with its title (where it
    /// has one); what stands before the first title goes with the first mandate, after it.
    case mandates([[Block]])
    case notAMandate(reason: String)
  }

  public func detect(_ document: LaidOutDocument) -> Detection {
    let blocks = document.blocks
    var starts: [Int] = []
    for index in blocks.indices where isTitle(blocks[index]) {
      if let last = starts.last, repeatsTitle(at: index, of: last, in: blocks) { continue }
      starts.append(index)
    }
    if starts.isEmpty, let named = namingTitle(in: blocks) { starts = [named] }
    if let first = starts.first {
      let bounds = starts + [blocks.count]
      var parts = zip(bounds, bounds.dropFirst()).map { Array(blocks[$0..<$1]) }
      // What stands before the first title goes with the first mandate, before its title: the
      // parser keeps it apart from the text.
      parts[0].insert(contentsOf: blocks[..<first], at: 0)
      return .mandates(parts)
    }
    let found = Set(blocks.filter { $0.kind == .heading }.compactMap { vocabulary.sectionKey(forHeading: $0.text) })
      .intersection(Self.mandateSectionKeys)
    if found.count >= Self.minimumSections { return .mandates([blocks]) }
    let named = found.isEmpty ? "none" : found.sorted().joined(separator: ", ")
    return .notAMandate(
      reason: "no title beginning \"\(vocabulary.mandateTitlePrefixes[0])\" and \(found.count) of the "
        + "sections a mandate has (found: \(named); \(Self.minimumSections) needed)")
  }

  /// The title printed again on the page where the text begins, after a cover page and a
  /// table of contents: the same words, and no list item since the first (a mandate's text
  /// has its lists; a cover and a contents page have none). It opens no mandate of its own.
  private func repeatsTitle(at index: Int, of start: Int, in blocks: [Block]) -> Bool {
    ItemIdentity.comparableForm(blocks[index].text) == ItemIdentity.comparableForm(blocks[start].text)
      && !blocks[(start + 1)..<index].contains { $0.kind == .listItem && !isContentsEntry($0) }
  }

  /// A list item of a table of contents (a web page's list of links to its headings).
  private func isContentsEntry(_ block: Block) -> Bool {
    FrontMatter.isContentsLine(block, contentsHeadingPage: nil)
      || vocabulary.heading(block.text) != nil
  }

  /// Where the mandate's title stands: the first block opening with a title word, or else the
  /// first that names its group as a title does (``namingTitle(in:)``).
  func titleIndex(in blocks: [Block]) -> Int? {
    blocks.firstIndex(where: isTitle) ?? namingTitle(in: blocks)
  }

  /// The title of a mandate that opens with no title word: the first heading (or the first
  /// block), before any section's heading, that names a kind of group and the group's
  /// mandate (*Uppdrag för regional arbetsgrupp långvarig smärta*, *Regional arbetsgrupp för
  /// palliativ vård – uppdragsbeskrivning*). A section's heading that names the group
  /// (*Specifikt uppdrag för RPO …*) is no title, nor is a numbered heading (an item of
  /// minutes: *§ 4 Uppdragsbeskrivning för RSG läkemedel*).
  func namingTitle(in blocks: [Block]) -> Int? {
    for (index, block) in blocks.enumerated() {
      let key = block.kind == .heading ? vocabulary.sectionKey(forHeading: block.text) : nil
      if block.kind == .heading || index == 0, block.text.first?.isLetter == true, block.text.last != ".",
        block.text.utf8.count <= 250, key == nil || key == "tasks", namesMandate(block.text)
      {
        return index
      }
      if key != nil { return nil }
    }
    return nil
  }

  /// A word naming a group's mandate: *uppdrag* and its compounds (*uppdragsbeskrivning*),
  /// *mandat*; lowercased.
  static func namesAMandate(_ word: String) -> Bool {
    word.hasPrefix("uppdrag") || word == "mandat"
  }

  /// Whether the text names a kind of group (*regional arbetsgrupp*, *RPO*) and a mandate
  /// (*uppdrag*, *uppdragsbeskrivning*, *mandat*).
  private func namesMandate(_ text: String) -> Bool {
    let words = text.split { !$0.isLetter }
    let lowered = words.map { $0.lowercased() }
    guard lowered.contains(where: Self.namesAMandate) else { return false }
    return vocabulary.groupKinds.values.joined().contains { phrase in
      let phraseWords = phrase.split(separator: " ")
      // A short form (RSG) is matched as written; a phrase in any case.
      let candidates = phraseWords.count == 1 ? words.map(String.init) : lowered
      let wanted = phraseWords.map { phraseWords.count == 1 ? String($0) : $0.lowercased() }
      return candidates.indices.contains { start in
        start + wanted.count <= candidates.count && Array(candidates[start..<(start + wanted.count)]) == wanted
      }
    }
  }

  /// A heading or a short paragraph that is not a sentence, opening with a title word as a
  /// whole word followed by more: *Uppdragsbeskrivning för …*, not *Uppdragsbeskrivningen
  /// revideras årligen.*, nor *Uppdragsbeskrivning* alone.
  func isTitle(_ block: Block) -> Bool {
    // A character takes at least a byte: counting characters is needed only for long blocks.
    guard block.kind != .listItem, block.text.last != ".", block.text.utf8.count <= 250 || block.text.count <= 250
    else { return false }
    let text = block.text.lowercasedQuickly
    // The word alone names a kind of document (a cover's *Dokumenttyp* cell), not a mandate.
    return vocabulary.mandateTitlePrefixes.contains { prefix in
      text.hasPrefix(prefix.lowercased()) && text.dropFirst(prefix.count).first.map { !$0.isLetter } ?? false
    }
  }
}
