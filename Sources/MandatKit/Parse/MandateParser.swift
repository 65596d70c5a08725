/// The Parse stage: the blocks of one mandate → a ``Mandate``.
///
/// Headings open sections by the vocabulary (unknown headings open `other` sections, so no
/// text is lost); paragraphs become the section's prose and list items its items. A heading
/// that names the section already open (`Ordförande` inside *Ordförandes uppdrag*) is the
/// lead-in of its list, not a new section.
public struct MandateParser: Sendable {
  public var vocabulary: Vocabulary

  public init(vocabulary: Vocabulary = .standard) {
    self.vocabulary = vocabulary
  }

  public func parse(_ blocks: [Block], source: SourceFile, document: DocumentInfo) -> Mandate {
    var warnings: [String] = []
    let (title, body) = splitTitle(blocks)
    let sections = makeSections(body).sections
    let fields = FieldExtraction(vocabulary: vocabulary)
    let group = fields.group(fromTitle: title)
    if group == nil { warnings.append("the title names no group kind (RSG, RPO, RAG): \"\(title)\"") }
    if sections.isEmpty { warnings.append("no sections were found after the title") }

    func items(_ key: String) -> [Item] { sections.filter { $0.key == key }.flatMap(\.items) }
    func passage(_ key: String) -> Passage? {
      let matching = sections.filter { $0.key == key }
      guard let first = matching.first else { return nil }
      return Passage(text: matching.map(\.text).filter { !$0.isEmpty }.joined(separator: " "), source: first.source)
    }
    let chairText = passage("chair")?.text ?? ""
    return Mandate(
      source: source,
      document: document,
      title: title,
      group: group,
      regions: fields.regions(in: [title] + sections.flatMap { [$0.text] + $0.items.map(\.text) }),
      patientPromises: items("patientPromises"),
      generalTasks: items("generalTasks"),
      specificTasks: items("specificTasks"),
      workingMethods: passage("workingMethods"),
      reporting: passage("reporting"),
      composition: passage("composition"),
      chair: Chair(
        employedBy: fields.employer(in: chairText),
        rotationYears: fields.rotationYears(in: chairText),
        duties: items("chair")),
      participants: Participants(
        employedBy: fields.employer(in: passage("participants")?.text ?? "")
          ?? fields.employer(in: passage("composition")?.text ?? "", plural: true),
        duties: items("participants")),
      financing: passage("financing"),
      sections: sections,
      warnings: warnings)
  }

  /// Where each block of a mandate went: `nil` for its title, else the key of its section.
  /// `mandat inspect` shows it, so that a user sees why an item came out as it did.
  public func placement(of blocks: [Block]) -> [String?] {
    let (title, body) = splitTitle(blocks)
    let (sections, placement) = makeSections(body)
    return (title.isEmpty ? [] : [nil]) + placement.map { sections[$0].key }
  }

  /// The first block is the title, unless it is a heading of the vocabulary (a mandate
  /// without a title line).
  private func splitTitle(_ blocks: [Block]) -> (title: String, body: ArraySlice<Block>) {
    guard let first = blocks.first,
      first.kind != .heading || vocabulary.sectionKey(forHeading: first.text) == nil
    else { return ("", blocks[...]) }
    return (first.text, blocks.dropFirst())
  }

  private func makeSections(_ blocks: ArraySlice<Block>) -> (sections: [Section], placement: [Int]) {
    var sections: [Section] = []
    var placement: [Int] = []
    var usedIDs: [String: Int] = [:]
    for block in blocks {
      defer { placement.append(sections.count - 1) }
      let key = block.kind == .heading ? vocabulary.sectionKey(forHeading: block.text) ?? "other" : nil
      if let key, key == "other" || key != sections.last?.key {
        sections.append(Section(key: key, heading: block.text, text: "", items: [], source: block.source))
        continue
      }
      if sections.isEmpty {
        sections.append(Section(key: "other", heading: "", text: "", items: [], source: block.source))
      }
      let index = sections.count - 1
      let sectionKey = sections[index].key
      if block.kind == .listItem {
        var id = ItemIdentity.id(key: sectionKey, text: block.text)
        usedIDs[id, default: 0] += 1
        if let seen = usedIDs[id], seen > 1 { id += "-\(seen)" }
        sections[index].items.append(Item(id: id, text: block.text, source: block.source))
      } else {
        sections[index].text = sections[index].text.isEmpty ? block.text : sections[index].text + " " + block.text
      }
    }
    return (sections, placement)
  }
}
