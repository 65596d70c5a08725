/// The Parse stage: the blocks of one mandate → a ``Mandate``.
///
/// Headings open sections by the vocabulary (unknown headings open `other` sections, so no
/// text is lost); paragraphs become the section's prose and list items its items. A heading
/// that names the section already open (`Ordförande` inside *Ordförandes uppdrag*) is the
/// lead-in of its list, not a new section. The cover's metadata table and the table of
/// contents (``FrontMatter``) go to the mandate's `document`, not to its sections.
public struct MandateParser: Sendable {
  public var vocabulary: Vocabulary

  public init(vocabulary: Vocabulary = .standard) {
    self.vocabulary = vocabulary
  }

  public func parse(_ blocks: [Block], source: SourceFile, document: DocumentInfo) -> Mandate {
    var warnings: [String] = []
    let (preamble, title, wholeBody) = splitTitle(blocks)
    let (body, siteAround) = splitPageMatter(wholeBody)
    let front = FrontMatter(body, title: title, vocabulary: vocabulary)
    let preambleFields = FrontMatter(preamble, title: title, vocabulary: vocabulary).fields
    let (sections, _, repeated) = makeSections(body, front: front)
    let fields = FieldExtraction(vocabulary: vocabulary)
    var group = fields.group(fromTitle: title)
    if group != nil, group?.organization == nil {
      group?.organization = fields.organization(in: (document.runningText ?? []) + body.map(\.text))
    }
    if group == nil { warnings.append("the title names no group kind (RSG, RPO, RAG): \"\(title)\"") }
    if sections.isEmpty { warnings.append("no sections were found after the title") }

    func items(_ key: String) -> [Item] { sections.filter { $0.key == key }.flatMap(\.items) }
    func passage(_ key: String) -> Passage? {
      let matching = sections.filter { $0.key == key }
      guard let first = matching.first else { return nil }
      return Passage(text: matching.map(\.text).filter { !$0.isEmpty }.joined(separator: " "), source: first.source)
    }
    // The chair's rules may stand in its list or table (*Anställning: Ordföranden ska vara
    // anställd i …*) as well as in its prose.
    let chairText = ([passage("chair")?.text ?? ""] + items("chair").map(\.text)).joined(separator: " ")
    let (general, specific) = TaskLists.keys(in: sections)
    return Mandate(
      source: source,
      document: document.adding(front.fields.merging(preambleFields) { body, _ in body })
        .addingRunningText((preamble + repeated.sorted().map { body[body.startIndex + $0] } + siteAround).map(\.text)),
      title: title,
      group: group,
      regions: fields.regions(in: [title] + sections.flatMap { [$0.text] + $0.items.map(\.text) }),
      patientPromises: items("patientPromises"),
      generalTasks: sections.filter { general.contains($0.key) }.flatMap(\.items),
      specificTasks: sections.filter { specific.contains($0.key) }.flatMap(\.items),
      workingMethods: passage("workingMethods"),
      reporting: passage("reporting"),
      composition: passage("composition"),
      chair: Chair(
        employedBy: fields.employer(in: chairText, of: .one),
        rotationYears: fields.rotationYears(in: chairText),
        duties: items("chair")),
      participants: Participants(
        employedBy: fields.employer(in: passage("participants")?.text ?? "")
          ?? fields.employer(in: passage("composition")?.text ?? "", of: .several),
        duties: items("participants")),
      financing: passage("financing"),
      sections: sections,
      warnings: warnings)
  }

  /// Where each block of a mandate went: `nil` for its title (and the title printed again),
  /// `document` for the cover's metadata and the table of contents, else the key of its
  /// section. `mandat inspect` shows it, so that a user sees why an item came out as it did.
  public func placement(of blocks: [Block]) -> [String?] {
    let (preamble, title, wholeBody) = splitTitle(blocks)
    let (body, siteAround) = splitPageMatter(wholeBody)
    let front = FrontMatter(body, title: title, vocabulary: vocabulary)
    let (sections, placement, repeated) = makeSections(body, front: front)
    return preamble.map { _ in "document" } + (title.isEmpty ? [] : [nil])
      + placement.enumerated().map { offset, index in
        if front.titles.contains(offset) { return nil }
        if front.blocks.contains(offset) || repeated.contains(offset) { return "document" }
        return sections[index].key
      } + siteAround.map { _ in "document" }
  }

  /// The mandate's text, and from the page's own matter on what follows its last section (a
  /// web page printed to PDF: `Senast uppdaterad: …`, the share toolbar, then the site's related
  /// links and footer, none of them a heading of the vocabulary). That is the site around the
  /// mandate: it goes to the document's running text.
  func splitPageMatter(_ body: ArraySlice<Block>) -> (body: ArraySlice<Block>, siteAround: ArraySlice<Block>) {
    let lastSection = body.lastIndex { $0.kind == .heading && vocabulary.heading($0.text) != nil } ?? body.startIndex
    guard let start = body[lastSection...].firstIndex(where: { PageMatter.isPageMatter($0.text) }) else {
      return (body, [])
    }
    return (body[..<start], body[start...])
  }

  /// The blocks whose text lands in the mandate's title and sections: all but its front matter
  /// (the cover's metadata and the table of contents, which go to `document`, and the title
  /// printed again). The accuracy benchmark measures coverage over these.
  public func textBlocks(of blocks: [Block]) -> [Block] {
    let titleOffset = splitTitle(blocks).preamble.count
    return zip(blocks, placement(of: blocks)).enumerated().filter { offset, placed in
      offset == titleOffset || (placed.1 != nil && placed.1 != "document")
    }.map(\.element.0)
  }

  /// What stands before the title (a letterhead, the site around a web page printed to PDF:
  /// its banner, menu and breadcrumbs), the title, and the mandate's text. Without a title
  /// (the detector found the mandate by its sections), the first block is the title unless it
  /// is a heading of the vocabulary.
  private func splitTitle(_ blocks: [Block]) -> (preamble: ArraySlice<Block>, title: String, body: ArraySlice<Block>) {
    if let index = MandateDetector(vocabulary: vocabulary).titleIndex(in: blocks) {
      return (blocks[..<index], blocks[index].text, blocks[(index + 1)...])
    }
    guard let first = blocks.first,
      first.kind != .heading || vocabulary.sectionKey(forHeading: first.text) == nil
    else { return ([], "", blocks[...]) }
    return ([], first.text, blocks.dropFirst())
  }

  /// The sections, for each block the index of the section it went to (the front matter's
  /// blocks go to none, and are given the section open at the time), and the blocks that
  /// repeat the open section's heading atop its next page: running matter, as a slide's title.
  private func makeSections(_ blocks: ArraySlice<Block>, front: FrontMatter) -> (
    sections: [Section], placement: [Int], repeatedHeadings: Set<Int>
  ) {
    var sections: [Section] = []
    var placement: [Int] = []
    var repeated: Set<Int> = []
    var usedIDs: [String: Int] = [:]
    /// The section's last block was prose: a list item after it makes it a lead-in.
    var proseLast = false
    let blocks = Array(blocks)
    for (offset, block) in blocks.enumerated() {
      defer { placement.append(max(sections.count - 1, 0)) }
      if front.blocks.contains(offset) || front.titles.contains(offset) { continue }
      let heading = block.kind == .heading && !runsOn(block, into: blocks[(offset + 1)...]) ? block : nil
      let match = heading.flatMap { vocabulary.heading($0.text) }
      if let heading, match?.key == nil || match?.key != sections.last?.key {
        let (number, text) = match.map { ($0.number, $0.text) } ?? Vocabulary.numbering(of: heading.text)
        sections.append(
          Section(
            key: match?.key ?? "other", heading: text, number: number, text: "", items: [], source: block.source))
        proseLast = false
        continue
      }
      // The open section's heading printed again at the top of its next page (a slide's title
      // over the section's next slide) is no part of its text: it is kept as running matter.
      if let heading, let open = sections.last, offset > 0, blocks[offset - 1].source.page != heading.source.page,
        ItemIdentity.comparableForm(match?.text ?? heading.text) == ItemIdentity.comparableForm(open.heading)
      {
        repeated.insert(offset)
        continue
      }
      if sections.isEmpty {
        sections.append(Section(key: "other", heading: "", text: "", items: [], source: block.source))
      }
      let index = sections.count - 1
      let sectionKey = sections[index].key
      if block.kind == .listItem {
        if proseLast { sections[index].text = Self.leadIn(sections[index].text) }
        var id = ItemIdentity.id(key: sectionKey, text: block.text)
        usedIDs[id, default: 0] += 1
        if let seen = usedIDs[id], seen > 1 { id += "-\(seen)" }
        sections[index].items.append(Item(id: id, text: block.text, source: block.source))
        proseLast = false
      } else {
        sections[index].text = sections[index].text.isEmpty ? block.text : sections[index].text + " " + block.text
        proseLast = true
      }
    }
    return (sections, placement, repeated)
  }

  /// A heading whose sentence runs on into the paragraph after it (*Deltagare i den
  /// sjukvårdsregionala* / *samverkansgruppen med uppdrag …*, a line of a narrow column) is
  /// that paragraph's first line.
  private func runsOn(_ heading: Block, into rest: ArraySlice<Block>) -> Bool {
    guard let next = rest.first, next.kind == .paragraph, next.text.first?.isLowercase == true else { return false }
    return heading.text.last.map { $0.isLetter || $0.isNumber || $0 == "," } ?? false
  }

  /// Prose followed by a list is the list's lead-in: one that ends without a mark of its own
  /// (`Deltagare`, a heading naming the section already open) is closed with a colon, so that
  /// it never runs into the prose after the list (*… anställningar. Deltagare: Deltagare i den …*).
  static func leadIn(_ text: String) -> String {
    guard let last = text.last, last.isLetter || last.isNumber else { return text }
    return text + ":"
  }
}
