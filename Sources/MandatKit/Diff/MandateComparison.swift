/// Compares two versions of a mandate. Texts are compared in their comparable form
/// (``ItemIdentity/comparableForm(_:)``), so only what a reader would call a change counts.
public enum MandateComparison {
  /// From this similarity, a removed and an added item in the same section are one item
  /// reworded.
  public static let rewording = 0.6
  /// From this similarity, a removed and an added item in different sections are one item
  /// moved (and reworded).
  public static let movedRewording = 0.8

  public static func compare(_ old: Mandate, _ new: Mandate) -> MandateDiff {
    let (sections, texts) = compareSections(old.sections, new.sections)
    return MandateDiff(
      old: .init(file: old.source.file, mandate: old.label),
      new: .init(file: new.source.file, mandate: new.label),
      fields: compareFields(old, new), sections: sections, texts: texts,
      items: compareItems(ItemPlace.all(in: old), ItemPlace.all(in: new)))
  }

  // MARK: - Fields

  private static func compareFields(_ old: Mandate, _ new: Mandate) -> [MandateDiff.FieldChange] {
    func group(_ mandate: Mandate) -> String? {
      mandate.group.map { [$0.kind, $0.name, $0.organization].compactMap { $0 }.joined(separator: " · ") }
    }
    let fields: [(String, String?, String?, Bool)] = [
      ("title", old.title, new.title, true),
      ("group", group(old), group(new), false),
      ("regions", old.regions.joined(separator: "; "), new.regions.joined(separator: "; "), false),
      ("chair.employedBy", old.chair.employedBy, new.chair.employedBy, false),
      (
        "chair.rotationYears", old.chair.rotationYears.map(String.init), new.chair.rotationYears.map(String.init), false
      ),
      ("participants.employedBy", old.participants.employedBy, new.participants.employedBy, false),
      ("financing", old.financing?.text, new.financing?.text, true),
    ]
    return fields.compactMap { name, before, after, isProse in
      guard before.map(ItemIdentity.comparableForm) != after.map(ItemIdentity.comparableForm) else { return nil }
      let words = isProse ? before.flatMap { b in after.map { WordDiff(b, $0).marked } } : nil
      return .init(field: name, old: before, new: after, words: words)
    }
  }

  // MARK: - Sections

  /// Sections are matched by key (an `other` section by its heading), in order.
  private static func compareSections(_ old: [Section], _ new: [Section]) -> (
    [MandateDiff.SectionChange], [MandateDiff.TextChange]
  ) {
    var unmatched = Array(old.indices)
    var changes: [MandateDiff.SectionChange] = []
    var texts: [MandateDiff.TextChange] = []
    for section in new {
      guard let position = unmatched.firstIndex(where: { identity(old[$0]) == identity(section) }) else {
        changes.append(.init(change: .added, key: section.key, newHeading: section.heading))
        continue
      }
      let before = old[unmatched.remove(at: position)]
      if ItemIdentity.comparableForm(before.heading) != ItemIdentity.comparableForm(section.heading) {
        changes.append(
          .init(change: .renamed, key: section.key, oldHeading: before.heading, newHeading: section.heading))
      }
      if section.key != "financing",
        ItemIdentity.comparableForm(before.text) != ItemIdentity.comparableForm(section.text)
      {
        texts.append(
          .init(
            key: section.key, heading: section.heading, old: before.text, new: section.text,
            words: WordDiff(before.text, section.text).marked))
      }
    }
    changes += unmatched.map { .init(change: .removed, key: old[$0].key, oldHeading: old[$0].heading) }
    return (changes, texts)
  }

  private static func identity(_ section: Section) -> String {
    section.key == "other" ? "other:" + ItemIdentity.comparableForm(section.heading) : section.key
  }

  // MARK: - Items

  /// An item with the section it stands in.
  struct ItemPlace {
    var section: String
    var text: String
    var form: String

    static func all(in mandate: Mandate) -> [ItemPlace] {
      mandate.sections.flatMap { section in
        section.items.map {
          ItemPlace(section: identity(section), text: $0.text, form: ItemIdentity.comparableForm($0.text))
        }
      }
    }

    /// The section as the diff names it: its key, or `other: Heading`.
    var sectionName: String {
      section.hasPrefix("other:") ? "other" : section
    }
  }

  /// Pairs items in rounds, most certain first: the same text in the same section
  /// (unchanged), the same text elsewhere (moved), a similar text in the same section
  /// (reworded), a very similar text elsewhere (moved and reworded); the rest were removed
  /// or added.
  private static func compareItems(_ old: [ItemPlace], _ new: [ItemPlace]) -> [MandateDiff.ItemChange] {
    var oldLeft = Array(old.indices)
    var newLeft = Array(new.indices)
    var changes: [(order: Int, change: MandateDiff.ItemChange)] = []
    func pair(sameSection: Bool, minimum: Double?) {
      var candidates: [(old: Int, new: Int, score: Double)] = []
      for o in oldLeft {
        for n in newLeft where (old[o].section == new[n].section) == sameSection {
          let score = minimum == nil ? (old[o].form == new[n].form ? 1 : 0) : similarity(old[o].form, new[n].form)
          if score >= (minimum ?? 1) { candidates.append((o, n, score)) }
        }
      }
      for candidate in candidates.sorted(by: { ($1.score, $0.new, $0.old) < ($0.score, $1.new, $1.old) })
      where oldLeft.contains(candidate.old) && newLeft.contains(candidate.new) {
        oldLeft.removeAll { $0 == candidate.old }
        newLeft.removeAll { $0 == candidate.new }
        let (before, after) = (old[candidate.old], new[candidate.new])
        let reworded = before.form != after.form
        if !sameSection || reworded {
          changes.append(
            (
              candidate.new,
              .init(
                change: sameSection ? .reworded : .moved, from: before.sectionName, to: after.sectionName,
                old: before.text, new: after.text, words: reworded ? WordDiff(before.text, after.text).marked : nil)
            ))
        }
      }
    }
    pair(sameSection: true, minimum: nil)
    pair(sameSection: false, minimum: nil)
    pair(sameSection: true, minimum: rewording)
    pair(sameSection: false, minimum: movedRewording)
    changes += newLeft.map { ($0, .init(change: .added, to: new[$0].sectionName, new: new[$0].text)) }
    let removed = oldLeft.map { MandateDiff.ItemChange(change: .removed, from: old[$0].sectionName, old: old[$0].text) }
    return removed + changes.sorted { $0.order < $1.order }.map(\.change)
  }
}
