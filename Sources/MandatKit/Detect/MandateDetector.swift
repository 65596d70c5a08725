/// Decides whether a document holds mandates, and where each one starts.
///
/// A mandate opens with a title such as *Uppdragsbeskrivning för …*; a document with
/// several such titles holds several mandates. Without a title, a document still counts
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
    let starts = blocks.indices.filter { isTitle(blocks[$0]) }
    if let first = starts.first {
      let bounds = starts + [blocks.count]
      var parts = zip(bounds, bounds.dropFirst()).map { Array(blocks[$0..<$1]) }
      parts[0].insert(contentsOf: blocks[..<first], at: 1)
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

  /// A heading or a short paragraph that is not a sentence, opening with a title word as a
  /// whole word: *Uppdragsbeskrivning för …*, not *Uppdragsbeskrivningen revideras årligen.*
  private func isTitle(_ block: Block) -> Bool {
    // A character takes at least a byte: counting characters is needed only for long blocks.
    guard block.kind != .listItem, block.text.last != ".", block.text.utf8.count <= 250 || block.text.count <= 250
    else { return false }
    let text = block.text.lowercasedQuickly
    return vocabulary.mandateTitlePrefixes.contains { prefix in
      text.hasPrefix(prefix.lowercased()) && text.dropFirst(prefix.count).first.map { !$0.isLetter } ?? true
    }
  }
}
