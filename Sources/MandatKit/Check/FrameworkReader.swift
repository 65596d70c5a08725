import Foundation

/// Reads a ``Framework`` from the blocks of a framework deck.
///
/// A deck says what it says under its slide titles, named in the vocabulary's
/// `frameworkSlides`: the patient promises under *Våra löften*, the collaboration groups
/// under *Våra samverkansgrupper*, the knowledge councils under *Kunskapsråd*, the RPO tasks
/// under *Programområdenas uppdrag*, the working groups of an RPO under *Regional
/// Arbetsgrupp (RAG)*. Each list is read from the items after its title, past a lead-in
/// ending in a colon.
public struct FrameworkReader: Sendable {
  public var vocabulary: Vocabulary

  public init(vocabulary: Vocabulary = .standard) {
    self.vocabulary = vocabulary
  }

  public func read(_ blocks: [Block], source: String, overrides: FrameworkOverrides?, overridesSource: String?)
    -> Framework
  {
    let fields = FieldExtraction(vocabulary: vocabulary)
    var groups = list(after: "regionalGroups", in: blocks).map {
      Framework.KnownGroup(kind: "RSG", name: $0, from: "deck")
    }
    groups += blocks.compactMap { block -> Framework.KnownGroup? in
      guard block.kind == .heading || block.kind == .paragraph, let group = fields.group(fromTitle: block.text),
        group.kind == "RPO", group.organization == nil
      else { return nil }
      return Framework.KnownGroup(kind: "RPO", name: group.name, from: "deck")
    }
    groups += workingGroups(in: blocks).map { Framework.KnownGroup(kind: "RAG", name: $0, from: "deck") }
    for (kind, names) in (overrides?.groups ?? [:]).sorted(by: { $0.key < $1.key }) {
      groups += names.map { Framework.KnownGroup(kind: kind, name: $0, from: "overrides") }
    }
    groups = groups.uniqued(by: { $0.kind + "/" + $0.name.lowercased() })

    let regions = blocks.filter { fields.regions(in: [$0.text]) == [$0.text] }.map(\.text)
    return Framework(
      sources: [source] + (overridesSource.map { [$0] } ?? []),
      regions: regions.uniqued,
      knowledgeCouncils: list(after: "knowledgeCouncils", in: blocks),
      groups: groups,
      patientPromises: list(after: "patientPromises", in: blocks),
      rpoTasks: list(after: "rpoTasks", in: blocks),
      rotationYears: blocks.lazy.filter { $0.text.contains("roterar") }.compactMap { fields.rotationYears(in: $0.text) }
        .first,
      requiredSections: overrides?.requiredSections ?? [:])
  }

  /// The list items on the slide titled as `frameworkSlides[slide]`, past lead-ins ending in a colon.
  private func list(after slide: String, in blocks: [Block]) -> [String] {
    var items: [String] = []
    for block in self.slide(after: slide, in: blocks) {
      if block.kind == .listItem {
        items.append(block.text)
      } else if items.isEmpty, block.text.hasSuffix(":") {
        continue
      } else {
        break
      }
    }
    return items
  }

  /// The working groups named after *Regional Arbetsgrupp (RAG)*, up to the links to their pages.
  private func workingGroups(in blocks: [Block]) -> [String] {
    var names: [String] = []
    for block in slide(after: "workingGroups", in: blocks) {
      let name = block.text.components(separatedBy: "http")[0].trimmingWhitespace
      if !name.isEmpty { names.append(name) }
      if name != block.text { break }
    }
    return names
  }

  /// The blocks after the one reading the title of `slide` (a key of `frameworkSlides`), up to
  /// the end of its page.
  private func slide(after slide: String, in blocks: [Block]) -> ArraySlice<Block> {
    guard let title = vocabulary.frameworkSlides[slide],
      let start = blocks.firstIndex(where: { Self.same($0.text, title) })
    else { return [] }
    return blocks[(start + 1)...].prefix { $0.source.page == blocks[start].source.page }
  }

  private static func same(_ text: String, _ title: String) -> Bool {
    text.trimmingWhitespace.lowercased() == title.lowercased()
  }
}

extension Array {
  /// The elements in order of first appearance, each identity once.
  func uniqued<Key: Hashable>(by identity: (Element) -> Key) -> [Element] {
    var seen: Set<Key> = []
    return filter { seen.insert(identity($0)).inserted }
  }
}

extension Array where Element: Hashable {
  var uniqued: [Element] { uniqued(by: { $0 }) }
}
